package io.github.cheetahoptimove.optimove;

import static io.github.cheetahoptimove.optimove.BridgeFixture.recipient;
import static io.github.cheetahoptimove.optimove.BridgeFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeCheetahMailExtension;
import io.github.cheetahoptimove.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The daily flow under injected faults: after the faulty run and, where it did not finish, a rerun
 * of the same day, every template has exactly one campaign and one schedule, every valid customer
 * is in its list exactly once, every invalid one is reported, and nothing else was sent.
 */
class FaultToleranceTest {
    static final TestClock CLOCK = TestClock.at(Instant.parse("2026-11-28T06:00:00Z"));
    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant SEND_AT = Instant.parse("2026-11-28T10:00:00Z");
    static final List<String> INVALID = List.of("NOID", "BADMAIL", "BADPOINTS", "NOTEMPLATE", "DUP");

    @RegisterExtension
    static FakeCheetahMailExtension cheetah = FakeCheetahMailExtension.customized(b -> b.clock(CLOCK));

    private FakeCheetahMail fake;
    private final List<CheetahClient> clients = new ArrayList<>();

    @BeforeEach
    void setUp() {
        CLOCK.set(Instant.parse("2026-11-28T06:00:00Z"));
        fake = cheetah.fake();
    }

    @AfterEach
    void tearDown() {
        clients.forEach(CheetahClient::close);
    }

    private OptimoveBridge.Builder bridge() {
        CheetahClient client = BridgeFixture.client(fake, CLOCK);
        clients.add(client);
        return OptimoveBridge.builder().client(client).settings(BridgeFixture.settings()).clock(CLOCK);
    }

    static List<Recipient> validRecipients() {
        return valid(2200);
    }

    static OptimoveCampaign campaign() {
        List<Recipient> all = new ArrayList<>(validRecipients());
        all.add(recipient("NOID", 9001, "", "X"));
        all.add(recipient("BADMAIL", 9002, "bad mail@example.com", "X"));
        all.add(Recipient.of("BADPOINTS", 9001, Map.of("Email", "p@example.com", "LoyaltyPoints", "1,5")));
        all.add(recipient("NOTEMPLATE", 777, "t@example.com", "X"));
        all.add(recipient("DUP", 9002, "c1@example.com", "Again"));
        return BridgeFixture.campaign(31, LocalDateTime.parse("2026-11-28T10:00:00"), all);
    }

    private void runUntilDoneAndCheck(OptimoveBridge first) {
        DayReport day = first.runDay(DAY, List.of(campaign()));
        ExecutionReport report = day.execution(31).orElseThrow();
        fake.faults().clear();
        ExecutionReport rerun = bridge().build().runDay(DAY, List.of(campaign())).execution(31).orElseThrow();

        assertThat(rerun.succeeded()).as("rerun %s", rerun).isTrue();
        DeliveryInvariants.assertDeliveredExactlyOnce(fake, 31, DAY, validRecipients(), SEND_AT);
        DeliveryInvariants.assertRejectedWithReasons(rerun, INVALID);
        if (report.succeeded()) {
            DeliveryInvariants.assertRejectedWithReasons(report, INVALID);
        }
    }

