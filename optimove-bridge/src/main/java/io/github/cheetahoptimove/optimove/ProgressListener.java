package io.github.cheetahoptimove.optimove;

/**
 * Hears an execution's progress per template, e.g. to drive a progress bar or log progress on long
 * lists. Counts are running totals for the template. Calls are serialized by the bridge: never two
 * at once, but when the bridge runs campaigns in parallel on a host's executor they come from
 * several threads, so keep any state it reads elsewhere thread-safe; and keep it quick.
 *
 * <p>Records are uploaded while recipients are still being read, so {@code uploaded} and
 * {@code stepDone(…, LIST_READY)} calls come between {@code mapped} calls; per template,
 * {@code LIST_READY} comes before the first {@code uploaded}, and {@code RECORDS_UPLOADED} after the
 * last one.
 *
 * <p>An exception thrown here stops the execution where it stands and comes out of the bridge's
 * call as it was thrown (a rerun then finishes the work): it is the host's way to stop.
 */
public interface ProgressListener {
    /** Hears nothing. */
    ProgressListener NONE = new ProgressListener() { };

    /** Recipients mapped into records so far (every 10,000 and at the end). */
    default void mapped(long campaignId, long templateId, long total) { }

    /** Records uploaded so far (after each batch). */
    default void uploaded(long campaignId, long templateId, long total) { }

    /** Customers rejected so far, for any reason. */
    default void rejected(long campaignId, long templateId, long total) { }

    /** An execution finished, however it ended (its report says; a dry run's too). */
    default void executed(ExecutionReport report) { }

    /** A step finished. */
    default void stepDone(long campaignId, long templateId, ExecutionStep step) { }
}
