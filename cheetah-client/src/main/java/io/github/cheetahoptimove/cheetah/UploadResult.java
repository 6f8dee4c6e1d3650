package io.github.cheetahoptimove.cheetah;

import java.util.List;
import org.immutables.value.Value;

/** The outcome of uploading records: how many were stored, and which were refused and why. */
@Value.Immutable
public abstract class UploadResult {
    UploadResult() {}

    /** Records handed to the API (a record refused before sending is not counted). */
    public abstract long sent();

    /** Records stored (upserted). */
    public abstract long accepted();

    /** Records refused, in index order. */
    public abstract List<RecordReject> rejected();

    /** How many {@code ListRecords} calls it took. */
    @Value.Default
    public int batches() {
        return 1;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UploadResult}. */
    static final class Builder extends ImmutableUploadResult.Builder {}
}
