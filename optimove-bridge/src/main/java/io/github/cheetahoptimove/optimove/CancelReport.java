package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CampaignId;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The outcome of cancelling an execution in CheetahMail: the campaigns stopped and deleted, and
 * those that could not be stopped because they had started sending. Cancelling on the Optimove
 * side is the host's job.
 */
@Value.Immutable
public abstract class CancelReport {
    CancelReport() {}

    /** Optimove's campaign id. */
    public abstract long campaignId();

    /** CheetahMail campaigns unscheduled and deleted. */
    public abstract List<CampaignId> cancelled();

    /** CheetahMail campaigns that could not be stopped, with the reason. */
    public abstract Map<CampaignId, String> notStopped();

    /** Whether nothing was left running. */
    public boolean complete() {
        return notStopped().isEmpty();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CancelReport}. */
    public static final class Builder extends ImmutableCancelReport.Builder {}
}
