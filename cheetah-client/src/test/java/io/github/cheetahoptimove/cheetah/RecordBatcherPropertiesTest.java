package io.github.cheetahoptimove.cheetah;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The chunker: every record in exactly one batch, in order, no batch over its record or byte limit. */
class RecordBatcherPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<List<Record>> records() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '\u00ff')
                .withChars('"', '\\', '\n', '\t', '\u0001', '\u001f').ofMinLength(0).ofMaxLength(400);
        Arbitrary<String> values = Arbitraries.oneOf(text, text.map(s -> s + "\uD83D\uDE00 \u4E2D"));
        Arbitrary<Record> record = Combinators.combine(Arbitraries.integers().between(0, 1_000_000), values, values)
                .as((id, a, b) -> Record.of("EMAIL", "u" + id + "@example.com", "A", a, "B", b));
        return record.list().ofMinSize(0).ofMaxSize(300);
    }

    @Property(tries = 200)
    void everyRecordLandsInExactlyOneBatchInOrderWithinTheLimits(@ForAll("records") List<Record> records,
            @ForAll @IntRange(min = 1, max = 40) int maxRecords, @ForAll @IntRange(min = 600, max = 20_000) int maxBytes)
            throws IOException {
        RecordBatcher batcher = new RecordBatcher(55, maxRecords, maxBytes);
        List<byte[]> bodies = new ArrayList<>();
        List<Long> sentIndexes = new ArrayList<>();
        List<Long> tooLarge = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RecordBatcher.Added added = batcher.add(records.get(i), i);
            if (added == RecordBatcher.Added.FULL) {
                flush(batcher, bodies, sentIndexes);
                added = batcher.add(records.get(i), i);
            }
            if (added == RecordBatcher.Added.TOO_LARGE) {
                tooLarge.add((long) i);
            }
            assertThat(added).isNotEqualTo(RecordBatcher.Added.FULL);
        }
        if (batcher.count() > 0) {
            flush(batcher, bodies, sentIndexes);
        }

        List<Long> all = new ArrayList<>(sentIndexes);
        all.addAll(tooLarge);
        all.sort(null);
        assertThat(all).hasSize(records.size()).doesNotHaveDuplicates();
        assertThat(sentIndexes).isSorted();
        int position = 0;
        for (byte[] body : bodies) {
            assertThat(body.length).isLessThanOrEqualTo(maxBytes);
            JsonNode tree = JSON.readTree(body);
            assertThat(tree.get("apiPostId").asLong()).isEqualTo(55);
            assertThat(tree.get("records").size()).isBetween(1, maxRecords);
            for (JsonNode r : tree.get("records")) {
                Record expected = records.get(sentIndexes.get(position++).intValue());
                assertThat(r.get("data").get(0).get("value").asText()).isEqualTo(expected.value("EMAIL"));
                assertThat(r.get("data").get(1).get("value").asText()).isEqualTo(expected.value("A"));
                assertThat(r.get("data").get(2).get("value").asText()).isEqualTo(expected.value("B"));
            }
        }
        assertThat(position).isEqualTo(sentIndexes.size());
    }

    private static void flush(RecordBatcher batcher, List<byte[]> bodies, List<Long> indexes) {
        bodies.add(batcher.body());
        for (long index : batcher.indexes()) {
            indexes.add(index);
        }
        batcher.clear();
    }
}
