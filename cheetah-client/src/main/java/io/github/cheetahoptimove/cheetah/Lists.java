package io.github.cheetahoptimove.cheetah;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.cheetahoptimove.cheetah.internal.CheetahApi;
import io.github.cheetahoptimove.cheetah.internal.Calls;
import io.github.cheetahoptimove.cheetah.internal.RecordBatcher;
import io.github.cheetahoptimove.cheetah.internal.Wire;
import io.github.cheetahoptimove.cheetah.internal.WireMapping;
import io.github.cheetahoptimove.cheetah.model.DataMapId;
import io.github.cheetahoptimove.cheetah.model.ListId;
import io.github.cheetahoptimove.cheetah.model.NewList;
import io.github.cheetahoptimove.cheetah.model.Record;
import io.github.cheetahoptimove.cheetah.model.RecordReject;
import io.github.cheetahoptimove.cheetah.model.TargetList;
import io.github.cheetahoptimove.cheetah.model.UploadResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Target lists and their records. Thread-safe; get it from {@link CheetahClient#lists()}.
 *
 * <p>Records are upserted by the data map's unique field: uploading a record twice leaves one.
 * Uploads are therefore repeated after a lost answer; creating a list is not (see
 * {@link AmbiguousOutcomeException}).
 *
 * <pre>{@code
 * ListId list = client.lists().create(NewList.builder().custId(cust).name("spring-sale").dataMapId(map).build());
 * UploadResult r = client.lists().uploadAll(list, map, records.iterator());
 * }</pre>
 */
public final class Lists {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final CheetahApi api;
    private final Calls calls;
    private final JsonFactory jsonFactory;

    Lists(CheetahApi api, Calls calls, JsonFactory jsonFactory) {
        this.api = api;
        this.calls = calls;
        this.jsonFactory = jsonFactory;
    }

    /**
     * Creates a list.
     *
     * @throws ConflictException when the name is taken
     * @throws AmbiguousOutcomeException when the answer was lost: look it up with {@link #findByName}
     */
    public ListId create(NewList list) {
        return ListId.of(calls.execute(api.createList(WireMapping.newList(list))).id);
    }

    /** The list of exactly that name, if there is one. */
    public Optional<TargetList> findByName(String name) {
        Wire.PageDto<Wire.ListDto> page = calls.execute(api.listsByName(name));
        if (page.items == null) {
            return Optional.empty();
        }
        return page.items.stream().filter(l -> name.equals(l.name)).findFirst().map(WireMapping::list);
    }

    /**
     * The list of that id, with its record count.
     *
     * @throws NotFoundException when there is none
     */
    public TargetList get(ListId id) {
        return WireMapping.list(calls.execute(api.list(id.value())));
    }

    /** Deletes the list. */
    public void delete(ListId id) {
        calls.execute(api.deleteList(id.value()));
    }

    /**
     * Uploads one batch of at most 1,000 records and 4 MiB of JSON.
     *
     * @return the outcome; reject indexes count from 0 in {@code records}
     * @throws IllegalArgumentException when the batch is over a limit (use {@link #uploadAll})
     */
    public UploadResult upload(ListId listId, DataMapId dataMapId, List<Record> records) {
        RecordBatcher batch = batchOf(dataMapId, records);
        return toResult(batch, calls.execute(api.uploadRecords(listId.value(), body(batch))));
    }

    /** {@link #upload} without blocking: the future fails with a {@link CheetahException}. */
    public CompletableFuture<UploadResult> uploadAsync(ListId listId, DataMapId dataMapId, List<Record> records) {
        RecordBatcher batch = batchOf(dataMapId, records);
        return calls.executeAsync(api.uploadRecords(listId.value(), body(batch))).thenApply(d -> toResult(batch, d));
    }

    /** {@link #uploadAll(ListId, DataMapId, Iterator, UploadListener)} without a listener. */
    public UploadResult uploadAll(ListId listId, DataMapId dataMapId, Iterator<Record> records) {
        return uploadAll(listId, dataMapId, records, UploadListener.NONE);
    }

    /** {@link #uploadAll(ListId, DataMapId, Iterator, UploadListener)} over a stream, which it closes. */
    public UploadResult uploadAll(ListId listId, DataMapId dataMapId, Stream<Record> records) {
        try (Stream<Record> s = records) {
            return uploadAll(listId, dataMapId, s.iterator(), UploadListener.NONE);
        }
    }

    /**
     * Uploads any number of records in batches of at most 1,000 records and 4 MiB, one batch after
     * another, holding only the current batch in memory. A record that alone serializes to more than
     * 4 MiB is rejected here without being sent.
     *
     * @return the totals; reject indexes count from 0 in the whole iteration, in order
     */
    public UploadResult uploadAll(ListId listId, DataMapId dataMapId, Iterator<Record> records,
            UploadListener listener) {
        RecordBatcher batcher = new RecordBatcher(jsonFactory, dataMapId.value());
        List<RecordReject> rejected = new ArrayList<>();
        long accepted = 0;
        int batches = 0;
        long index = 0;
        while (records.hasNext()) {
            Record r = records.next();
            RecordBatcher.Added added = batcher.add(r, index);
            if (added == RecordBatcher.Added.FULL) {
                UploadResult part = send(listId, batcher, listener);
                accepted += part.accepted();
                rejected.addAll(part.rejected());
                batches++;
                added = batcher.add(r, index);
            }
            if (added == RecordBatcher.Added.TOO_LARGE) {
                RecordReject reject = RecordReject.of(index, "record is over the 4 MiB limit of a call when serialized");
                rejected.add(reject);
                listener.onBatch(0, UploadResult.builder().accepted(0).addRejected(reject).batches(0).build());
            }
            index++;
        }
        if (batcher.count() > 0) {
            UploadResult part = send(listId, batcher, listener);
            accepted += part.accepted();
            rejected.addAll(part.rejected());
            batches++;
        }
        rejected.sort(Comparator.comparingLong(RecordReject::index));
        return UploadResult.builder().accepted(accepted).rejected(rejected).batches(batches).build();
    }

    private UploadResult send(ListId listId, RecordBatcher batcher, UploadListener listener) {
        int sent = batcher.count();
        UploadResult part = toResult(batcher, calls.execute(api.uploadRecords(listId.value(), body(batcher))));
        batcher.clear();
        listener.onBatch(sent, part);
        return part;
    }

    private RecordBatcher batchOf(DataMapId dataMapId, List<Record> records) {
        if (records.size() > RecordBatcher.MAX_RECORDS) {
            throw new IllegalArgumentException("a batch holds at most " + RecordBatcher.MAX_RECORDS
                    + " records, got " + records.size() + "; use uploadAll to split them");
        }
        RecordBatcher batcher = new RecordBatcher(jsonFactory, dataMapId.value());
        for (int i = 0; i < records.size(); i++) {
            if (batcher.add(records.get(i), i) != RecordBatcher.Added.ADDED) {
                throw new IllegalArgumentException("the batch is over the 4 MiB limit at record " + i
                        + "; use uploadAll to split it");
            }
        }
        return batcher;
    }

    private static RequestBody body(RecordBatcher batcher) {
        return RequestBody.create(batcher.body(), JSON);
    }

    private static UploadResult toResult(RecordBatcher batch, Wire.UploadResultDto dto) {
        List<RecordReject> rejected = new ArrayList<>();
        if (dto.rejected != null) {
            for (Wire.RejectDto r : dto.rejected) {
                long index = r.index >= 0 && r.index < batch.count() ? batch.indexOf(r.index) : r.index;
                rejected.add(RecordReject.of(index, r.reason == null ? "rejected" : r.reason));
            }
        }
        return UploadResult.builder().accepted(dto.accepted).rejected(rejected).batches(1).build();
    }
}
