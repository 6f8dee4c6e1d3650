package io.github.cheetahoptimove.examples;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Strict reading of the tool's text files: a reader that knows the line and column it is at, so
 * that a malformed UTF-8 byte is reported where it is instead of becoming U+FFFD, and plain
 * descriptions of parse failures that name the file, the line and the column, never a Java class.
 */
final class CsvInput {
    private CsvInput() {}

    /** A byte sequence that is not UTF-8, at a line and column of the file. */
    static final class MalformedText extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;

        MalformedText(long line, long column, CharacterCodingException cause) {
            super("bytes that are not valid UTF-8 at line " + line + ", column " + column, cause);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Decodes UTF-8 strictly and knows the line and column of each character it hands on. A
     * malformed byte sequence ends the text there: the characters before it are handed on first,
     * then {@link MalformedText} names the line and column where it stands. (The JDK's
     * {@code InputStreamReader} throws without handing on what it decoded before, so it cannot say
     * where.) Not thread-safe.
     */
    static final class StrictUtf8Reader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private final CharBuffer chars = CharBuffer.allocate(8192).flip();
        private boolean eof;
        private boolean done;
        private CoderResult error;
        private long line = 1;
        private long column = 1;

        StrictUtf8Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (error != null) {
                    throw new MalformedText(line, column, new MalformedInputException(error.length()));
                }
                if (done) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, chars.remaining());
            chars.get(buf, off, n);
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return n;
        }

        private void fill() throws IOException {
            if (!eof) {
                bytes.compact();
                int got = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (got < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + got);
                }
                bytes.flip();
            }
            chars.clear();
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                error = r;
            } else if (eof && !bytes.hasRemaining()) {
                decoder.flush(chars);
                done = true;
            }
            chars.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * What went wrong reading {@code file}, in plain words with the line and column;
     * {@code rowStartLine} is the line where the row being read began (where a quote left open
     * was opened).
     */
    static String describe(String file, Throwable failure, long rowStartLine) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MalformedText) {
                MalformedText m = (MalformedText) t;
                return file + " line " + m.line + ", column " + m.column
                        + ": bytes that are not valid UTF-8; save the file as UTF-8";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                JacksonException j = (JacksonException) t;
                String what = j.getOriginalMessage() == null ? "cannot be read" : j.getOriginalMessage();
                if (what.startsWith("Missing closing quote")) {
                    return file + " line " + rowStartLine + ": a quoted value that starts in this row is never "
                            + "closed (a \" is missing)";
                }
                JsonLocation at = j.getLocation();
                return file + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                        + firstLine(what);
            }
        }
        return file + " line " + rowStartLine + ": cannot be read (" + firstLine(String.valueOf(failure.getMessage()))
                + ")";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
