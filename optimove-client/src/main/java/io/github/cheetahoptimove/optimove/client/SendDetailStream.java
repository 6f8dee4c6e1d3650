package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
    private final RowReader rows;
    private JsonNode page;
    private int position;
    private long skip;
    private CompletableFuture<JsonNode> nextPage;
    private boolean last;

    SendDetailStream(LongFunction<CompletableFuture<JsonNode>> pageAt, int pageSize, List<String> attributes,
            char delimiter) {
        this.pageAt = pageAt;
        this.pageSize = pageSize;
        this.rows = new RowReader(attributes, delimiter);
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
        return rows.read(row, true);
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
