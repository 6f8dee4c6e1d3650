package io.github.cheetahoptimove.optimove;

/**
 * Hears an execution's progress per template, e.g. to drive a progress bar or log progress on long
 * lists. Called on the executing thread; keep it quick. Counts are running totals for the template.
 * An exception thrown here stops the execution where it stands (a rerun then finishes the work).
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

    /** A step finished. */
    default void stepDone(long campaignId, long templateId, ExecutionStep step) { }
}
