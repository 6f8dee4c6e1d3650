package io.github.cheetahoptimove.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.optimove.Recipient;
import io.github.cheetahoptimove.optimove.RecipientSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The tool's campaigns file and the recipients CSV beside it.
 *
 * <pre>
 * {"campaigns": [{"campaignId": 1234, "channelId": 504, "scheduledTime": "2026-11-28 10:00:00",
 *   "timeZone": "Europe/London", "recipients": "recipients-1234.csv"}]}
 * </pre>
 *
 * The CSV is strict UTF-8 (a leading byte-order mark is skipped), RFC 4180, with the header
 * {@code CustomerID,TemplateID,} then one column per attribute name. It is streamed, never loaded
 * whole.
 */
final class CampaignsFile {
    static final DateTimeFormatter OPTIMOVE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private CampaignsFile() {}

    static List<OptimoveCampaign> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new UsageException("campaigns " + file + ": not valid JSON: "
                    + CsvInput.describe(file.getFileName().toString(), e, 1), e);
        } catch (IOException e) {
            throw new UsageException("campaigns " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        JsonNode list = root == null ? null : root.get("campaigns");
        if (list == null || !list.isArray()) {
            throw new UsageException("campaigns " + file + ": campaigns is missing; expected {\"campaigns\": [...]}");
        }
        Path dir = file.toAbsolutePath().getParent();
        List<OptimoveCampaign> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String where = "campaigns " + file + ": campaigns[" + i + "].";
            long id = ExampleConfig.positive(c, "campaignId", where);
            long channel = ExampleConfig.positive(c, "channelId", where);
            LocalDateTime at;
            try {
                at = LocalDateTime.parse(ExampleConfig.text(c, "scheduledTime", where), OPTIMOVE_TIME);
            } catch (DateTimeParseException e) {
                throw new UsageException(where + "scheduledTime must look like 2026-11-28 10:00:00");
            }
            ZoneId zone;
            try {
                zone = ZoneId.of(ExampleConfig.text(c, "timeZone", where));
            } catch (DateTimeException e) {
                throw new UsageException(where + "timeZone is not a time zone id such as Europe/London");
            }
            OptimoveCampaign.Builder b = OptimoveCampaign.builder().campaignId(id).channelId((int) channel)
                    .scheduledTime(at).siteZone(zone);
            JsonNode recipients = c.get("recipients");
            if (recipients != null && !recipients.isNull()) {
                Path csv = dir.resolve(recipients.asText());
                if (!Files.isReadable(csv)) {
                    throw new UsageException(where + "recipients: cannot read " + csv);
                }
                b.recipients(csv(csv));
            }
            out.add(b.build());
        }
        return out;
    }

    /**
     * A re-openable source over a recipients CSV, decoded strictly: a malformed UTF-8 byte, an
     * unterminated quote, a row with the wrong number of columns or a non-numeric TemplateID fails
     * the campaign with the file, line and column named.
     */
    static RecipientSource csv(Path file) {
        String name = file.getFileName().toString();
        return () -> {
            try {
                InputStream in = new BufferedInputStream(Files.newInputStream(file));
                skipBom(in);
                Reader reader = new CsvInput.StrictUtf8Reader(in);
                CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
                MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(reader);
                Rows it = new Rows(name, rows);
                if (!it.hasNext()) {
                    rows.close();
                    return Stream.empty();
                }
                List<String> header = it.nextRow();
                if (header.size() < 2 || !header.get(0).equals("CustomerID") || !header.get(1).equals("TemplateID")) {
                    rows.close();
                    throw new IllegalArgumentException(name + " line 1: the header must start with "
                            + "CustomerID,TemplateID");
                }
                it.header = header;
                return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                        .onClose(() -> {
                            try {
                                rows.close();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            } catch (CsvInput.MalformedText e) {
                throw new IllegalArgumentException(CsvInput.describe(name, e, 1), e);
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": cannot be read (" + e.getMessage() + ")", e);
            }
        };
    }

    /** The rows of one recipients file as recipients, each failure described where it happened. */
    private static final class Rows implements Iterator<Recipient> {
        private final String file;
        private final MappingIterator<List<String>> rows;
        private List<String> header;
        private long rowStart = 1;

        Rows(String file, MappingIterator<List<String>> rows) {
            this.file = file;
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            try {
                return rows.hasNext();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(CsvInput.describe(file, e, rowStart), e);
            }
        }

        List<String> nextRow() {
            rowStart = rows.getCurrentLocation().getLineNr();
            try {
                return rows.next();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(CsvInput.describe(file, e, rowStart), e);
            }
        }

        @Override
        public Recipient next() {
            List<String> row = nextRow();
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + rowStart + ": has " + row.size()
                        + " columns, the header has " + header.size());
            }
            long template;
            try {
                template = Long.parseLong(row.get(1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + rowStart + ", column 2: TemplateID is not a "
                        + "number");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 2; i < header.size(); i++) {
                attributes.put(header.get(i), row.get(i));
            }
            return Recipient.of(row.get(0), template, attributes);
        }
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
