package io.github.cheetahoptimove.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.EventReport;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.client.EventListener;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeOptimove;
import io.github.cheetahoptimove.testkit.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the bridge guide's Optimove samples on both fakes. */
class OptimoveGuideSamplesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.now(BERLIN).plusDays(1);

    private static IntegrationSettings settings() {
        return IntegrationSettings.builder().custId(CustId.of(1234)).folderId(FolderId.of(77))
                .dataMapId(DataMapId.of(55)).identifierAttribute("Email").identifierField("EMAIL")
                .putFields("FirstName", "FNAME").build();
    }

    private static CheetahClient client(FakeCheetahMail fake) {
        return CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp().consumerKey(fake.consumerKey())
                .consumerSecret(fake.consumerSecret()).build();
    }

    @Test
    void theOptimoveDaySampleExecutesTheChannelsCampaigns() {
        TestClock clock = TestClock.at(Instant.now());
        try (FakeCheetahMail cheetah = FakeCheetahMail.builder().clock(clock).start();
                FakeOptimove optimove = FakeOptimove.builder().clock(clock)
                        .campaign(1001, 504, DAY.atTime(10, 0), 20, 9001).start();
                CheetahClient client = client(cheetah)) {
            DayReport day = OptimoveGuideSamples.optimoveDay(client, settings(), optimove.baseUrl(), optimove.apiKey(),
                    DAY);

            assertThat(day.execution(1001).orElseThrow().succeeded()).isTrue();
            assertThat(optimove.channelTemplates(504)).hasSize(3);
            assertThat(cheetah.campaigns()).hasSize(1);
        }
    }

    @Test
    void theListenerSampleAnswersAtOnceAndExecutesTheNotifiedCampaign() throws Exception {
        TestClock clock = TestClock.at(Instant.now());
        ExecutorService worker = Executors.newSingleThreadExecutor();
        BlockingQueue<EventReport> reports = new LinkedBlockingQueue<>();
        try (FakeCheetahMail cheetah = FakeCheetahMail.builder().clock(clock).start();
                FakeOptimove optimove = FakeOptimove.builder().clock(clock).siteZone(BERLIN)
                        .campaign(1001, 504, DAY.atTime(10, 0), 20, 9001).start();
                CheetahClient client = client(cheetah);
                OptimoveClient optimoveClient = OptimoveClient.builder().baseUrl(optimove.baseUrl())
                        .allowInsecureHttp().apiKey(optimove.apiKey()).build()) {
            OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(settings())
                    .optimove(optimoveClient, 504, BERLIN).build();
            HttpServer server = OptimoveGuideSamples.listener(bridge, worker, 0, "s3cret-7f2a", reports::add);
            try {
                optimoveClient.eventListeners().register(EventListener.of(1,
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/optimove/s3cret-7f2a", 504));

                assertThat(optimove.notifyListeners(1, 1001, 504)).containsExactly(200);
                EventReport report = reports.poll(30, TimeUnit.SECONDS);

                assertThat(report).isNotNull();
                assertThat(report.action()).isEqualTo(EventReport.Action.EXECUTED);
                assertThat(report.succeeded()).isTrue();
                assertThat(cheetah.campaigns()).hasSize(1);
            } finally {
                server.stop(0);
            }
        } finally {
            worker.shutdownNow();
        }
    }
}
