package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.EncodedRecord;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One template's mapped records held back from the upload, encoded once for the wire and spilled to
 * temporary files so that memory stays bounded whatever the campaign's size. Records are spread over
 * {@value #PARTITIONS} files by a hash of the unique identifier; reading back one file at a time,
 * with a set of the identifiers of that file only, finds every duplicate exactly while holding about
 * 1/{@value #PARTITIONS} of the identifiers in memory. Identifiers whose records went to the list
 * while the input was still read are {@linkplain #noteUploaded noted} in a second file per partition:
 * reading a partition starts from them, so a held-back record with one of them is a duplicate too.
 * Not thread-safe. {@link #close()} deletes the files.
 *
 * <p>An entry is: the identifier (a 4-byte length and UTF-8 bytes), then the encoded record, whose
 * key is the customer id, as {@link EncodedRecord#writeTo} writes it. The buffers are plain arrays rather than
 * {@code DataOutputStream} over {@code BufferedOutputStream}, whose synchronized single-byte writes
 * showed up as a tenth of the mapping pass in profiles.
 */
final class TemplateSpill implements AutoCloseable {
    static final int PARTITIONS = 64;

    private final Path dir;
    private final Output[] out = new Output[PARTITIONS];
    private final Output[] noted = new Output[PARTITIONS];
    private Input reading;
    private long count;

    TemplateSpill(Path parent, long templateId) {
        try {
            this.dir = Files.createTempDirectory(parent, "optimove-template-" + templateId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a spill directory in " + parent, e);
        }
    }

    /** Records written. */
    long count() {
        return count;
    }

    /** Holds a record back for the exact duplicate check, under its unique identifier. */
    void write(String key, EncodedRecord record) {
        int p = partition(key);
        try {
            Output o = output(out, p, file(p));
            o.writeString(key);
            record.writeTo(o);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to the spill directory " + dir, e);
        }
    }

    /** Notes the identifier of a record uploaded already, so that a held-back record with it is a duplicate. */
    void noteUploaded(String key) {
        int p = partition(key);
        try {
            output(noted, p, notedFile(p)).writeString(key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to the spill directory " + dir, e);
        }
    }

    private static int partition(String key) {
        return Math.floorMod(key.hashCode() * 0x9E3779B9, PARTITIONS);
    }

    private static Output output(Output[] outputs, int p, Path file) throws IOException {
        Output o = outputs[p];
        if (o == null) {
            o = new Output(Files.newOutputStream(file));
            outputs[p] = o;
        }
        return o;
    }

    private Path file(int p) {
        return dir.resolve("part-" + p);
    }

    private Path notedFile(int p) {
        return dir.resolve("uploaded-" + p);
    }

    /**
     * Reads every record back once, without duplicates, handing each record whose identifier came
     * earlier to {@code duplicates} instead; call after the last write.
     */
    Iterator<EncodedRecord> read(Consumer<EncodedRecord> duplicates) {
        finishWriting();
        return new Reader(duplicates);
    }

    private void finishWriting() {
        try {
            closeAll(out);
            closeAll(noted);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to the spill directory " + dir, e);
        }
    }

    private static void closeAll(Output[] outputs) throws IOException {
        for (int p = 0; p < PARTITIONS; p++) {
            if (outputs[p] != null) {
                outputs[p].close();
                outputs[p] = null;
            }
        }
    }

    /** An identifier's UTF-8 bytes as a set member, so that duplicates are found without decoding. */
    private static final class Key {
        final byte[] bytes;
        final int hash;

        Key(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).hash == hash && Arrays.equals(((Key) o).bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final class Reader implements Iterator<EncodedRecord> {
        private final Consumer<EncodedRecord> duplicates;
        private int partition = -1;
        private Input in;
        /** Identifiers of the current file; cleared, not rebuilt, between files to keep its capacity. */
        private final Set<Key> seen = new HashSet<>();
        private EncodedRecord next;

        Reader(Consumer<EncodedRecord> duplicates) {
            this.duplicates = duplicates;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (in == null && !openNext()) {
                        return false;
                    }
                    byte[] identifier = in.readBytesOrNull();
                    if (identifier == null) {
                        in.close();
                        in = null;
                        continue;
                    }
                    EncodedRecord record = EncodedRecord.readFrom(in);
                    if (!seen.add(new Key(identifier))) {
                        duplicates.accept(record);
                        continue;
                    }
                    next = record;
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the spill directory " + dir, e);
            }
        }

        private boolean openNext() throws IOException {
            while (++partition < PARTITIONS) {
                Path f = file(partition);
                if (Files.exists(f)) {
                    seen.clear();
                    Path uploaded = notedFile(partition);
                    if (Files.exists(uploaded)) {
                        try (Input notes = new Input(Files.newInputStream(uploaded))) {
                            for (byte[] key = notes.readBytesOrNull(); key != null; key = notes.readBytesOrNull()) {
                                seen.add(new Key(key));
                            }
                        }
                    }
                    in = new Input(Files.newInputStream(f));
                    reading = in;
                    return true;
                }
            }
            seen.clear();
            return false;
        }

        @Override
        public EncodedRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            EncodedRecord r = next;
            next = null;
            return r;
        }
    }

    @Override
    public void close() {
        try {
            if (reading != null) {
                reading.close();
            }
            closeAll(out);
            closeAll(noted);
        } catch (IOException ignored) {
            // deleting below is what matters
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover temporary file is not worth failing a send over.
        }
    }

    /** An unsynchronized buffered output with length-prefixed strings. */
    private static final class Output extends OutputStream {
        private final OutputStream file;
        private final byte[] buffer = new byte[16 * 1024];
        private int length;

        Output(OutputStream file) {
            this.file = file;
        }

        void writeString(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            int n = b.length;
            write(n >>> 24);
            write(n >>> 16);
            write(n >>> 8);
            write(n);
            write(b, 0, n);
        }

        @Override
        public void write(int b) throws IOException {
            if (length == buffer.length) {
                flushBuffer();
            }
            buffer[length++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > buffer.length - length) {
                flushBuffer();
                if (len > buffer.length) {
                    file.write(b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, buffer, length, len);
            length += len;
        }

        private void flushBuffer() throws IOException {
            file.write(buffer, 0, length);
            length = 0;
        }

        @Override
        public void close() throws IOException {
            flushBuffer();
            file.close();
        }
    }

    /** An unsynchronized buffered input with length-prefixed byte strings. */
    private static final class Input extends InputStream {
        private final InputStream file;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;

        Input(InputStream file) {
            this.file = file;
        }

        /** The next length-prefixed bytes, or {@code null} at the end of the file. */
        byte[] readBytesOrNull() throws IOException {
            if (position == limit && !fill()) {
                return null;
            }
            return readBytes();
        }

        byte[] readBytes() throws IOException {
            int n = read() << 24 | read() << 16 | read() << 8 | read();
            if (n < 0) {
                throw new EOFException("spill file ends inside an entry");
            }
            byte[] b = new byte[n];
            for (int done = 0; done < n; ) {
                int got = read(b, done, n - done);
                if (got < 0) {
                    throw new EOFException("spill file ends inside an entry");
                }
                done += got;
            }
            return b;
        }

        private boolean fill() throws IOException {
            int n = file.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                return -1;
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
