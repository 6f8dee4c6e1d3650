package io.github.cheetahoptimove.optimove;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of a daily run: executions, the refreshed templates and the metrics due that day. */
@Value.Immutable
public abstract class DayReport {
    DayReport() {}

    /** The day run. */
    public abstract LocalDate date();

    /** One report per campaign scheduled that day. */
    public abstract List<ExecutionReport> executions();

    /** The Optimove folder's templates, refreshed. */
    public abstract List<ChannelTemplate> templates();

    /** Metrics due that day, for campaigns sent in the seven days before. */
    public abstract List<MetricRow> metrics();

    /**
     * Failures of the day's own steps: the template refresh, the metrics of a campaign. A
     * campaign's execution failure is in its {@link ExecutionReport} instead.
     */
    public abstract List<ExecutionFailure> failures();

    /** What the sync of Optimove's channel templates did, in a day fed from Optimove. */
    public abstract Optional<TemplateSync> templatesSync();

    /** Metric rows pushed to Optimove, in a day fed from Optimove. */
    @Value.Default
    public long metricsPushed() {
        return 0;
    }

    /** Whether every execution and step succeeded. */
    public boolean succeeded() {
        return failures().isEmpty() && executions().stream().allMatch(ExecutionReport::succeeded);
    }

    /** The execution report of that campaign. */
    public Optional<ExecutionReport> execution(long campaignId) {
        return executions().stream().filter(e -> e.campaignId() == campaignId).findFirst();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DayReport}. */
    public static final class Builder extends ImmutableDayReport.Builder {}
}
