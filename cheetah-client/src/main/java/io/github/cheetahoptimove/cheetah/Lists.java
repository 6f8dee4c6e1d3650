package io.github.cheetahoptimove.cheetah;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
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
 * ListId list = client.lists().create(NewList.of(cust, "spring-sale", map));
 * UploadResult r = client.lists().uploadAll(list, map, records.iterator());
 * }</pre>
 */
public final class Lists {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** Batches on the wire at once while the next one is filled. */
    private static final int IN_FLIGHT = 2;

    private final CheetahApi api;
    private final Calls calls;

    Lists(CheetahApi api, Calls calls) {
        this.api = api;
        this.calls = calls;
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
        return toResult(batch.indexes(), batch.keys(), calls.execute(api.uploadRecords(listId.value(), body(batch))));
    }

    /** {@link #upload} without blocking: the future fails with a {@link CheetahException}. */
    public CompletableFuture<UploadResult> uploadAsync(ListId listId, DataMapId dataMapId, List<Record> records) {
        RecordBatcher batch = batchOf(dataMapId, records);
        long[] indexes = batch.indexes();
        byte[][] keys = batch.keys();
        return calls.executeAsync(api.uploadRecords(listId.value(), body(batch)))
                .thenApply(d -> toResult(indexes, keys, d));
    }