    static Stream<Arguments> faults() {
        List<Arguments> out = new ArrayList<>();
        String[][] routes = {{"POST", "Token"}, {"GET", "Account"}, {"GET", "DataMaps"}, {"GET", "EmailTemplates"},
            {"GET", "Lists"}, {"POST", "Lists"}, {"POST", "ListRecords"}, {"GET", "EmailCampaign"},
            {"POST", "EmailCampaign"}, {"PUT", "EmailCampaign"}};
        for (String[] r : routes) {
            out.add(Arguments.of("429 storm on " + r[0] + " " + r[1], (Consumer<FakeCheetahMail>) f ->
                    f.faults().on(r[0], r[1]).times(3).respond(429, Duration.ofSeconds(2))));
            out.add(Arguments.of("dropped connection on " + r[0] + " " + r[1], (Consumer<FakeCheetahMail>) f ->
                    f.faults().on(r[0], r[1]).dropConnection()));
        }
        String[][] writes = {{"POST", "Lists"}, {"POST", "ListRecords"}, {"POST", "EmailCampaign"},
            {"PUT", "EmailCampaign"}};
        for (String[] w : writes) {
            for (int status : new int[] {500, 502, 503, 504}) {
                out.add(Arguments.of(status + " burst on " + w[0] + " " + w[1], (Consumer<FakeCheetahMail>) f ->
                        f.faults().on(w[0], w[1]).nth(2).times(4).respond(status)));
            }
            out.add(Arguments.of("answer delayed after acting on " + w[0] + " " + w[1],
                    (Consumer<FakeCheetahMail>) f -> f.faults().on(w[0], w[1]).actThenDelay(Duration.ofMillis(1500))));
            out.add(Arguments.of("every answer delayed after acting on " + w[0] + " " + w[1],
                    (Consumer<FakeCheetahMail>) f -> f.faults().on(w[0], w[1]).always()
                            .actThenDelay(Duration.ofMillis(1000))));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultThenRerunDeliversEveryValidCustomerExactlyOnce(String name, Consumer<FakeCheetahMail> inject) {
        inject.accept(fake);

        runUntilDoneAndCheck(bridge().build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metricsFaults")
    void metricsRideOutFaultsOnTheStatsRoute(String name, Consumer<FakeCheetahMail> inject) {
        OptimoveBridge b = bridge().build();
        b.execute(campaign());
        CLOCK.advance(Duration.ofDays(1));
        fake.sendDue();
        inject.accept(fake);

        int statsCallsBefore = fake.requestCount("GET", "CampaignStats");

        List<MetricRow> rows = b.metrics(DAY.plusDays(1), List.of(campaign()));

        assertThat(rows).hasSize(2 * OptimoveBridge.metricNames().size());
        assertThat(fake.requestCount("GET", "CampaignStats") - statsCallsBefore).as("calls reached the fake")
                .isGreaterThanOrEqualTo(2);
        assertThat(rows).filteredOn(r -> r.metric().equals("Sent")).extracting(MetricRow::value)
                .containsExactly(1100L, 1100L);
    }

    static Stream<Arguments> metricsFaults() {
        return Stream.of(
                Arguments.of("429 storm on GET CampaignStats", (Consumer<FakeCheetahMail>) f ->
                        f.faults().on("GET", "CampaignStats").times(3).respond(429, Duration.ofSeconds(1))),
                Arguments.of("503 burst on GET CampaignStats", (Consumer<FakeCheetahMail>) f ->
                        f.faults().on("GET", "CampaignStats").times(2).respond(503)),
                Arguments.of("dropped connection on GET CampaignStats", (Consumer<FakeCheetahMail>) f ->
                        f.faults().on("GET", "CampaignStats").dropConnection()),
                Arguments.of("expired tokens before metrics", (Consumer<FakeCheetahMail>) FakeCheetahMail::expireAllTokens));
    }

    @Test
    void cancelRidesOutBurstsOnTheDeleteRoute() {
        OptimoveBridge b = bridge().build();
        b.execute(campaign());
        fake.faults().on("DELETE", "EmailCampaign").times(2).respond(503);
        fake.faults().on("PUT", "EmailCampaign").dropConnection();

        CancelReport report = b.cancel(31, DAY);

        assertThat(report.complete()).isTrue();
        assertThat(report.cancelled()).hasSize(2);
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void tokensExpiringInTheMiddleOfAnUploadAreReplaced() {
        AtomicBoolean expired = new AtomicBoolean();
        OptimoveBridge b = bridge().progressListener(new ProgressListener() {
            @Override
            public void uploaded(long campaignId, long templateId, long total) {
                if (expired.compareAndSet(false, true)) {
                    fake.expireAllTokens();
                }
            }
        }).build();

        ExecutionReport report = b.execute(campaign());

        assertThat(report.succeeded()).isTrue();
        assertThat(fake.tokenRequests()).isEqualTo(2);
        DeliveryInvariants.assertDeliveredExactlyOnce(fake, 31, DAY, validRecipients(), SEND_AT);
    }

    @Test
    void twoHostsRunningTheSameDayWithAShedLockCreateEachCampaignOnce() throws Exception {
        ExecutionLock lock = ShedLockExecutionLock.of(new InMemoryLockProvider())
                .withTimings(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMillis(20));
        OptimoveBridge hostA = bridge().lock(lock).build();
        OptimoveBridge hostB = bridge().lock(lock).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<DayReport> a = pool.submit(() -> {
                start.await();
                return hostA.runDay(DAY, List.of(campaign()));
            });
            Future<DayReport> b = pool.submit(() -> {
                start.await();
                return hostB.runDay(DAY, List.of(campaign()));
            });
            start.countDown();
            ExecutionReport ra = a.get(60, TimeUnit.SECONDS).execution(31).orElseThrow();
            ExecutionReport rb = b.get(60, TimeUnit.SECONDS).execution(31).orElseThrow();

            assertThat(ra.succeeded()).isTrue();
            assertThat(rb.succeeded()).isTrue();
            assertThat(Stream.of(ra, rb).filter(r -> r.templates().stream()
                    .filter(t -> t.cheetahCampaignId().isPresent()).allMatch(TemplateReport::alreadyDone)))
                    .as("one host found the other's work").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        DeliveryInvariants.assertDeliveredExactlyOnce(fake, 31, DAY, validRecipients(), SEND_AT);
    }

    /** A LockProvider keeping locks in this JVM: enough to stand for a shared store in a test. */
    static final class InMemoryLockProvider implements LockProvider {
        private final Map<String, Instant> held = new ConcurrentHashMap<>();

        @Override
        public Optional<SimpleLock> lock(LockConfiguration config) {
            Instant now = Instant.now();
            boolean[] got = {false};
            held.compute(config.getName(), (name, until) -> {
                if (until == null || until.isBefore(now)) {
                    got[0] = true;
                    return config.getLockAtMostUntil();
                }
                return until;
            });
            return got[0] ? Optional.of(() -> held.remove(config.getName())) : Optional.empty();
        }
    }
}
