package io.github.cheetahoptimove.cheetah;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A record already encoded in the API's wire format, opaque to the caller, with an optional key of
 * the caller's own (e.g. the customer it belongs to). Made by {@link #encode}, stored anywhere as
 * bytes ({@link #writeTo}, {@link #readFrom}), and uploaded by {@link Lists#uploadAllEncoded}
 * without being encoded again; a record the API refuses comes back as a {@link RecordReject} that
 * carries the same key. Hosts that spill large lists to disk use it to pay for encoding once.
 *
 * <p>Immutable. {@link #toString()} shows its size only, never its content (personal data).
 */
public final class EncodedRecord {
    private static final byte[] NO_KEY = new byte[0];
    private static final ThreadLocal<RecordBatcher.Compact> COMPACT =
            ThreadLocal.withInitial(RecordBatcher.Compact::new);

    private final byte[] key;
    private final byte[] bytes;

    private EncodedRecord(byte[] key, byte[] bytes) {
        this.key = key;
        this.bytes = bytes;
    }

    /**
     * Encodes the fields {@code names[i] = values[i]}, leaving out those whose value is {@code null},
     * without building a {@link Record}.
     *
     * @param key the caller's key for this record, handed back with a reject; {@code null} or empty for none
     * @throws IllegalArgumentException when the arrays differ in length or no value is present
     */
    public static EncodedRecord encode(String key, String[] names, String[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        return new EncodedRecord(keyBytes(key), COMPACT.get().encode(names, values));
    }

    /** Encodes {@code record}, with the caller's {@code key} ({@code null} or empty for none). */
    public static EncodedRecord encode(String key, Record record) {
        return new EncodedRecord(keyBytes(key), COMPACT.get().encode(record));
    }

    private static byte[] keyBytes(String key) {
        return key == null || key.isEmpty() ? NO_KEY : key.getBytes(StandardCharsets.UTF_8);
    }

    /** The caller's key, when one was given. */
    public Optional<String> key() {
        return key.length == 0 ? Optional.empty() : Optional.of(new String(key, StandardCharsets.UTF_8));
    }

    /** Its size in bytes on the wire. */
    public int size() {
        return bytes.length;
    }

    /** Writes it: the key, then the record, each as a 4-byte big-endian length and its bytes. */
    public void writeTo(OutputStream out) throws IOException {
        LengthPrefix.write(out, key);
        LengthPrefix.write(out, bytes);
    }

    /**
     * Reads one written by {@link #writeTo}.
     *
     * @throws EOFException when the stream ends before or inside the record
     */
    public static EncodedRecord readFrom(InputStream in) throws IOException {
        byte[] key = LengthPrefix.read(in);
        if (key == null) {
            throw new EOFException("the stream ends before an encoded record");
        }
        byte[] bytes = LengthPrefix.read(in);
        if (bytes == null) {
            throw new EOFException("the stream ends inside an encoded record");
        }
        return new EncodedRecord(key.length == 0 ? NO_KEY : key, bytes);
    }

    /** The key's bytes, for the uploader: decoded only if the record is refused. */
    byte[] keyBytes() {
        return key;
    }

    /** The bytes, for the uploader: never changed. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return "EncodedRecord[" + bytes.length + " bytes]";
    }
}
