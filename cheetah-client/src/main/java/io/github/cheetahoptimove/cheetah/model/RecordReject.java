package io.github.cheetahoptimove.cheetah.model;

import org.immutables.value.Value;

/**
 * A record the API (or the client, before sending) refused, by its position. The reason names the
 * field, never the value.
 */
@Value.Immutable(builder = false)
public abstract class RecordReject {
    RecordReject() {}

    /** The record's index, counted from 0: in the batch for a single upload, in the whole stream for {@code uploadAll}. */
    @Value.Parameter
    public abstract long index();

    /** Why it was refused. */
    @Value.Parameter
    public abstract String reason();

    /** A reject at that index. */
    public static RecordReject of(long index, String reason) {
        return ImmutableRecordReject.of(index, reason);
    }
}
