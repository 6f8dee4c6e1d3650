package io.github.cheetahoptimove.optimove.client;

import org.immutables.value.Value;

/** One figure of one campaign and template on a channel, as Optimove stores it. Immutable. */
@Value.Immutable(builder = false)
public abstract class CampaignMetric {
    CampaignMetric() {}

    /** The channel. */
    @Value.Parameter
    public abstract int channelId();

    /** The campaign. */
    @Value.Parameter
    public abstract long campaignId();

    /** The channel template. */
    @Value.Parameter
    public abstract long templateId();

    /** Which figure. */
    @Value.Parameter
    public abstract OptimoveMetric metric();

    /** Its value. */
    @Value.Parameter
    public abstract long value();

    /** A figure. */
    public static CampaignMetric of(int channelId, long campaignId, long templateId, OptimoveMetric metric,
            long value) {
        return ImmutableCampaignMetric.of(channelId, campaignId, templateId, metric, value);
    }
}
