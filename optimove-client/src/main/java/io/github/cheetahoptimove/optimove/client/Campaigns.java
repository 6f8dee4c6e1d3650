package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The campaigns Optimove processed for a channel, and their details. Thread-safe; from {@link OptimoveClient#campaigns()}. */
public final class Campaigns {
    private final OptimoveApi api;

    Campaigns(OptimoveApi api) {
        this.api = api;
    }

    /** The ids of the campaigns processed for {@code channelId} on {@code date}; empty when none. */
    public List<Long> listExecuted(int channelId, LocalDate date) {
        JsonNode answer = Calls.execute(api.executedCampaigns(channelId, date.toString()));
        List<Long> ids = new ArrayList<>();
        if (answer != null && answer.isArray()) {
            answer.forEach(n -> {
                if (n.path("CampaignID").canConvertToLong()) {
                    ids.add(n.path("CampaignID").asLong());
                }
            });
        }
        return ids;
    }

    /**
     * What Optimove says of that campaign.
     *
     * @throws OptimoveNotFoundException when there is none
     */
    public CampaignDetails get(long campaignId) {
        JsonNode n = Calls.execute(api.campaignDetails(campaignId));
        return CampaignDetails.builder().campaignId(campaignId).targetGroupId(n.path("TargetGroupID").asLong())
                .campaignType(n.path("CampaignType").asText("")).duration(n.path("Duration").asInt())
                .leadTime(n.path("LeadTime").asInt()).notes(n.path("Notes").asText(""))
                .multiChannel("true".equalsIgnoreCase(n.path("IsMultiChannel").asText()))
                .recurrence("true".equalsIgnoreCase(n.path("IsRecurrence").asText()))
                .status(n.path("Status").asText("")).error(n.path("Error").asText("")).build();
    }

    /**
     * The customers of a campaign cancelled in the last two hours ({@code GetCanceledCampaignCustomers});
     * Optimove answers for those two hours only.
     */
    public List<CanceledCustomer> listCanceledCustomers(long campaignId) {
        JsonNode answer = Calls.execute(api.canceledCustomers(campaignId));
        List<CanceledCustomer> out = new ArrayList<>();
        if (answer != null && answer.isArray()) {
            answer.forEach(n -> out.add(CanceledCustomer.of(n.path("CustomerID").asText(""),
                    n.path("ActionID").asText(""), n.path("PromoCode").asText(""))));
        }
        return out;
    }
}
