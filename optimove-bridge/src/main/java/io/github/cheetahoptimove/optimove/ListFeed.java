package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.EncodedRecord;
import io.github.cheetahoptimove.cheetah.ListId;
import io.github.cheetahoptimove.cheetah.Lists;
import io.github.cheetahoptimove.cheetah.UploadResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Feeds one template's records to its list in batches of {@value #BATCH} without making the caller
 * wait for each answer: up to {@value #IN_FLIGHT} batches are on the wire (on OkHttp's dispatcher,
 * paced by the client) while the caller goes on reading its input. Answers are taken in order on
 * the caller's thread, so everything this class and its callbacks touch stays on one thread; no
 * thread of its own is started. The list is opened (found or created) when the first batch is
 * full, or at {@link #finish()}. Not thread-safe.
 */
final class ListFeed {
    /** Records a batch: the API's limit of a call. */
    static final int BATCH = 1000;
    /**
     * Batches handed to the client at once per template: more than the 10 calls a second the API
     * allows, so that one call sleeping a {@code Retry-After} second does not leave the pacer without
     * work; about 12 × 2 encoded batches (a few MB) are held per template at most.
     */
    static final int IN_FLIGHT = 12;

    private final Lists lists;
    private final DataMapId dataMapId;
    private final Supplier<ListId> opener;
    private final Consumer<UploadResult> onBatch;
    private final ArrayDeque<CompletableFuture<UploadResult>> inFlight = new ArrayDeque<>(IN_FLIGHT);
    private List<EncodedRecord> batch = new ArrayList<>(BATCH);
    private ListId list;
    private long accepted;

    /**
     * @param opener finds or creates the list; its exceptions pass through
     * @param onBatch hears each batch's answer, on the caller's thread, in order
     */
    ListFeed(Lists lists, DataMapId dataMapId, Supplier<ListId> opener, Consumer<UploadResult> onBatch) {
        this.lists = lists;
        this.dataMapId = dataMapId;
        this.opener = opener;
        this.onBatch = onBatch;
    }

    /** The list, opened now if it is not yet. */
    ListId open() {
        if (list == null) {
            list = opener.get();
        }
        return list;
    }

    /** Whether the list was opened: whether anything may have reached CheetahMail. */
    boolean opened() {
        return list != null;
    }

    /**
     * Adds a record; sends the batch when it is full, waiting first for the oldest answer when
     * {@value #IN_FLIGHT} are pending.
     *
     * @throws CheetahException when a batch sent earlier failed
     */
    void add(EncodedRecord record) {
        batch.add(record);
        if (batch.size() == BATCH) {
            send();
        } else {
            while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
                take(inFlight.poll());
            }
        }
    }

    /**
     * Sends what is left and waits for every answer.
     *
     * @return the records stored, over the whole feed
     * @throws CheetahException when a batch failed
     */
    long finish() {
        open();
        if (!batch.isEmpty()) {
            send();
        }
        while (!inFlight.isEmpty()) {
            take(inFlight.poll());
        }
        return accepted;
    }

    /**
     * Stops feeding: drops the unsent records and waits for the batches on the wire, ignoring their
     * answers, so that nothing of this feed is still moving when the execution returns.
     */
    void abandon() {
        batch.clear();
        while (!inFlight.isEmpty()) {
            try {
                inFlight.poll().join();
            } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
                // the execution already failed; this answer changes nothing
            }
        }
    }

    private void send() {
        ListId id = open();
        while (inFlight.size() >= IN_FLIGHT) {
            take(inFlight.poll());
        }
        inFlight.add(lists.uploadEncodedAsync(id, dataMapId, batch));
        batch = new ArrayList<>(BATCH);
    }

    private void take(CompletableFuture<UploadResult> answer) {
        UploadResult part;
        try {
            part = answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CheetahException) {
                throw (CheetahException) e.getCause();
            }
            throw e;
        }
        accepted += part.accepted();
        onBatch.accept(part);
    }
}
