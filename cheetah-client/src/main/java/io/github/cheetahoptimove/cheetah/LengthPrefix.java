package io.github.cheetahoptimove.cheetah;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The one length-prefixed byte format of the client: a 4-byte big-endian length, then the bytes.
 * The compact record form inside {@link RecordBatcher} and the stored form of
 * {@link EncodedRecord} are both made of it.
 */
final class LengthPrefix {
    private LengthPrefix() {}

    /** Writes {@code n} as 4 big-endian bytes at {@code p}. */
    static void putInt(byte[] b, int p, int n) {
        b[p] = (byte) (n >>> 24);
        b[p + 1] = (byte) (n >>> 16);
        b[p + 2] = (byte) (n >>> 8);
        b[p + 3] = (byte) n;
    }

    /** Reads 4 big-endian bytes at {@code p}. */
    static int getInt(byte[] b, int p) {
        return (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
    }

    /** Writes {@code bytes} with their length in front. */
    static void write(OutputStream out, byte[] bytes) throws IOException {
        byte[] header = new byte[4];
        putInt(header, 0, bytes.length);
        out.write(header);
        out.write(bytes);
    }

    /**
     * Reads bytes written by {@link #write}; {@code null} when the stream ends before the first byte
     * of the length.
     *
     * @throws EOFException when the stream ends inside an entry
     */
    static byte[] read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(4);
        if (header.length == 0) {
            return null;
        }
        if (header.length < 4) {
            throw new EOFException("the stream ends inside a length");
        }
        int n = getInt(header, 0);
        if (n < 0) {
            throw new IOException("corrupt data: negative length");
        }
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException("the stream ends inside an entry");
        }
        return b;
    }
}
