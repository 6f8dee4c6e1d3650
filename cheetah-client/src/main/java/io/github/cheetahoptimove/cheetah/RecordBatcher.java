package io.github.cheetahoptimove.cheetah;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds {@code ListRecords} bodies of at most {@code maxRecords} records and {@code maxBytes} bytes.
 * Holds one batch at a time. Not thread-safe: one per upload.
 *
 * <p>Records reach it in a compact form (see {@link Compact}): field names and values as UTF-8,
 * length-prefixed. Appending one writes its JSON, {@code {"data":[{"name":…,"value":…},…]}},
 * straight into the batch with the string escaping of RFC 8259 §7 done on the UTF-8 bytes. This is
 * the upload path's hot loop: it copies bytes once and never decodes them back into strings, which
 * is what lets a host spill millions of encoded records to disk and upload them at the speed of a
 * hand-written Jackson writer.
 */
final class RecordBatcher {
    /** The API's limit of records a call. */
    public static final int MAX_RECORDS = 1000;
    /** The API's limit of bytes a call. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** What {@link #add} did with a record. */
    enum Added {
        /** The record is in the batch. */
        ADDED,
        /** The batch is full: send it, {@link #clear()} it, then add the record again. */
        FULL,
        /** The record alone is over the byte limit; it can never be sent. */
        TOO_LARGE
    }

    private static final byte[] SUFFIX = ascii("]}");
    private static final byte[] RECORD_START = ascii("{\"data\":[");
    private static final byte[] RECORD_END = ascii("]}");
    private static final byte[] NAME = ascii("{\"name\":\"");
    private static final byte[] VALUE = ascii("\",\"value\":\"");
    private static final byte[] PAIR_END = ascii("\"}");
    private static final byte[] HEX = ascii("0123456789abcdef");

    private final int maxRecords;
    private final int maxBytes;
    private final byte[] prefix;
    private final Compact compact = new Compact();
    private byte[] batch = new byte[64 * 1024];
    private int length;
    private int count;
    private final long[] indexes;
    /** The callers' keys of the batch's records ({@code null} where none), decoded only for a reject. */
    private final byte[][] keys;
    /** Where the record being added starts, to take it back when it does not fit. */
    private int mark;

    /** A batcher for the data map {@code apiPostId}, with the API's limits. */
    public RecordBatcher(long apiPostId) {
        this(apiPostId, MAX_RECORDS, MAX_BYTES);
    }

