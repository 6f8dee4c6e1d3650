package io.github.cheetahoptimove.cheetah;

import org.immutables.value.Value;

/** The id of an email campaign. */
@Value.Immutable(builder = false)
public abstract class CampaignId implements Comparable<CampaignId> {
    CampaignId() {}

    /** The numeric id as the API knows it. */
    @Value.Parameter
    public abstract long value();

    /** Wraps a positive id. */
    public static CampaignId of(long value) {
        return ImmutableCampaignId.of(value);
    }

    @Value.Check
    final void check() {
        if (value() <= 0) {
            throw new IllegalArgumentException("CampaignId must be positive, was " + value());
        }
    }

    @Override
    public final int compareTo(CampaignId other) {
        return Long.compare(value(), other.value());
    }

    @Override
    public String toString() {
        return Long.toString(value());
    }
}
