package io.github.cheetahoptimove.optimove.client;

import org.immutables.value.Value;

/** What Optimove says of one campaign ({@code GetCampaignDetails}). Immutable. */
@Value.Immutable
public abstract class CampaignDetails {
    CampaignDetails() {}

    /** The campaign. */
    public abstract long campaignId();

    /** Its target group. */
    public abstract long targetGroupId();

    /** Its type, as Optimove names it. */
    public abstract String campaignType();

    /** Its duration in days. */
    public abstract int duration();

    /** Its lead time in days. */
    public abstract int leadTime();

    /** Its notes. */
    public abstract String notes();

    /** Whether it runs on several channels. */
    public abstract boolean multiChannel();

    /** Whether it recurs. */
    public abstract boolean recurrence();

    /** Its status, as Optimove names it. */
    public abstract String status();

    /** Optimove's error text for it; empty when none. */
    public abstract String error();

    static ImmutableCampaignDetails.Builder builder() {
        return ImmutableCampaignDetails.builder();
    }
}
