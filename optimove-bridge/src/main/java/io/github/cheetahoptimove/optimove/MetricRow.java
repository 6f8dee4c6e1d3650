package io.github.cheetahoptimove.optimove;

import org.immutables.value.Value;

/** One campaign metric in Optimove's terms: {@code {ChannelID, CampaignID, TemplateID, metric, value}}. */
@Value.Immutable
public abstract class MetricRow {
    MetricRow() {}

    /** Optimove's channel id. */
    public abstract int channelId();

    /** Optimove's campaign id. */
    public abstract long campaignId();

    /** The template. */
    public abstract long templateId();

    /** Optimove's metric name, e.g. {@code Unique Opens}. */
    public abstract String metric();

    /** The figure. */
    public abstract long value();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MetricRow}. */
    public static final class Builder extends ImmutableMetricRow.Builder {}
}
