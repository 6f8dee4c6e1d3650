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
import io.github.cheetahoptimove.cheetah.model.DataMapId;
import io.github.cheetahoptimove.cheetah.model.ListId;
import io.github.cheetahoptimove.cheetah.model.Record;
import io.github.cheetahoptimove.cheetah.model.RecordReject;
import io.github.cheetahoptimove.cheetah.model.UploadResult;
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
        return Record.builder().field("EMAIL", "user" + i + "@example.com").field("NOTE", padding).build();
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
                (sent, part) -> progress.add(sent));

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
                List.of(Record.builder().field("EMAIL", "").build(), record(1, "x"))).get();

        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejected()).containsExactly(RecordReject.of(0, "EMAIL is blank"));
    }
}
