package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads send-details rows of either attribute shape into {@link SendDetail}s, never shifting a value
 * into the wrong field: a row it cannot read becomes a rejection with the reason. Remembers each
 * template's first {@code ScheduledTime}. Not thread-safe.
 */
final class RowReader {
    private final List<String> attributes;
    private final char delimiter;
    /** The scheduled time of each template, fixed by its first row. */
    private final Map<Long, LocalDateTime> times = new HashMap<>();

    RowReader(List<String> attributes, char delimiter) {
        this.attributes = List.copyOf(attributes);
        this.delimiter = delimiter;
    }

    /**
     * One row as a send detail, or as a rejection that says why it cannot be read. With
     * {@code timeRequired} false, a row without {@code ScheduledTime} is read without one.
     */
    SendDetail read(JsonNode row, boolean timeRequired) {
        String customerId = row.path("CustomerID").isValueNode() && !row.path("CustomerID").isNull()
                ? row.path("CustomerID").asText() : "";
        if (customerId.isEmpty()) {
            return rejected(customerId, "the row has no CustomerID");
        }
        JsonNode template = row.path("TemplateID");
        boolean number = template.isTextual() ? template.asText().trim().matches("-?\\d{1,18}")
                : template.isIntegralNumber() && template.canConvertToLong();
        if (!number) {
            return rejected(customerId, "TemplateID is not a number");
        }
        long templateId = template.isTextual() ? Long.parseLong(template.asText().trim()) : template.asLong();
        LocalDateTime at = null;
        if (timeRequired || row.hasNonNull("ScheduledTime")) {
            try {
                at = LocalDateTime.parse(row.path("ScheduledTime").asText(""), Json.OPTIMOVE_TIME);
            } catch (DateTimeParseException e) {
                return rejected(customerId, "ScheduledTime is not a time like 2026-11-30 10:00:00");
            }
            LocalDateTime first = times.putIfAbsent(templateId, at);
            if (first != null && !first.equals(at)) {
                return rejected(customerId, "ScheduledTime differs from the one of template " + templateId
                        + "'s first row");
            }
        }
        Optional<String[]> values = values(row);
        if (values.isEmpty()) {
            return rejected(customerId, "the row carries no CustomerAttributes");
        }
        String[] v = values.get();
        if (v.length != attributes.size()) {
            boolean joined = !row.path("CustomerAttributes").isArray();
            return rejected(customerId, "the row has " + v.length + " attribute values for " + attributes.size()
                    + " attributes" + (joined ? " (a value holding the delimiter '" + delimiter
                            + "' makes the joined shape unreadable)" : ""));
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            byName.put(attributes.get(i), v[i]);
        }
        return SendDetail.builder().customerId(customerId).templateId(templateId)
                .scheduledTime(java.util.Optional.ofNullable(at)).attributes(byName).build();
    }

    /** The row's values in either shape; a {@code null} in the array is an empty value. */
    private Optional<String[]> values(JsonNode row) {
        if (attributes.isEmpty()) {
            return Optional.of(new String[0]);
        }
        JsonNode array = row.path("CustomerAttributes");
        if (array.isArray()) {
            String[] out = new String[array.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = array.get(i).isNull() ? "" : array.get(i).asText();
            }
            return Optional.of(out);
        }
        JsonNode joined = row.path("CustomerAttribute");
        if (joined.isTextual()) {
            return Optional.of(joined.asText().split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1));
        }
        return Optional.empty();
    }

    private static SendDetail rejected(String customerId, String reason) {
        return SendDetail.builder().customerId(customerId).templateId(0).rejection(reason).build();
    }

}
