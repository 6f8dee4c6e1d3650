package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.model.Record;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One template's mapped records, spilled to temporary files so that memory stays bounded whatever
 * the campaign's size. Records are spread over {@value #PARTITIONS} files by a hash of the unique
 * identifier; reading back one file at a time, with a set of the identifiers of that file only, finds
 * every duplicate exactly while holding about 1/{@value #PARTITIONS} of the identifiers in memory.
 * Not thread-safe. {@link #close()} deletes the files.
 */
final class TemplateSpill implements AutoCloseable {
    static final int PARTITIONS = 64;

    private final Path dir;
    private final String identifierField;
    private final String[] fields;
    private final DataOutputStream[] out = new DataOutputStream[PARTITIONS];
    private DataInputStream reading;
    private long count;

    TemplateSpill(Path parent, long templateId, String identifierField, String[] fields) {
        try {
            this.dir = Files.createTempDirectory(parent, "optimove-template-" + templateId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a spill directory in " + parent, e);
        }
        this.identifierField = identifierField;
        this.fields = fields;
    }

    /** Records written. */
    long count() {
        return count;
    }

    void write(String customerId, String key, String[] values) {
        int p = Math.floorMod(key.hashCode() * 0x9E3779B9, PARTITIONS);
        try {
            DataOutputStream o = out[p];
            if (o == null) {
                o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(p)), 8192));
                out[p] = o;
            }
            writeString(o, customerId);
            writeString(o, key);
            for (String v : values) {
                if (v == null) {
                    o.writeInt(-1);
                } else {
                    writeString(o, v);
                }
            }
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to the spill directory " + dir, e);
        }
    }

    private Path file(int p) {
        return dir.resolve("part-" + p);
    }

    private static void writeString(DataOutputStream o, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
    }

    private static String readString(DataInputStream in, int len) throws IOException {
        byte[] b = new byte[len];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Callbacks for what reading back finds. */
    interface Sink {
        /** A customer whose identifier came earlier: left out. */
        void duplicate(String customerId);

        /** A record about to be handed to the uploader, with the customer it belongs to. */
        void next(String customerId);
    }

    /** Reads every record back once, without duplicates; call after the last write. */
    Iterator<Record> read(Sink sink) {
        finishWriting();
        return new Reader(sink);
    }

    private void finishWriting() {
        for (int p = 0; p < PARTITIONS; p++) {
            if (out[p] != null) {
                try {
                    out[p].close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out[p] = null;
            }
        }
    }

    private final class Reader implements Iterator<Record> {
        private final Sink sink;
        private int partition = -1;
        private DataInputStream in;
        private Set<String> seen;
        private Record next;

        Reader(Sink sink) {
            this.sink = sink;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (in == null && !openNext()) {
                        return false;
                    }
                    int len;
                    try {
                        len = in.readInt();
                    } catch (EOFException eof) {
                        in.close();
                        in = null;
                        continue;
                    }
                    String customerId = readString(in, len);
                    String key = readString(in, in.readInt());
                    Record.Builder b = Record.builder().field(identifierField, key);
                    for (String field : fields) {
                        int n = in.readInt();
                        if (n >= 0) {
                            b.field(field, readString(in, n));
                        }
                    }
                    if (!seen.add(key)) {
                        sink.duplicate(customerId);
                        continue;
                    }
                    sink.next(customerId);
                    next = b.build();
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
                    in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 65536));
                    reading = in;
                    seen = new HashSet<>();
                    return true;
                }
            }
            seen = null;
            return false;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Record r = next;
            next = null;
            return r;
        }
    }

    @Override
    public void close() {
        if (reading != null) {
            try {
                reading.close();
            } catch (IOException ignored) {
                // deleting below is what matters
            }
        }
        for (DataOutputStream o : out) {
            if (o != null) {
                try {
                    o.close();
                } catch (IOException ignored) {
                    // deleting below is what matters
                }
            }
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover temporary file is not worth failing a send over.
        }
    }
}
