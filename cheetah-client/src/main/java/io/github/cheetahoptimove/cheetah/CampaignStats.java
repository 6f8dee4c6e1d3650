package io.github.cheetahoptimove.cheetah;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Delivery statistics of one campaign. Figures grow for days after a send; a campaign not sent yet
 * has zeros. {@link #openers()} and {@link #clickers()} count distinct people, {@link #openings()}
 * and {@link #clicks()} every event.
 */
@Value.Immutable
public abstract class CampaignStats {
    CampaignStats() {}

    /** The campaign these figures belong to. */
    public abstract CampaignId campaignId();

    /** When the figures were computed. */
    public abstract Optional<Instant> asOf();

    /** Records the campaign was sent to. */
    @Value.Default public long recipients() { return 0; }

    /** Messages delivered. */
    @Value.Default public long delivered() { return 0; }

    /** All bounces. */
    @Value.Default public long bounces() { return 0; }

    /** Hard bounces. */
    @Value.Default public long hardBounces() { return 0; }

    /** Soft bounces. */
    @Value.Default public long softBounces() { return 0; }

    /** Open events. */
    @Value.Default public long openings() { return 0; }

    /** Distinct people who opened. */
    @Value.Default public long openers() { return 0; }

    /** Click events. */
    @Value.Default public long clicks() { return 0; }

    /** Distinct people who clicked. */
    @Value.Default public long clickers() { return 0; }

    /** Unsubscribes. */
    @Value.Default public long unsubs() { return 0; }

    /** Spam complaints. */
    @Value.Default public long complaints() { return 0; }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CampaignStats}. */
    static final class Builder extends ImmutableCampaignStats.Builder {}
}
