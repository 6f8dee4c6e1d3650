package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CampaignId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link OptimoveBridge#handle} did with one Optimove notification: executed the campaign
 * (type 1), cancelled its CheetahMail campaigns (type 4), or acknowledged and ignored it, and why.
 */
@Value.Immutable
public abstract class EventReport {
    EventReport() {}

    /** What was done. */
    public enum Action {
        /** The campaign was executed (or found already done: the execution report says). */
        EXECUTED,
        /** The campaign's CheetahMail campaigns were cancelled (rule 8). */
        CANCELLED,
        /** Nothing to do for this event. */
        IGNORED
    }

    /** The event's type id as sent. */
    public abstract int eventTypeId();

    /** The campaign it named; 0 when none. */
    public abstract long campaignId();

    /** What was done. */
    public abstract Action action();

    /** Why, in a sentence. */
    public abstract String reason();

    /** The execution, for {@link Action#EXECUTED}. */
    public abstract Optional<ExecutionReport> execution();

    /** The cancel, for {@link Action#CANCELLED}. */
    public abstract Optional<CancelReport> cancel();

    /** The CheetahMail campaigns cancelled and deleted. */
    public List<CampaignId> cancelled() {
        return cancel().map(CancelReport::cancelled).orElse(List.of());
    }

    /** Whether handling it left nothing failed. */
    public boolean succeeded() {
        return execution().map(ExecutionReport::succeeded).orElse(true)
                && cancel().map(CancelReport::complete).orElse(true);
    }

    static ImmutableEventReport.Builder builder() {
        return ImmutableEventReport.builder();
    }
}
