package io.github.cheetahoptimove.cheetah.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.cheetahoptimove.cheetah.model.Record;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds {@code ListRecords} bodies of at most {@code maxRecords} records and {@code maxBytes} bytes,
 * writing each record once with Jackson's streaming generator. Holds one batch at a time. Not
 * thread-safe: one per upload.
 */
public final class RecordBatcher {
    /** The API's limit of records a call. */
    public static final int MAX_RECORDS = 1000;
    /** The API's limit of bytes a call. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** What {@link #add} did with a record. */
    public enum Added {
        /** The record is in the batch. */
        ADDED,
        /** The batch is full: send it, {@link #clear()} it, then add the record again. */
        FULL,
        /** The record alone is over the byte limit; it can never be sent. */
        TOO_LARGE
    }

    private static final SerializedString DATA = new SerializedString("data");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final byte[] SUFFIX = "]}".getBytes(StandardCharsets.US_ASCII);

    private final int maxRecords;
    private final int maxBytes;
    private final byte[] prefix;
    private final Buffer scratch = new Buffer();
    private final JsonGenerator generator;
    private byte[] batch = new byte[64 * 1024];
    private int length;
    private int count;
    private final long[] indexes;

    /** A batcher for the data map {@code apiPostId}, with the API's limits. */
    public RecordBatcher(JsonFactory factory, long apiPostId) {
        this(factory, apiPostId, MAX_RECORDS, MAX_BYTES);
    }

    /** A batcher with other limits (tests). */
    public RecordBatcher(JsonFactory factory, long apiPostId, int maxRecords, int maxBytes) {
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
        this.indexes = new long[maxRecords];
        this.prefix = ("{\"apiPostId\":" + apiPostId + ",\"records\":[").getBytes(StandardCharsets.US_ASCII);
        try {
            this.generator = factory.createGenerator(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        generator.setRootValueSeparator(null);
        clear();
    }

    /**
     * Adds {@code record}, remembering {@code index} (its position in the whole stream).
     *
     * @return whether it was added, or why not
     */
    public Added add(Record record, long index) {
        scratch.reset();
        try {
            generator.writeStartObject();
            generator.writeFieldName(DATA);
            generator.writeStartArray();
            for (int i = 0, n = record.size(); i < n; i++) {
                generator.writeStartObject();
                generator.writeFieldName(NAME);
                generator.writeString(record.name(i));
                generator.writeFieldName(VALUE);
                generator.writeString(record.value(i));
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int size = scratch.size();
        if (prefix.length + size + SUFFIX.length > maxBytes) {
            return Added.TOO_LARGE;
        }
        int separator = count == 0 ? 0 : 1;
        if (count == maxRecords || length + separator + size + SUFFIX.length > maxBytes) {
            return Added.FULL;
        }
        ensure(length + separator + size);
        if (separator == 1) {
            batch[length++] = ',';
        }
        System.arraycopy(scratch.array(), 0, batch, length, size);
        length += size;
        indexes[count++] = index;
        return Added.ADDED;
    }

    /** Records in the current batch. */
    public int count() {
        return count;
    }

    /** The stream index of the batch's record {@code i}. */
    public long indexOf(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("batch index " + i + " of " + count);
        }
        return indexes[i];
    }

    /** The current batch as a complete request body (a copy). */
    public byte[] body() {
        byte[] out = Arrays.copyOf(batch, length + SUFFIX.length);
        System.arraycopy(SUFFIX, 0, out, length, SUFFIX.length);
        return out;
    }

    /** Empties the batch. */
    public void clear() {
        System.arraycopy(prefix, 0, batch, 0, prefix.length);
        length = prefix.length;
        count = 0;
    }

    private void ensure(int capacity) {
        if (capacity > batch.length) {
            batch = Arrays.copyOf(batch, Math.max(capacity, Math.min(maxBytes, batch.length * 2)));
        }
    }

    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1024);
        }

        byte[] array() {
            return buf;
        }
    }
}
