package io.github.cheetahoptimove.cheetah;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record the API (or the client, before sending) refused, by its position. The reason names the
 * field, never the value.
 */
@Value.Immutable
public abstract class RecordReject {
    RecordReject() {}

    /** The record's index, counted from 0: in the batch for a single upload, in the whole stream for {@code uploadAll}. */
    public abstract long index();

    /** Why it was refused. */
    public abstract String reason();

    /**
     * The caller's key of the refused record, when it was uploaded as an {@link EncodedRecord} with
     * one: lets the caller tell whose record it was without tracking stream positions.
     */
    public abstract Optional<String> key();

    /** A reject at that index. */
    static RecordReject of(long index, String reason) {
        return of(index, null, reason);
    }

    /** A reject at that index of a record with the caller's key ({@code null} for none). */
    static RecordReject of(long index, String key, String reason) {
        return ImmutableRecordReject.builder().index(index).key(Optional.ofNullable(key)).reason(reason).build();
    }
}
