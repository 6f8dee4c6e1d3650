package io.github.cheetahoptimove.cheetah;

import io.github.cheetahoptimove.cheetah.internal.CheetahApi;
import io.github.cheetahoptimove.cheetah.internal.Calls;
import io.github.cheetahoptimove.cheetah.internal.Wire;
import io.github.cheetahoptimove.cheetah.internal.WireMapping;
import io.github.cheetahoptimove.cheetah.model.Campaign;
import io.github.cheetahoptimove.cheetah.model.CampaignId;
import io.github.cheetahoptimove.cheetah.model.NewCampaign;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Email campaigns: create, look up, schedule, launch, cancel, delete. Thread-safe; get it from
 * {@link CheetahClient#campaigns()}.
 *
 * <p>{@link #create} is never repeated after a lost answer: it throws
 * {@link AmbiguousOutcomeException}, and the caller looks the campaign up with
 * {@link #findByExternalRef} before trying again.
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
    public List<Campaign> findByExternalRef(String externalRef) {
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
     * Schedules the send at {@code launchTime} (seconds are kept, fractions dropped). Scheduling
     * again at the same instant is a no-op.
     *
     * @throws ValidationException when the time is in the past or the list is empty
     * @throws ConflictException when the campaign is sending or sent
     */
    public Campaign schedule(CampaignId id, OffsetDateTime launchTime) {
        return action(id, Wire.CampActionDto.schedule(WireMapping.launchTime(launchTime)));
    }

    /** Schedules the send at {@code instant}, written with {@code zone}'s offset at that instant. */
    public Campaign schedule(CampaignId id, Instant instant, ZoneId zone) {
        return schedule(id, instant.atZone(zone).toOffsetDateTime());
    }

    /** Sends now. */
    public Campaign launch(CampaignId id) {
        return action(id, Wire.CampActionDto.launch());
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
}
