package io.github.cheetahoptimove.cheetah;

import io.github.cheetahoptimove.cheetah.model.UploadResult;

/**
 * Hears each batch of an {@link Lists#uploadAll upload} as it completes, e.g. to drive a progress
 * bar, and each record refused before sending (as a "batch" of {@code sent == 0} carrying that one
 * reject). Called on the uploading thread, in stream order; keep it quick.
 */
@FunctionalInterface
public interface UploadListener {
    /** Ignores every batch. */
    UploadListener NONE = (sent, result) -> { };

    /**
     * One batch finished.
     *
     * @param sent records sent in this batch
     * @param result its outcome, reject indexes counted in the whole stream
     */
    void onBatch(int sent, UploadResult result);
}
