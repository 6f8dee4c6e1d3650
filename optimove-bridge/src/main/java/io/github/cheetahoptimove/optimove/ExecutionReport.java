package io.github.cheetahoptimove.optimove;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of executing one Optimove campaign: one {@link TemplateReport} per template, or the
 * {@link ExecutionFailure} that stopped the whole campaign. A dry run reports what would be created and scheduled.
 */
@Value.Immutable
public abstract class ExecutionReport {
    ExecutionReport() {}

    /** Optimove's campaign id. */
    public abstract long campaignId();

    /** Optimove's channel id. */
    public abstract int channelId();

    /** The send instant the local time resolved to, when it could be resolved. */
    public abstract Optional<Instant> sendAt();

    /** One report per template, by template id. */
    public abstract List<TemplateReport> templates();

    /** Why the campaign failed as a whole, when it did (a template's own failure is in its report). */
    public abstract Optional<ExecutionFailure> failure();

    /** Whether this was a dry run (nothing was written). */
    @Value.Default
    public boolean dryRun() {
        return false;
    }

    /** Whether the campaign and every template finished without error. */
    public boolean succeeded() {
        return failure().isEmpty() && templates().stream().allMatch(t -> t.failure().isEmpty());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ExecutionReport}. */
    public static final class Builder extends ImmutableExecutionReport.Builder {}
}
