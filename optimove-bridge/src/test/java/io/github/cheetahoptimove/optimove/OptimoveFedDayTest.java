package io.github.cheetahoptimove.optimove;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import io.github.cheetahoptimove.optimove.client.OptimoveEvent;
import io.github.cheetahoptimove.optimove.client.OptimoveMetric;
import io.github.cheetahoptimove.testkit.FakeOptimove;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A whole day driven from Optimove and back, on both fakes. */
class OptimoveFedDayTest extends FakeBackedTest {
    static final LocalDate DAY = TEN_AM.toLocalDate();
    static final LocalDateTime TWO_DAYS_BEFORE = TEN_AM.minusDays(2);
    static FakeOptimove optimoveFake;

    OptimoveClient optimove;
    OptimoveBridge fed;

    @BeforeAll
    static void startOptimove() {
        optimoveFake = FakeOptimove.builder().clock(CLOCK).siteZone(BridgeFixture.LONDON)
                .rateLimit(50, Duration.ofSeconds(1))
                .campaign(1001, 504, TEN_AM, 40, 9001, 9002)
                .rawRow(1001, 5, "{\"CustomerID\": \"bad-joined\", \"TemplateID\": 9002, \"ScheduledTime\": "
                        + "\"2026-11-28 10:00:00\", \"CustomerAttribute\": \"x@example.com,Smith, Jr.,Shoes,1\"}")
                .rawRow(1001, 6, "{\"CustomerID\": \"bad-template\", \"TemplateID\": \"nine\", \"ScheduledTime\": "
                        + "\"2026-11-28 10:00:00\", \"CustomerAttributes\": [\"y@example.com\", \"Y\", \"Shoes\", \"1\"]}")
                .campaign(1002, 504, TWO_DAYS_BEFORE, 10, 9001, 9002)
                .campaign(1003, 505, TEN_AM, 10, 9001)
                .start();
    }

    @AfterAll
    static void stopOptimove() {
        optimoveFake.close();
    }

    @BeforeEach
    void startOptimoveClient() {
        optimoveFake.reset();
        optimove = OptimoveClient.builder().baseUrl(optimoveFake.baseUrl()).allowInsecureHttp()
                .apiKey(optimoveFake.apiKey()).rateLimit(50, Duration.ofSeconds(1)).pageSize(15)
                .retries(4, Duration.ofMillis(5)).readTimeout(Duration.ofSeconds(2)).build();
        fed = fedBridge().build();
    }

    OptimoveBridge.Builder fedBridge() {
        return bridgeWith(BridgeFixture.settings()).optimove(optimove, 504, BridgeFixture.LONDON);
    }

    @AfterEach
    void closeOptimoveClient() {
        optimove.close();
    }

    @ParameterizedTest
    @EnumSource(FakeOptimove.Shape.class)
    void theChannelsCampaignsAreExecutedTemplatesSyncedAndARerunChangesNothing(FakeOptimove.Shape shape) {
        optimoveFake.shape(shape);

        DayReport first = fed.runDay(DAY);
        DayReport again = fed.runDay(DAY);

        ExecutionReport e = first.execution(1001).orElseThrow();
        assertThat(first.executions()).extracting(ExecutionReport::campaignId).containsExactly(1001L);
        assertThat(e.templates()).extracting(TemplateReport::templateId).containsExactly(0L, 9001L, 9002L);
        assertThat(e.templates().get(0).rejected()).extracting(RejectedRecipient::customerId)
                .containsExactlyInAnyOrder("bad-joined", "bad-template");
        assertThat(e.templates().get(0).rejected()).extracting(RejectedRecipient::reason)
                .anySatisfy(r -> assertThat(r).contains("5 attribute values for 4"))
                .anySatisfy(r -> assertThat(r).contains("TemplateID is not a number"));
        assertThat(e.templates().get(1).accepted() + e.templates().get(2).accepted()).isEqualTo(38);
        assertThat(fake.campaigns()).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo("SCHEDULED"));
        assertThat(fake.lists()).extracting(l -> l.records().size()).containsExactlyInAnyOrder(19, 19);
        assertThat(first.templatesSync()).hasValueSatisfying(s -> {
            assertThat(s.added()).containsExactly(9001L, 9002L, 9003L);
            assertThat(s.removed()).isEmpty();
        });
        assertThat(optimoveFake.channelTemplates(504)).containsOnlyKeys(9001L, 9002L, 9003L);