    /**
     * Uploads encoded records without blocking: in as many {@code ListRecords} calls as the limits
     * need (1,000 records and 4 MiB a call), all handed to OkHttp's dispatcher at once and paced
     * like every call. Made for a caller that fills several lists at once while it still reads its
     * input, and bounds what it keeps in flight itself; {@link #uploadAllEncoded} is simpler for one
     * list read from one iterator. A record that alone serializes to more than 4 MiB is rejected here
     * without being sent.
     *
     * @return the combined outcome, reject indexes counting from 0 in {@code records}, each reject
     *     carrying its record's {@link RecordReject#key() key}; it fails with the
     *     {@link CheetahException} of the first call that failed (records are upserts, so uploading
     *     the same records again is safe)
     */
    public CompletableFuture<UploadResult> uploadEncodedAsync(ListId listId, DataMapId dataMapId,
            List<EncodedRecord> records) {
        RecordBatcher batcher = new RecordBatcher(dataMapId.value());
        List<InFlight> sent = new ArrayList<>();
        List<RecordReject> refused = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            EncodedRecord record = records.get(i);
            RecordBatcher.Added added = batcher.add(record, i);
            if (added == RecordBatcher.Added.FULL) {
                sent.add(send(listId, batcher));
                added = batcher.add(record, i);
            }
            if (added == RecordBatcher.Added.TOO_LARGE) {
                refused.add(tooLarge(i, record.key().orElse(null)));
            }
        }
        if (batcher.count() > 0) {
            sent.add(send(listId, batcher));
        }
        CompletableFuture<?>[] answers = sent.stream().map(f -> f.answer).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(answers).thenApply(done -> {
            Totals totals = new Totals();
            totals.rejected.addAll(refused);
            for (InFlight f : sent) {
                totals.count(toResult(f.indexes, f.keys, f.answer.join()));
            }
            return totals.result();
        });
    }

    /** {@link #uploadAll(ListId, DataMapId, Iterator, Consumer)} without a progress callback. */
    public UploadResult uploadAll(ListId listId, DataMapId dataMapId, Iterator<Record> records) {
        return uploadAll(listId, dataMapId, records, batch -> { });
    }

    /** {@link #uploadAll(ListId, DataMapId, Iterator, Consumer)} over a stream, which it closes. */
    public UploadResult uploadAll(ListId listId, DataMapId dataMapId, Stream<Record> records) {
        try (Stream<Record> s = records) {
            return uploadAll(listId, dataMapId, s.iterator(), batch -> { });
        }
    }

    /**
     * Uploads any number of records in batches of at most 1,000 records and 4 MiB. Up to two batches
     * are on the wire (on OkHttp's dispatcher) while the next is filled, so encoding overlaps the
     * network; memory holds those three batches at most. Records are upserts, so the order in which
     * two batches land does not matter. A record that alone serializes to more than 4 MiB is
     * rejected here without being sent.
     *
     * @param progress hears each batch's outcome as it completes (and each record refused before
     *     sending, as a result with {@code sent() == 0}), on the calling thread, in stream order;
     *     keep it quick
     * @return the totals; reject indexes count from 0 in the whole iteration, in order
     */
    public UploadResult uploadAll(ListId listId, DataMapId dataMapId, Iterator<Record> records,
            Consumer<UploadResult> progress) {
        return pipeline(listId, dataMapId, records, RecordBatcher::add, progress);
    }

    /**
     * Like {@link #uploadAll(ListId, DataMapId, Iterator, Consumer)}, for records encoded earlier
     * with {@link EncodedRecord#encode}: they are sent as they are, without being encoded again, and
     * each reject carries its record's {@link RecordReject#key() key}.
     */
    public UploadResult uploadAllEncoded(ListId listId, DataMapId dataMapId, Iterator<EncodedRecord> records,
            Consumer<UploadResult> progress) {
        return pipeline(listId, dataMapId, records, RecordBatcher::add, progress);
    }

    @FunctionalInterface
    private interface Adder<T> {
        RecordBatcher.Added add(RecordBatcher batcher, T item, long index);
    }

    /** A batch on the wire: its answer to come, and the stream indexes and keys of its records. */
    private static final class InFlight {
        final CompletableFuture<Wire.UploadResultDto> answer;
        final long[] indexes;
        final byte[][] keys;

        InFlight(CompletableFuture<Wire.UploadResultDto> answer, long[] indexes, byte[][] keys) {
            this.answer = answer;
            this.indexes = indexes;
            this.keys = keys;
        }
    }

    private <T> UploadResult pipeline(ListId listId, DataMapId dataMapId, Iterator<T> items, Adder<T> adder,
            Consumer<UploadResult> progress) {
        RecordBatcher batcher = new RecordBatcher(dataMapId.value());
        Totals totals = new Totals();
        ArrayDeque<InFlight> inFlight = new ArrayDeque<>(IN_FLIGHT);
        long index = 0;
        while (items.hasNext()) {
            T item = items.next();
            RecordBatcher.Added added = adder.add(batcher, item, index);
            if (added == RecordBatcher.Added.FULL) {
                if (inFlight.size() == IN_FLIGHT) {
                    totals.add(inFlight.poll(), progress);
                }
                inFlight.add(send(listId, batcher));
                added = adder.add(batcher, item, index);
            }
            if (added == RecordBatcher.Added.TOO_LARGE) {
                String key = item instanceof EncodedRecord ? ((EncodedRecord) item).key().orElse(null) : null;
                RecordReject reject = tooLarge(index, key);
                totals.rejected.add(reject);
                progress.accept(UploadResult.builder().sent(0).accepted(0).addRejected(reject).batches(0).build());
            }
            index++;
        }
        if (batcher.count() > 0) {
            inFlight.add(send(listId, batcher));
        }
        while (!inFlight.isEmpty()) {
            totals.add(inFlight.poll(), progress);
        }
        return totals.result();
    }

    private static RecordReject tooLarge(long index, String key) {
        return RecordReject.of(index, key, "record is over the 4 MiB limit of a call when serialized");
    }

    private InFlight send(ListId listId, RecordBatcher batcher) {
        InFlight f = new InFlight(calls.executeAsync(api.uploadRecords(listId.value(), body(batcher))),
                batcher.indexes(), batcher.keys());
        batcher.clear();
        return f;
    }

    /** What the batches added up to so far. */
    private static final class Totals {
        final List<RecordReject> rejected = new ArrayList<>();
        long sent;
        long accepted;
        int batches;

        /** Waits for the batch's answer (on this thread) and counts it. */
        void add(InFlight f, Consumer<UploadResult> progress) {
            Wire.UploadResultDto dto;
            try {
                dto = f.answer.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof CheetahException) {
                    throw (CheetahException) e.getCause();
                }
                throw e;
            }
            UploadResult part = toResult(f.indexes, f.keys, dto);
            count(part);
            progress.accept(part);
        }

        void count(UploadResult part) {
            sent += part.sent();
            accepted += part.accepted();
            rejected.addAll(part.rejected());
            batches++;
        }

        UploadResult result() {
            rejected.sort(Comparator.comparingLong(RecordReject::index));
            return UploadResult.builder().sent(sent).accepted(accepted).rejected(rejected).batches(batches).build();
        }
    }

    private RecordBatcher batchOf(DataMapId dataMapId, List<Record> records) {
        if (records.size() > RecordBatcher.MAX_RECORDS) {
            throw new IllegalArgumentException("a batch holds at most " + RecordBatcher.MAX_RECORDS
                    + " records, got " + records.size() + "; use uploadAll to split them");
        }
        RecordBatcher batcher = new RecordBatcher(dataMapId.value());
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

    private static UploadResult toResult(long[] indexes, byte[][] keys, Wire.UploadResultDto dto) {
        List<RecordReject> rejected = new ArrayList<>();
        if (dto.rejected != null) {
            for (Wire.RejectDto r : dto.rejected) {
                boolean known = r.index >= 0 && r.index < indexes.length;
                long index = known ? indexes[r.index] : r.index;
                String key = known && keys[r.index] != null ? new String(keys[r.index], StandardCharsets.UTF_8) : null;
                rejected.add(RecordReject.of(index, key, r.reason == null ? "rejected" : r.reason));
            }
        }
        return UploadResult.builder().sent(indexes.length).accepted(dto.accepted).rejected(rejected).batches(1)
                .build();
    }
}