    /** A batcher with other limits (tests). */
    public RecordBatcher(long apiPostId, int maxRecords, int maxBytes) {
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
        this.indexes = new long[maxRecords];
        this.keys = new byte[maxRecords][];
        this.prefix = ascii("{\"apiPostId\":" + apiPostId + ",\"records\":[");
        clear();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Adds {@code record}, remembering {@code index} (its position in the whole stream).
     *
     * @return whether it was added, or why not
     */
    public Added add(Record record, long index) {
        return addEncoded(compact.encode(record), null, index);
    }

    /** Adds an encoded record, remembering {@code index} and its caller's key. */
    public Added add(EncodedRecord record, long index) {
        return addEncoded(record.bytes(), record.keyBytes(), index);
    }

    /**
     * Adds a record in the compact form of {@link Compact}, remembering {@code index} and the
     * caller's {@code key} ({@code null} or empty for none).
     */
    Added addEncoded(byte[] encoded, byte[] key, long index) {
        if (count == maxRecords) {
            return Added.FULL;
        }
        mark = length;
        if (count > 0) {
            put((byte) ',');
        }
        put(RECORD_START);
        int p = 0;
        boolean first = true;
        while (p < encoded.length) {
            int nameLength = LengthPrefix.getInt(encoded, p);
            int valueLength = LengthPrefix.getInt(encoded, p + 4 + nameLength);
            if (!first) {
                put((byte) ',');
            }
            first = false;
            put(NAME);
            escape(encoded, p + 4, nameLength);
            put(VALUE);
            escape(encoded, p + 8 + nameLength, valueLength);
            put(PAIR_END);
            p += 8 + nameLength + valueLength;
        }
        put(RECORD_END);
        int recordLength = length - mark - (count > 0 ? 1 : 0);
        if (length + SUFFIX.length > maxBytes) {
            length = mark;
            return prefix.length + recordLength + SUFFIX.length > maxBytes ? Added.TOO_LARGE : Added.FULL;
        }
        keys[count] = key == null || key.length == 0 ? null : key;
        indexes[count++] = index;
        return Added.ADDED;
    }


    private void put(byte b) {
        ensure(length + 1);
        batch[length++] = b;
    }

    private void put(byte[] bytes) {
        ensure(length + bytes.length);
        System.arraycopy(bytes, 0, batch, length, bytes.length);
        length += bytes.length;
    }

    /** Bytes that cannot stand as they are inside a JSON string: quote, backslash, controls. */
    private static final boolean[] ESCAPED = new boolean[256];

    static {
        for (int b = 0; b < 0x20; b++) {
            ESCAPED[b] = true;
        }
        ESCAPED['"'] = true;
        ESCAPED['\\'] = true;
    }

    /**
     * Copies UTF-8 {@code bytes[from, from + n)} as the inside of a JSON string: runs that need no
     * escaping (almost all text) are copied whole; bytes of multi-byte UTF-8 sequences pass through.
     */
    private void escape(byte[] bytes, int from, int n) {
        ensure(length + n * 6);
        byte[] out = batch;
        int o = length;
        int run = from;
        for (int i = from, end = from + n; i < end; i++) {
            byte b = bytes[i];
            if (!ESCAPED[b & 0xFF]) {
                continue;
            }
            System.arraycopy(bytes, run, out, o, i - run);
            o += i - run;
            run = i + 1;
            out[o++] = '\\';
            switch (b) {
                case '"':
                case '\\':
                    out[o++] = b;
                    break;
                case '\n':
                    out[o++] = 'n';
                    break;
                case '\r':
                    out[o++] = 'r';
                    break;
                case '\t':
                    out[o++] = 't';
                    break;
                default:
                    out[o++] = 'u';
                    out[o++] = '0';
                    out[o++] = '0';
                    out[o++] = HEX[b >> 4];
                    out[o++] = HEX[b & 0xF];
            }
        }
        System.arraycopy(bytes, run, out, o, from + n - run);
        length = o + from + n - run;
    }

    /** Records in the current batch. */
    public int count() {
        return count;
    }

    /** The stream indexes of the current batch's records, in order (a copy). */
    public long[] indexes() {
        return Arrays.copyOf(indexes, count);
    }

    /** The callers' keys of the current batch's records, in order ({@code null} where none; a copy). */
    public byte[][] keys() {
        return Arrays.copyOf(keys, count);
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
        Arrays.fill(keys, 0, count, null);
        count = 0;
    }

    private void ensure(int capacity) {
        if (capacity > batch.length) {
            batch = Arrays.copyOf(batch, Math.max(capacity, batch.length * 2));
        }
    }

    /**
     * The compact form of a record: for each field, the name's UTF-8 length (4 bytes, big-endian),
     * the name, the value's UTF-8 length, the value (each a {@link LengthPrefix} entry). Not
     * thread-safe: one per thread.
     */
    static final class Compact {
        private byte[] buffer = new byte[1024];
        private int length;

        /** A record's compact form. */
        public byte[] encode(Record record) {
            length = 0;
            for (int i = 0, n = record.size(); i < n; i++) {
                field(record.name(i), record.value(i));
            }
            return Arrays.copyOf(buffer, length);
        }

        /** The compact form of the fields {@code names[i] = values[i]} whose value is not {@code null}. */
        public byte[] encode(String[] names, String[] values) {
            length = 0;
            for (int i = 0; i < names.length; i++) {
                if (values[i] != null) {
                    field(names[i], values[i]);
                }
            }
            if (length == 0) {
                throw new IllegalArgumentException("a record needs at least one field");
            }
            return Arrays.copyOf(buffer, length);
        }

        private void field(String name, String value) {
            string(name);
            string(value);
        }

        private void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (length + 4 + b.length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(length + 4 + b.length, buffer.length * 2));
            }
            LengthPrefix.putInt(buffer, length, b.length);
            length += 4;
            System.arraycopy(b, 0, buffer, length, b.length);
            length += b.length;
        }
    }
}
