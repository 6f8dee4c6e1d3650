package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongFunction;

/**
 * A campaign's send details, read once, page by page: while the caller consumes one page, the next
 * is already on its way. Every row is handed on exactly once, readable or as a
 * {@linkplain SendDetail#rejection() rejection}; only a call that fails for good (after the
 * client's retries) ends the stream, with an {@link OptimoveException}. Memory holds two pages.
 * Not thread-safe; close it (or read it to the end) to release the page in flight.
 */
public final class SendDetailStream implements Iterator<SendDetail>, AutoCloseable {
    private final LongFunction<CompletableFuture<JsonNode>> pageAt;
    private final int pageSize;
    private final List<String> attributes;
    private final char delimiter;
    /** The scheduled time of each template, fixed by its first row. */
    private final Map<Long, LocalDateTime> times = new HashMap<>();
    private JsonNode page;
    private int position;
    private long skip;
    private CompletableFuture<JsonNode> nextPage;
    private boolean last;

    SendDetailStream(LongFunction<CompletableFuture<JsonNode>> pageAt, int pageSize, List<String> attributes,
            char delimiter) {
        this.pageAt = pageAt;
        this.pageSize = pageSize;
        this.attributes = List.copyOf(attributes);
        this.delimiter = delimiter;
        this.nextPage = pageAt.apply(0);
    }

    @Override
    public boolean hasNext() {
        while (page == null || position >= page.size()) {
            if (last || nextPage == null) {
                return false;
            }
            page = await(nextPage);
            if (!page.isArray()) {
                throw new OptimoveServerException("GET", "/current/customers/GetCustomerSendDetailsByChannel", 200,
                        null, "answered with something other than an array of rows", null);
            }
            position = 0;
            skip += page.size();
            last = page.size() < pageSize;
            nextPage = last ? null : pageAt.apply(skip);
        }
        return true;
    }

    private static JsonNode await(CompletableFuture<JsonNode> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    @Override
    public SendDetail next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return read(page.get(position++));
    }

    /** One row as a send detail, or as a rejection that says why it cannot be read. */
    SendDetail read(JsonNode row) {
        String customerId = row.path("CustomerID").isValueNode() && !row.path("CustomerID").isNull()
                ? row.path("CustomerID").asText() : "";
        if (customerId.isEmpty()) {
            return rejected(customerId, "the row has no CustomerID");
        }
        JsonNode template = row.path("TemplateID");
        if (!template.canConvertToLong() || (template.isTextual() && !template.asText().trim().matches("-?\\d+"))) {
            return rejected(customerId, "TemplateID is not a number");
        }
        long templateId = template.isTextual() ? Long.parseLong(template.asText().trim()) : template.asLong();
        LocalDateTime at;
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
        return SendDetail.builder().customerId(customerId).templateId(templateId).scheduledTime(at)
                .attributes(byName).build();
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

    /** Stops reading; the page in flight, if any, is abandoned. */
    @Override
    public void close() {
        if (nextPage != null) {
            try {
                nextPage.cancel(true);
            } catch (CancellationException ignored) {
                // nothing to release
            }
            nextPage = null;
        }
        last = true;
        page = null;
    }
}
