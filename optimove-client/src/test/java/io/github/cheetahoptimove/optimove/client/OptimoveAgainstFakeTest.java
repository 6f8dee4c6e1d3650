package io.github.cheetahoptimove.optimove.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.testkit.FakeOptimove;
import io.github.cheetahoptimove.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client against the stateful fake: paging with faults, both shapes, chunking, the rate limit. */
class OptimoveAgainstFakeTest {
    static final TestClock CLOCK = TestClock.at(Instant.parse("2026-11-30T06:00:00Z"));
    static final LocalDateTime TEN = LocalDateTime.parse("2026-11-30T10:00:00");
    static FakeOptimove fake;

    @BeforeAll
    static void start() {
        fake = FakeOptimove.builder().clock(CLOCK).rateLimit(0, Duration.ofSeconds(1))
                .campaign(1001, 504, TEN, 2_345, 9001, 9002).campaign(1002, 504, TEN, 10, 9001)
                .campaign(1003, 505, TEN, 10, 9001).start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void setUp() {
        fake.reset();
    }

    private static OptimoveClient client(int pageSize) {
        return OptimoveClient.builder().baseUrl(fake.baseUrl()).allowInsecureHttp().apiKey(fake.apiKey())
                .retries(4, Duration.ofMillis(5)).readTimeout(Duration.ofSeconds(2)).pageSize(pageSize).build();
    }

    private static List<SendDetail> readAll(OptimoveClient c, long campaignId, AttributeDelimiter d) {
        List<SendDetail> rows = new ArrayList<>();
        try (SendDetailStream s = c.sendDetails().stream(504, campaignId, List.of("Email", "FirstName"), d)) {
            s.forEachRemaining(rows::add);
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(FakeOptimove.Shape.class)
    void everyRowIsReadExactlyOnceAcrossPagesDespiteAFaultMidStream(FakeOptimove.Shape shape) {
        fake.shape(shape);
        fake.faults().on("GET", "GetCustomerSendDetailsByChannel").nth(3).respond(503);
        fake.faults().on("GET", "GetCustomerSendDetailsByChannel").nth(5).dropConnection();
        try (OptimoveClient c = client(500)) {
            List<SendDetail> rows = readAll(c, 1001, AttributeDelimiter.SEMICOLON);

            assertThat(rows).hasSize(2_345).allMatch(SendDetail::readable);
            Set<String> ids = new HashSet<>();
            rows.forEach(r -> ids.add(r.customerId()));
            assertThat(ids).hasSize(2_345);
            assertThat(rows.get(1).templateId()).isEqualTo(9002);
            assertThat(rows.get(1).attributes()).containsEntry("Email", "1001-1@example.com")
                    .containsEntry("FirstName", "Name1");
        }
    }

    @Test
    void theDaysCampaignsAreTheChannelsAndACancelledOneLeavesTheList() {
        try (OptimoveClient c = client(100)) {
            assertThat(c.campaigns().listExecuted(504, TEN.toLocalDate())).containsExactly(1001L, 1002L);
            fake.cancel(1002);
            assertThat(c.campaigns().listExecuted(504, TEN.toLocalDate())).containsExactly(1001L);
            assertThat(c.campaigns().listCanceledCustomers(1002)).hasSize(10);
            assertThat(c.campaigns().listExecuted(504, LocalDate.parse("2026-12-01"))).isEmpty();
        }
    }

    @Test
    void templatesOverAHundredAreAddedRenamedAndDeleted() {
        List<OptimoveTemplate> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(OptimoveTemplate.of(10_000 + i, "T" + i));
        }
        try (OptimoveClient c = client(100)) {
            c.channelTemplates().add(504, many);
            c.channelTemplates().add(504, List.of(OptimoveTemplate.of(10_000, "Renamed")));
            c.channelTemplates().delete(504, List.of(10_001L, 10_002L));

            assertThat(c.channelTemplates().list(504)).hasSize(248).contains(OptimoveTemplate.of(10_000, "Renamed"));
            assertThat(fake.requestCount("POST", "AddChannelTemplates")).isEqualTo(4);
        }
    }

    @Test
    void metricsAreChunkedBelowAHundredAndARepushReplacesValues() {
        List<CampaignMetric> rows = new ArrayList<>();
        for (long t = 0; t < 30; t++) {
            for (OptimoveMetric m : OptimoveMetric.values()) {
                rows.add(CampaignMetric.of(504, 1001, 9000 + t, m, t * 10 + m.id()));
            }
        }
        try (OptimoveClient c = client(100)) {
            assertThat(c.metrics().update(rows)).isEqualTo(3);
            c.metrics().update(rows);

            assertThat(fake.metricCount()).isEqualTo(270);
            assertThat(fake.metric(504, 1001, 9007, 6)).contains(76L);
        }
    }

    @Test
    void listenersAreRegisteredListedAndRemoved() {
        try (OptimoveClient c = client(100)) {
            c.eventListeners().register(EventListener.of(1, "http://127.0.0.1:1/s3cret", 504));
            c.eventListeners().register(EventListener.of(4, "http://127.0.0.1:1/s3cret", 504));
            c.eventListeners().unregister(4, 504);

            assertThat(c.eventListeners().list()).containsExactly(EventListener.of(1, "http://127.0.0.1:1/s3cret", 504));
            assertThat(EventListener.of(1, "http://127.0.0.1:1/s3cret", 504).toString()).doesNotContain("s3cret");
        }
    }

    @Test
    void manyThreadsShareOneWindowAndCollectAtMostAHandfulOf429s() throws Exception {
        try (FakeOptimove limited = FakeOptimove.builder().rateLimit(20, Duration.ofSeconds(1)).start();
                OptimoveClient c = OptimoveClient.builder().baseUrl(limited.baseUrl()).allowInsecureHttp()
                        .apiKey(limited.apiKey()).rateLimit(20, Duration.ofSeconds(1)).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> calls = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 70; i++) {
                calls.add(pool.submit(() -> c.channelTemplates().list(504)));
            }
            for (Future<?> f : calls) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(limited.rateLimitedAnswers()).as("429s").isLessThanOrEqualTo(3);
            assertThat(seconds).as("70 calls at 20 a second need three windows").isGreaterThan(2.9);
        }
    }
}
