package io.github.cheetahoptimove.cheetah;

import io.github.cheetahoptimove.cheetah.internal.RecordBatcher;
import io.github.cheetahoptimove.cheetah.model.Record;

/**
 * Encodes records into the API's wire format once, for hosts that store records between mapping
 * and uploading (a spill to disk): see {@link EncodedRecord}. Get one from {@link Lists#encoder()}.
 * Not thread-safe: one per thread.
 */
public final class RecordEncoder {
    private final RecordBatcher.Compact compact = new RecordBatcher.Compact();

    RecordEncoder() {}

    /** Encodes a record. */
    public EncodedRecord encode(Record record) {
        return new EncodedRecord(compact.encode(record));
    }

    /**
     * Encodes the fields {@code names[i] = values[i]}, leaving out those whose value is {@code null},
     * without building a {@link Record}.
     *
     * @throws IllegalArgumentException when the arrays differ in length or no value is present
     */
    public EncodedRecord encode(String[] names, String[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        return new EncodedRecord(compact.encode(names, values));
    }
}
