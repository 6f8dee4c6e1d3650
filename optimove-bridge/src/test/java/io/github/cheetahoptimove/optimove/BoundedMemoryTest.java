package io.github.cheetahoptimove.optimove;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Memory stays bounded: a campaign far larger than the heap runs in a child JVM started with
 * {@code -Xmx32m} (holding its recipients would take several times that), against the fake in this
 * JVM. The benchmark module runs the same with 10 million recipients under {@code -Xmx128m}.
 */
class BoundedMemoryTest {
    static final int RECIPIENTS = 200_000;

    @Test
    void campaignLargerThanTheHeapRunsInASmallHeap() throws Exception {
        try (FakeCheetahMail fake = FakeCheetahMail.builder().start()) {
            Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx32m", "-cp", System.getProperty("java.class.path"), Child.class.getName(), fake.baseUrl(),
                    fake.consumerKey(), fake.consumerSecret(), fake.clientId(), Integer.toString(RECIPIENTS))
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).contains("accepted=" + RECIPIENTS);
            assertThat(fake.listByName("optimove-9-9001-20300101").orElseThrow().records()).hasSize(RECIPIENTS / 2);
            assertThat(fake.listByName("optimove-9-9002-20300101").orElseThrow().records()).hasSize(RECIPIENTS / 2);
        }
    }

    /** The child JVM: one execution of generated recipients. */
    public static final class Child {
        private Child() {}

        public static void main(String[] args) throws IOException {
            long n = Long.parseLong(args[4]);
            IntegrationSettings settings = IntegrationSettings.builder().custId(CustId.of(1234))
                    .folderId(FolderId.of(77)).dataMapId(DataMapId.of(55)).identifierAttribute("Email")
                    .identifierField("EMAIL").putFields("FirstName", "FNAME").putFields("FavoriteDepartment", "FAV_DEPT")
                    .accountZone(ZoneOffset.UTC).build();
            OptimoveCampaign campaign = OptimoveCampaign.builder().campaignId(9).channelId(1)
                    .scheduledTime(LocalDateTime.parse("2030-01-01T10:00:00")).siteZone(ZoneOffset.UTC)
                    .recipients(() -> LongStream.range(0, n).mapToObj(i -> Recipient.of("customer-" + i,
                            i % 2 == 0 ? 9001 : 9002, Map.of("Email", "person" + i + "@example.com",
                                    "FirstName", "First name of customer number " + i,
                                    "FavoriteDepartment", "Department " + (i % 50)))))
                    .build();
            try (CheetahClient client = CheetahClient.builder().endpoint(args[0]).allowInsecureHttp()
                    .consumerKey(args[1]).consumerSecret(args[2]).clientId(args[3])
                    .maxRequestsPerSecond(0).build()) { // the fake has no limit: measure memory, not pacing
                ExecutionReport report = OptimoveBridge.builder().client(client).settings(settings).build()
                        .execute(campaign);
                long accepted = report.templates().stream().mapToLong(TemplateReport::accepted).sum();
                System.out.println("accepted=" + accepted + " succeeded=" + report.succeeded() + " errors="
                        + List.of(report.failure().map(ExecutionFailure::message).orElse("-")));
                System.exit(report.succeeded() && accepted == n ? 0 : 1);
            }
        }
    }
}
