package io.github.cheetahoptimove.optimove;

/** The steps of executing one template of a campaign, in order; {@link ProgressListener#stepDone} hears each. */
public enum ExecutionStep {
    /** The template's list exists (found or created). */
    LIST_READY,
    /** Every valid recipient was uploaded to the list. */
    RECORDS_UPLOADED,
    /** The template's CheetahMail campaign exists (found or created). */
    CAMPAIGN_READY,
    /** The campaign is scheduled at the send instant. */
    SCHEDULED
}
