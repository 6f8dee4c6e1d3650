package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CampaignId;
import io.github.cheetahoptimove.cheetah.ListId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What happened to one template of an execution: the CheetahMail list and campaign, the instant
 * scheduled, how many records were accepted, which customers were rejected and why, and whether
 * an earlier run had already done the work.
 */
@Value.Immutable
public abstract class TemplateReport {
    TemplateReport() {}

    /** The channel template. */
    public abstract long templateId();

    /** The CheetahMail campaign sending it, once created. */
    public abstract Optional<CampaignId> cheetahCampaignId();

    /** The CheetahMail list holding its recipients, once created. */
    public abstract Optional<ListId> listId();

    /** The instant the send is scheduled at, once scheduled. */
    public abstract Optional<Instant> scheduledAt();

    /** Records CheetahMail accepted (the list's record count when an earlier run did the work). */
    @Value.Default
    public long accepted() {
        return 0;
    }

    /**
     * Rejected customers, at most the bridge's {@code rejectsKept} of them per template and five times
     * that per campaign (see {@link #rejectedCount()} for all).
     */
    public abstract List<RejectedRecipient> rejected();

    /** How many customers were rejected in all; may exceed {@code rejected().size()}. */
    @Value.Default
    public long rejectedCount() {
        return rejected().size();
    }

    /** Whether an earlier run had already scheduled (or sent) this template's campaign. */
    @Value.Default
    public boolean alreadyDone() {
        return false;
    }

    /** Why this template failed, when it did; its recipients were then not sent. */
    public abstract Optional<ExecutionFailure> failure();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TemplateReport}. */
    public static final class Builder extends ImmutableTemplateReport.Builder {}
}
