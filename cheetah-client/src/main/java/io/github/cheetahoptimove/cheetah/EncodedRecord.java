package io.github.cheetahoptimove.cheetah;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A record already encoded in the API's wire format, opaque to the caller: produced by
 * {@link Lists#encoder()}, stored anywhere as bytes ({@link #writeTo}, {@link #readFrom}),
 * and uploaded by {@link Lists#uploadAllEncoded} without being encoded again. Hosts that spill large lists
 * to disk use it to pay for encoding once.
 *
 * <p>Immutable. {@link #toString()} shows its size only, never its content (personal data).
 */
public final class EncodedRecord {
    private final byte[] bytes;

    EncodedRecord(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Its size in bytes on the wire. */
    public int size() {
        return bytes.length;
    }

    /** Writes it as a 4-byte big-endian length and its bytes. */
    public void writeTo(OutputStream out) throws IOException {
        int n = bytes.length;
        out.write(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        out.write(bytes);
    }

    /**
     * Reads one written by {@link #writeTo}.
     *
     * @throws EOFException when the stream ends before or inside the record
     */
    public static EncodedRecord readFrom(InputStream in) throws IOException {
        byte[] header = in.readNBytes(4);
        if (header.length < 4) {
            throw new EOFException("the stream ends before an encoded record");
        }
        int n = (header[0] & 0xFF) << 24 | (header[1] & 0xFF) << 16 | (header[2] & 0xFF) << 8 | (header[3] & 0xFF);
        if (n < 0) {
            throw new IOException("corrupt encoded record: negative length");
        }
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException("the stream ends inside an encoded record");
        }
        return new EncodedRecord(b);
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