        assertThat(again.execution(1001).orElseThrow().templates().subList(1, 3))
                .allMatch(TemplateReport::alreadyDone);
        assertThat(again.templatesSync()).hasValueSatisfying(s -> assertThat(s.added()).isEmpty());
        assertThat(fake.campaigns()).hasSize(2).allSatisfy(c -> assertThat(c.schedules()).isEqualTo(1));
    }

    @Test
    void theWeekBeforesMetricsArePushedUnderTheirMetricIdsAndARepushReplacesThem() {
        CLOCK.set(Instant.parse("2026-11-26T06:00:00Z"));
        assertThat(fed.runDay(DAY.minusDays(2)).execution(1002).orElseThrow().succeeded()).isTrue();
        CLOCK.set(START);
        fake.sendDue();

        DayReport day = fed.runDay(DAY);
        List<MetricRow> again = fed.pushMetrics(DAY);

        assertThat(day.metricsPushed()).isEqualTo(2 * OptimoveMetric.values().length);
        assertThat(again).hasSize(18);
        assertThat(optimoveFake.metricCount()).isEqualTo(18);
        assertThat(optimoveFake.metric(504, 1002, 9001, OptimoveMetric.SENT.id())).contains(5L);
        assertThat(optimoveFake.metric(504, 1002, 9002, OptimoveMetric.DELIVERED.id())).isPresent();
    }

    @Test
    void templateSyncAddsRenamesAndRemovesOnOptimovesSide() {
        optimove.channelTemplates().add(504, List.of(
                io.github.cheetahoptimove.optimove.client.OptimoveTemplate.of(9001, "Old name"),
                io.github.cheetahoptimove.optimove.client.OptimoveTemplate.of(7777, "Gone from the folder")));

        TemplateSync sync = fed.syncTemplates();

        assertThat(sync.added()).containsExactly(9002L, 9003L);
        assertThat(sync.renamed()).containsExactly(9001L);
        assertThat(sync.removed()).containsExactly(7777L);
        assertThat(optimoveFake.channelTemplates(504)).containsOnlyKeys(9001L, 9002L, 9003L)
                .containsEntry(9001L, "Winback 20% off");
    }

    @Test
    void eventsExecuteCancelOrAreIgnoredAndAreIdempotent() {
        LocalDateTime at = LocalDateTime.parse("2026-11-28T06:30:00");

        EventReport processed = fed.handle(OptimoveEvent.of(1, 1001, 504, at));
        EventReport duplicate = fed.handle(OptimoveEvent.of(1, 1001, 504, at));
        EventReport executed = fed.handle(OptimoveEvent.of(13, 1001, 504, at));
        EventReport unknown = fed.handle(OptimoveEvent.of(77, 1001, 504, at));
        EventReport otherChannel = fed.handle(OptimoveEvent.of(4, 1003, 505, at));
        DayReport daily = fed.runDay(DAY);
        EventReport cancelled = fed.handle(OptimoveEvent.of(4, 1001, 504, at));

        assertThat(processed.action()).isEqualTo(EventReport.Action.EXECUTED);
        assertThat(processed.execution()).hasValueSatisfying(e -> assertThat(e.succeeded()).isTrue());
        assertThat(duplicate.execution().orElseThrow().templates()).as(duplicate.toString()).hasSize(3);
        assertThat(duplicate.execution().orElseThrow().templates().subList(1, 3)).allMatch(TemplateReport::alreadyDone);
        assertThat(executed.action()).isEqualTo(EventReport.Action.IGNORED);
        assertThat(unknown.reason()).contains("not one this SDK knows");
        assertThat(otherChannel.action()).isEqualTo(EventReport.Action.IGNORED);
        assertThat(otherChannel.reason()).contains("channel 505");
        assertThat(daily.execution(1001).orElseThrow().templates().subList(1, 3)).allMatch(TemplateReport::alreadyDone);
        assertThat(cancelled.action()).isEqualTo(EventReport.Action.CANCELLED);
        assertThat(cancelled.cancelled()).hasSize(2);
        assertThat(fake.campaigns()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionStep.class, names = {"LIST_READY", "RECORDS_UPLOADED", "CAMPAIGN_READY", "SCHEDULED"})
    void crashAtEachStepThenRerunGivesOneCampaignAndOneScheduleEach(ExecutionStep crashAt) {
        AtomicBoolean crashed = new AtomicBoolean();
        OptimoveBridge crashing = fedBridge().progressListener(new ProgressListener() {
            @Override
            public void stepDone(long campaignId, long templateId, ExecutionStep step) {
                if (step == crashAt && templateId == 9002 && crashed.compareAndSet(false, true)) {
                    throw new IllegalStateException("simulated crash after " + step);
                }
            }
        }).build();

        assertThatThrownBy(() -> crashing.runDay(DAY)).hasMessageContaining("simulated crash");
        DayReport rerun = fed.runDay(DAY);

        assertThat(rerun.execution(1001).orElseThrow().templates().subList(1, 3)).allSatisfy(t ->
                assertThat(t.failure()).isEmpty());
        assertThat(fake.campaigns()).hasSize(2).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo("SCHEDULED");
            assertThat(c.schedules()).isEqualTo(1);
        });
        assertThat(fake.lists()).extracting(l -> l.records().size()).containsExactlyInAnyOrder(19, 19);
    }

    @Test
    void optimoveFailingForGoodIsReportedTypedAndARerunFinishes() {
        optimoveFake.faults().on("GET", "GetCustomerSendDetailsByChannel").nth(2).times(4).respond(500);
        optimoveFake.faults().on("POST", "AddChannelTemplates").always().respond(503);

        DayReport first = fed.runDay(DAY);
        optimoveFake.faults().clear();
        DayReport second = fed.runDay(DAY);

        assertThat(first.execution(1001).orElseThrow().failure()).hasValueSatisfying(f -> {
            assertThat(f.step()).isEqualTo(ExecutionStep.RECIPIENTS_READ);
            assertThat(f.kind()).isEqualTo(FailureKind.SERVER);
            assertThat(f.message()).startsWith("Optimove: GET /current/customers/GetCustomerSendDetailsByChannel 500");
        });
        assertThat(first.failures()).extracting(ExecutionFailure::step).contains(ExecutionStep.TEMPLATES_REFRESHED);
        assertThat(second.succeeded()).as("unreadable rows are rejects, not failures").isTrue();
        assertThat(second.execution(1001).orElseThrow().failure()).isEmpty();
        assertThat(second.failures()).isEmpty();
        assertThat(fake.campaigns()).hasSize(2);
        assertThat(first.toString() + second).doesNotContain(optimoveFake.apiKey());
    }

    @Test
    void withoutOptimoveTheFedCallsSayHowToConfigureIt() {
        assertThatThrownBy(() -> bridge.runDay(DAY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("optimove(client, channelId, siteZone)");
    }
}
