package io.github.cheetahoptimove.cheetah;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Email campaigns: create, look up, schedule, launch, cancel, delete, and their delivery statistics. Thread-safe; get it from
 * {@link CheetahClient#campaigns()}.
 *
 * <p>{@link #create} is never repeated after a lost answer: it throws
 * {@link AmbiguousOutcomeException}, and the caller looks the campaign up with
 * {@link #listByExternalRef} before trying again.
 */
public final class Campaigns {
    private final CheetahApi api;
    private final Calls calls;

    Campaigns(CheetahApi api, Calls calls) {
        this.api = api;
        this.calls = calls;
    }

    /**
     * Creates a campaign as a draft.
     *
     * @throws AmbiguousOutcomeException when the answer was lost
     */
    public CampaignId create(NewCampaign campaign) {
        return CampaignId.of(calls.execute(api.createCampaign(WireMapping.newCampaign(campaign))).campId);
    }

    /**
     * The campaign of that id.
     *
     * @throws NotFoundException when there is none (a deleted campaign too)
     */
    public Campaign get(CampaignId id) {
        return WireMapping.campaign(calls.execute(api.campaign(id.value())));
    }

    /** The campaigns carrying exactly that external reference (usually zero or one). */
    public List<Campaign> listByExternalRef(String externalRef) {
        Wire.PageDto<Wire.CampaignDto> page = calls.execute(api.campaignsByExternalRef(externalRef));
        List<Campaign> out = new ArrayList<>();
        if (page.items != null) {
            for (Wire.CampaignDto d : page.items) {
                if (externalRef.equals(d.externalRef)) {
                    out.add(WireMapping.campaign(d));
                }
            }
        }
        return out;
    }

    /**
     * Launches the campaign to send at {@code instant} (seconds kept, fractions dropped); it waits
     * as {@code SCHEDULED} until then. The time is written in {@code zone} (usually the account's)
     * when that local time is unambiguous there, and in UTC when it is not (the repeated hour when
     * clocks go back) or when the zone has no Windows id: either way the campaign sends at exactly
     * that instant. Scheduling again at the same instant is a no-op; another instant moves it.
     *
     * @throws ValidationException when the time is in the past or the list is empty
     * @throws ConflictException when the campaign is sending or sent
     */
    public Campaign schedule(CampaignId id, Instant instant, ZoneId zone) {
        return action(id, WireMapping.launchAt(instant, zone));
    }

    /** Launches the campaign to send now. */
    public Campaign launch(CampaignId id) {
        return action(id, Wire.CampActionDto.launchNow());
    }

    /** Takes a scheduled campaign back to draft; a no-op on a draft. */
    public Campaign cancel(CampaignId id) {
        return action(id, Wire.CampActionDto.cancel());
    }

    /**
     * Deletes the campaign.
     *
     * @throws ConflictException once it is sending or sent
     */
    public void delete(CampaignId id) {
        calls.execute(api.deleteCampaign(id.value()));
    }

    private Campaign action(CampaignId id, Wire.CampActionDto action) {
        return WireMapping.campaign(calls.execute(api.campaignAction(id.value(), action)));
    }

    /** The campaign's delivery figures as of now; zeros before it is sent. */
    public CampaignStats stats(CampaignId id) {
        return WireMapping.stats(id, calls.execute(api.stats(id.value())));
    }

    /** {@link #stats} without blocking: the future fails with a {@link CheetahException}. */
    public CompletableFuture<CampaignStats> statsAsync(CampaignId id) {
        return calls.executeAsync(api.stats(id.value())).thenApply(d -> WireMapping.stats(id, d));
    }
}
