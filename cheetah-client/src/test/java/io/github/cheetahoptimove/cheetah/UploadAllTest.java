package io.github.cheetahoptimove.cheetah;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** uploadAll: batches by count and by bytes, streams, and maps rejects to stream-wide indexes. */
class UploadAllTest extends WireMockClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FOUR_MIB = 4 * 1024 * 1024;

    private static Record record(int i, String padding) {
        return Record.of("EMAIL", "user" + i + "@example.com", "NOTE", padding);
    }

    private List<JsonNode> sentBatches() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (LoggedRequest r : wm.findAll(postRequestedFor(urlPathEqualTo(API + "ListRecords")))) {
            assertThat(r.getBody().length).isLessThanOrEqualTo(FOUR_MIB);
            out.add(JSON.readTree(r.getBody()));
        }
        return out;
    }

    /** Batches may land in any order (two are on the wire at once): order them by their first record. */
    private static int firstUser(JsonNode batch) {
        String email = batch.get("records").get(0).get("data").get(0).get("value").asText();
        return Integer.parseInt(email.substring(4, email.indexOf('@')));
    }

    @Test
    void recordsAreChunkedAtOneThousandAndRejectsMappedToStreamIndexes() throws Exception {
        // Every batch rejects its record 5: stream indexes 5, 1005 and 2005.
        wm.stubFor(post(urlPathEqualTo(API + "ListRecords"))
                .willReturn(okJson("{\"accepted\":999,\"rejected\":[{\"index\":5,\"reason\":\"EMAIL is invalid\"}]}")));
        List<Integer> progress = new ArrayList<>();

        UploadResult result = client.lists().uploadAll(ListId.of(3100), DataMapId.of(55),
                IntStream.range(0, 2500).mapToObj(i -> record(i, "x")).iterator(),
                part -> progress.add((int) part.sent()));

        List<JsonNode> batches = sentBatches();
        batches.sort(java.util.Comparator.comparingInt(UploadAllTest::firstUser));
        assertThat(batches).extracting(b -> b.get("records").size()).containsExactly(1000, 1000, 500);
        assertThat(batches).allSatisfy(b -> assertThat(b.get("apiPostId").asLong()).isEqualTo(55));
        assertThat(firstUser(batches.get(1))).isEqualTo(1000);
        assertThat(progress).containsExactly(1000, 1000, 500);
        assertThat(result.batches()).isEqualTo(3);
        assertThat(result.accepted()).isEqualTo(999 * 3);
        assertThat(result.rejected()).extracting(RecordReject::index).containsExactly(5L, 1005L, 2005L);
    }

    @Test
    void rejectsOfEncodedRecordsCarryTheCallersKeyWhateverTheirBatch() throws Exception {
        // Every batch rejects its records 0 and 999: each reject must name the customer it came from,
        // however many batches were in flight when it was answered.
        wm.stubFor(post(urlPathEqualTo(API + "ListRecords")).willReturn(okJson("{\"accepted\":998,\"rejected\":["
                + "{\"index\":0,\"reason\":\"EMAIL is invalid\"},{\"index\":999,\"reason\":\"EMAIL is invalid\"}]}")));
        String[] names = {"EMAIL"};

        UploadResult result = client.lists().uploadAllEncoded(ListId.of(3100), DataMapId.of(55),
                IntStream.range(0, 5000).mapToObj(i -> EncodedRecord.encode("customer-" + i, names,
                        new String[] {"user" + i + "@example.com"})).iterator(), part -> { });

        assertThat(result.rejected()).hasSize(10).allSatisfy(r ->
                assertThat(r.key()).contains("customer-" + r.index()));
        assertThat(result.rejected()).extracting(RecordReject::index)
                .containsExactly(0L, 999L, 1000L, 1999L, 2000L, 2999L, 3000L, 3999L, 4000L, 4999L);
    }

    @Test
    void encodedRecordsSurviveAStoreAndReadWithTheirKeys() throws Exception {
        EncodedRecord keyed = EncodedRecord.encode("C-42", new String[] {"EMAIL", "FNAME"},
                new String[] {"ann@example.com", null});
        EncodedRecord bare = EncodedRecord.encode(null, Record.of("EMAIL", "bo@example.com"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        keyed.writeTo(out);
        bare.writeTo(out);

        java.io.InputStream in = new java.io.ByteArrayInputStream(out.toByteArray());
        EncodedRecord first = EncodedRecord.readFrom(in);
        EncodedRecord second = EncodedRecord.readFrom(in);

        assertThat(first.key()).contains("C-42");
        assertThat(first.bytes()).isEqualTo(keyed.bytes());
        assertThat(second.key()).isEmpty();
        assertThat(second.bytes()).isEqualTo(bare.bytes());
        assertThatThrownBy(() -> EncodedRecord.readFrom(in)).isInstanceOf(java.io.EOFException.class);
    }

    @Test
    void batchesAreSplitBeforeFourMebibytes() throws Exception {
        wm.stubFor(post(urlPathEqualTo(API + "ListRecords")).willReturn(okJson("{\"accepted\":1,\"rejected\":[]}")));
        String padding = "p".repeat(300 * 1024);

        client.lists().uploadAll(ListId.of(3100), DataMapId.of(55),
                Stream.concat(IntStream.range(0, 30).mapToObj(i -> record(i, padding)), Stream.empty()));

        List<JsonNode> batches = sentBatches();
        batches.sort(java.util.Comparator.comparingInt(UploadAllTest::firstUser));
        assertThat(batches).extracting(b -> b.get("records").size()).containsExactly(13, 13, 4);
        List<String> emails = new ArrayList<>();
        batches.forEach(b -> b.get("records").forEach(r -> emails.add(r.get("data").get(0).get("value").asText())));
        assertThat(emails).containsExactlyElementsOf(
                IntStream.range(0, 30).mapToObj(i -> "user" + i + "@example.com")::iterator);
    }

    @Test
    void recordAloneOverFourMebibytesIsRejectedLocallyAndTheRestSent() throws Exception {
        wm.stubFor(post(urlPathEqualTo(API + "ListRecords")).willReturn(okJson("{\"accepted\":2,\"rejected\":[]}")));

        UploadResult result = client.lists().uploadAll(ListId.of(3100), DataMapId.of(55), List.of(
                record(0, "a"), record(1, "b".repeat(FOUR_MIB)), record(2, "c")).iterator());

        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.reason()).contains("4 MiB");
        });
        assertThat(sentBatches()).singleElement().satisfies(b -> assertThat(b.get("records").size()).isEqualTo(2));
    }

    @Test
    void singleUploadOverTheRecordLimitIsRefusedBeforeSending() {
        List<Record> tooMany = IntStream.range(0, 1001).mapToObj(i -> record(i, "x")).collect(java.util.stream.Collectors.toList());

        assertThatThrownBy(() -> client.lists().upload(ListId.of(3100), DataMapId.of(55), tooMany))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uploadAll");
        wm.verify(0, postRequestedFor(urlPathEqualTo(API + "ListRecords")));
    }

    @Test
    void asyncUploadCompletesWithBatchResult() throws Exception {
        wm.stubFor(post(urlPathEqualTo(API + "ListRecords"))
                .willReturn(okJson("{\"accepted\":1,\"rejected\":[{\"index\":0,\"reason\":\"EMAIL is blank\"}]}")));

        UploadResult r = client.lists().uploadAsync(ListId.of(3100), DataMapId.of(55),
                List.of(Record.of("EMAIL", ""), record(1, "x"))).get();

        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejected()).containsExactly(RecordReject.of(0, "EMAIL is blank"));
    }

    @Test
    void asyncEncodedUploadSplitsAtTheLimitsAndCombinesRejectsWithTheirKeys() throws Exception {
        wm.stubFor(post(urlPathEqualTo(API + "ListRecords")).willReturn(okJson(
                "{\"accepted\":999,\"rejected\":[{\"index\":3,\"reason\":\"EMAIL is invalid\"}]}")));
        String[] names = {"EMAIL", "NOTE"};
        List<EncodedRecord> records = new ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            String note = i == 1500 ? "n".repeat(FOUR_MIB) : "x";
            records.add(EncodedRecord.encode("customer-" + i, names, new String[] {"user" + i + "@example.com", note}));
        }

        UploadResult r = client.lists().uploadEncodedAsync(ListId.of(3100), DataMapId.of(55), records).get();

        List<JsonNode> batches = sentBatches();
        batches.sort(java.util.Comparator.comparingInt(UploadAllTest::firstUser));
        assertThat(batches).extracting(b -> b.get("records").size()).containsExactly(1000, 1000, 99);
        assertThat(r.batches()).isEqualTo(3);
        assertThat(r.sent()).isEqualTo(2099);
        assertThat(r.rejected()).extracting(RecordReject::index).containsExactly(3L, 1003L, 1500L, 2004L);
        assertThat(r.rejected()).allSatisfy(x -> assertThat(x.key()).contains("customer-" + x.index()));
        assertThat(r.rejected().get(2).reason()).contains("4 MiB");
    }

    @Test
    void asyncEncodedUploadFailsWithTheTypedErrorOfAFailedCall() {
        wm.stubFor(post(urlPathEqualTo(API + "ListRecords")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"BAD_LIST\",\"message\":\"no such list\"}")));
        List<EncodedRecord> one = List.of(EncodedRecord.encode("C-1", new String[] {"EMAIL"},
                new String[] {"ann@example.com"}));

        assertThatThrownBy(() -> client.lists().uploadEncodedAsync(ListId.of(3100), DataMapId.of(55), one).join())
                .isInstanceOf(java.util.concurrent.CompletionException.class)
                .cause().isInstanceOf(ValidationException.class);
    }
}
