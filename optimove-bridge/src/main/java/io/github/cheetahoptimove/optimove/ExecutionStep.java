package io.github.cheetahoptimove.optimove;

/**
 * The steps of executing a campaign, in order, and the day-level steps after them. A
 * {@link ExecutionFailure} names the step it happened in; {@link ProgressListener#stepDone} hears
 * each of the four per-template steps ({@link #LIST_READY} to {@link #SCHEDULED}) as it finishes.
 */
public enum ExecutionStep {
    /** Reading the account's setup once for the day: data map, the folder's templates, time zone. */
    SETUP_READ,
    /** Taking the host's {@link ExecutionLock} for the execution. */
    LOCK,
    /** Reading and mapping the campaign's recipients, and checking the campaign's own values. */
    RECIPIENTS_READ,
    /** Looking up what an earlier run already created for the execution. */
    CAMPAIGN_LOOKUP,
    /** The template's list exists (found or created). */
    LIST_READY,
    /** Every valid recipient was uploaded to the list. */
    RECORDS_UPLOADED,
    /** The template's CheetahMail campaign exists (found or created). */
    CAMPAIGN_READY,
    /** The campaign is scheduled at the send instant. */
    SCHEDULED,
    /** Refreshing the Optimove folder's templates, and syncing them to Optimove (a daily run). */
    TEMPLATES_REFRESHED,
    /** Collecting the metrics due that day (a daily run). */
    METRICS_COLLECTED,
    /** Asking Optimove for the day's campaigns of the channel (an Optimove-fed run). */
    CAMPAIGNS_LISTED,
    /** Pushing the metrics to Optimove (an Optimove-fed run). */
    METRICS_PUSHED
}
