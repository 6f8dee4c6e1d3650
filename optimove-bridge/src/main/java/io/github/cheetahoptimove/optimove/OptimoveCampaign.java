package io.github.cheetahoptimove.optimove;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * An Optimove campaign processed for execution on this channel: its id, the channel, the local
 * send time in the Optimove site's zone, and its recipients.
 *
 * <p>For metrics and cancellation only the ids and the scheduled time matter; leave the
 * recipients {@linkplain RecipientSource#empty() empty}.
 */
@Value.Immutable
public abstract class OptimoveCampaign {
    OptimoveCampaign() {}

    /** Optimove's campaign id, positive. */
    public abstract long campaignId();

    /** Optimove's channel id. */
    public abstract int channelId();

    /** The scheduled send time as Optimove gives it: local, without offset. */
    public abstract LocalDateTime scheduledTime();

    /** The Optimove site's time zone, in which {@link #scheduledTime()} is meant. */
    public abstract ZoneId siteZone();

    /** The recipients. */
    @Value.Default
    public RecipientSource recipients() {
        return RecipientSource.empty();
    }

    /** The scheduled date, which names the execution's CheetahMail objects. */
    public LocalDate scheduledDate() {
        return scheduledTime().toLocalDate();
    }

    @Value.Check
    final void check() {
        if (campaignId() <= 0) {
            throw new IllegalArgumentException("campaignId must be positive, was " + campaignId());
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OptimoveCampaign}. */
    public static final class Builder extends ImmutableOptimoveCampaign.Builder {}
}
