package io.github.cheetahoptimove.optimove;

import static io.github.cheetahoptimove.optimove.BridgeFixture.campaign;
import static io.github.cheetahoptimove.optimove.BridgeFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.FolderId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The daily run, metrics, cancellation and template sync against the fake. */
class DailyOperationsTest extends FakeBackedTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-28");

    @Test
    void oneFailingCampaignDoesNotStopTheOthersAndTemplatesAreRefreshed() {
        OptimoveCampaign past = campaign(1, LocalDateTime.parse("2026-11-28T05:00:00"), valid(4));
        OptimoveCampaign good = campaign(2, TEN_AM, valid(4));
        OptimoveCampaign tomorrow = campaign(3, TEN_AM.plusDays(1), valid(4));

        DayReport day = bridge.runDay(DAY, List.of(past, good, tomorrow));

        assertThat(day.executions()).extracting(ExecutionReport::campaignId).containsExactly(1L, 2L);
        assertThat(day.execution(1).orElseThrow().failure()).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.INVALID_INPUT);
            assertThat(f.message()).contains("in the past");
        });
        assertThat(day.execution(2).orElseThrow().succeeded()).isTrue();
        assertThat(day.templates()).extracting(ChannelTemplate::templateId).containsExactly(9001L, 9002L, 9003L);
        assertThat(day.succeeded()).isFalse();
        assertThat(fake.campaigns()).hasSize(2);
    }

    @Test
    void campaignIdListedTwiceInOneDayIsRefusedAndCreatesNothing() {
        OptimoveCampaign first = campaign(4, TEN_AM, valid(4));
        OptimoveCampaign second = campaign(4, TEN_AM, valid(6));
        OptimoveCampaign other = campaign(5, TEN_AM, valid(2));

        DayReport day = bridge.runDay(DAY, List.of(first, other, second));

        assertThat(day.executions()).extracting(ExecutionReport::campaignId).containsExactlyInAnyOrder(4L, 5L);
        assertThat(day.execution(4).orElseThrow().failure()).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.INVALID_INPUT);
            assertThat(f.campaignId()).hasValue(4);
            assertThat(f.message()).contains("campaign 4 is listed 2 times");
        });
        assertThat(day.execution(5).orElseThrow().succeeded()).isTrue();
        assertThat(fake.campaigns()).allSatisfy(c -> assertThat(c.externalRef().orElse("")).doesNotContain("optimove:4:"));
    }

    @Test
    void metricsArePulledOnEachOfTheSevenDaysAfterTheSendUnderOptimoveNames() {
        OptimoveCampaign c = campaign(5, TEN_AM, valid(200));
        bridge.runDay(DAY, List.of(c));
        CLOCK.advance(Duration.ofHours(6));
        fake.sendDue();

        assertThat(bridge.metrics(DAY, List.of(c))).isEmpty();
        for (int d = 1; d <= 7; d++) {
            CLOCK.advance(Duration.ofDays(1));
            assertThat(bridge.metrics(DAY.plusDays(d), List.of(c))).as("day S+%d", d).hasSize(2 * 9);
        }
        assertThat(bridge.metrics(DAY.plusDays(8), List.of(c))).isEmpty();

        List<MetricRow> rows = bridge.metrics(DAY.plusDays(1), List.of(c));
        Map<String, Long> t9001 = rows.stream().filter(r -> r.templateId() == 9001)
                .collect(Collectors.toMap(MetricRow::metric, MetricRow::value));
        assertThat(t9001.keySet()).containsExactlyInAnyOrderElementsOf(OptimoveBridge.metricNames());
        assertThat(t9001).containsEntry("Sent", 100L).containsEntry("Delivered", 98L).containsEntry("Bounced", 2L);
        assertThat(t9001.get("Opens")).isGreaterThanOrEqualTo(t9001.get("Unique Opens"));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.channelId()).isEqualTo(504);
            assertThat(r.campaignId()).isEqualTo(5);
        });
    }

    @Test
    void runDayCollectsTheMetricsDueThatDay() {
        OptimoveCampaign yesterday = campaign(6, TEN_AM, valid(10));
        bridge.runDay(DAY, List.of(yesterday));
        CLOCK.advance(Duration.ofDays(1));
        fake.sendDue();

        DayReport next = bridge.runDay(DAY.plusDays(1), List.of(yesterday));

        assertThat(next.executions()).isEmpty();
        assertThat(next.metrics()).hasSize(18);
    }

    @Test
    void metricsThatCannotBeReadFailTypedAloneAndAsADayError() {
        OptimoveCampaign c = campaign(9, TEN_AM, valid(4));
        bridge.execute(c);
        CLOCK.advance(Duration.ofDays(1));
        fake.sendDue();
        fake.faults().on("GET", "CampaignStats").always().respond(500);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bridge.metrics(DAY.plusDays(1), List.of(c)))
                .isInstanceOfSatisfying(io.github.cheetahoptimove.cheetah.ServerException.class,
                        e -> assertThat(e.status()).isEqualTo(500));
        DayReport day = bridge.runDay(DAY.plusDays(1), List.of(c));
        assertThat(day.metrics()).isEmpty();
        assertThat(day.failures()).singleElement().satisfies(f -> {
            assertThat(f.step()).isEqualTo(ExecutionStep.METRICS_COLLECTED);
            assertThat(f.kind()).isEqualTo(FailureKind.SERVER);
            assertThat(f.httpStatus()).isEqualTo(500);
            assertThat(f.campaignId()).hasValue(9);
            assertThat(f.message()).startsWith("GET");
        });
    }

    @Test
    void cancelBeforeSendingUnschedulesAndDeletesEveryCampaign() {
        OptimoveCampaign c = campaign(7, TEN_AM, valid(10));
        bridge.execute(c);

        CancelReport report = bridge.cancel(c);

        assertThat(report.cancelled()).hasSize(2);
        assertThat(report.complete()).isTrue();
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void cancelAfterSendingReportsWhatCouldNotBeStopped() {
        OptimoveCampaign c = campaign(8, TEN_AM, valid(10));
        bridge.execute(c);
        CLOCK.advance(Duration.ofHours(5));
        fake.sendDue();

        CancelReport report = bridge.cancel(c);

        assertThat(report.cancelled()).isEmpty();
        assertThat(report.notStopped()).hasSize(2).allSatisfy((id, why) -> assertThat(why).isEqualTo("already sent"));
        assertThat(fake.campaigns()).hasSize(2);
    }

    @Test
    void templatesAreFlaggedWhenTheyUseUnmappedFields() {
        IntegrationSettings fewer = BridgeFixture.settings().toBuilder().fields(Map.of("FirstName", "FNAME")).build();
        OptimoveBridge b = bridgeWith(fewer).build();

        List<ChannelTemplate> templates = b.templates();

        assertThat(templates).filteredOn(t -> t.templateId() == 9001).singleElement()
                .satisfies(t -> assertThat(t.unmappedFields()).containsExactly("FAV_DEPT"));
        assertThat(templates).filteredOn(ChannelTemplate::usable).extracting(ChannelTemplate::templateId)
                .containsExactly(9002L);
    }

    @Test
    void setupCheckPassesOnAMatchingAccount() {
        SetupReport report = bridge.checkSetup();

        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.checks()).hasSize(7);
    }

    @Test
    void setupCheckNamesTheFixForEachMismatch() {
        IntegrationSettings wrong = BridgeFixture.settings().toBuilder().custId(CustId.of(99)).folderId(FolderId.of(88))
                .identifierField("EMAIL_ADDR").fields(Map.of("FirstName", "FIRST_NAME")).build();
        OptimoveBridge b = bridgeWith(wrong).build();

        Map<String, String> fixes = b.checkSetup().checks().stream().filter(c -> !c.ok())
                .collect(Collectors.toMap(SetupCheck::name, c -> c.fix().orElse("")));

        assertThat(fixes.get(SetupDoctor.CUST_ID)).contains("Set custId to 1234");
        assertThat(fixes.get(SetupDoctor.FOLDER)).contains("named 'Drafts'");
        assertThat(fixes.get(SetupDoctor.DATA_MAP)).contains("Set identifierField to EMAIL");
        assertThat(fixes.get(SetupDoctor.FIELDS)).contains("FIRST_NAME");
        assertThat(fixes.get(SetupDoctor.TEMPLATES)).contains("9100");
    }

    @Test
    void setupCheckPointsAtCredentialsWhenTheyAreRefused() {
        try (CheetahClient wrong = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp()
                .consumerKey("k").consumerSecret("wrong").clientId(fake.clientId()).build()) {
            SetupReport report = OptimoveBridge.builder().client(wrong).settings(BridgeFixture.settings()).build()
                    .checkSetup();

            assertThat(report.ok()).isFalse();
            assertThat(report.checks().get(0).ok()).isTrue();
            assertThat(report.checks().get(1).fix()).get().asString().contains("consumer secret");
        }
    }

    @Test
    void setupCheckPointsAtTheWhitelistWhenNothingAnswers() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (CheetahClient offline = CheetahClient.builder().endpoint("http://127.0.0.1:" + port).allowInsecureHttp()
                .consumerKey("k").consumerSecret("s").clientId("c")
                .retryPolicy(io.github.cheetahoptimove.cheetah.RetryPolicy.none()).build()) {
            SetupReport report = OptimoveBridge.builder().client(offline).settings(BridgeFixture.settings()).build()
                    .checkSetup();

            assertThat(report.checks().get(0).ok()).isFalse();
            assertThat(report.checks().get(0).fix()).get().asString().contains("whitelist");
        }
    }

    @Test
    void sendDetailsRowsAreReadInBothAttributeShapes() {
        List<String> asked = List.of("Email", "FirstName");
        Recipient fromArray = SendDetails.toRecipient(Map.of("CustomerID", "C1", "TemplateID", 9001,
                "ScheduledTime", "2026-11-28 10:00:00", "CustomerAttributes", List.of("ann@example.com", "Ann")),
                asked, ",");
        Recipient fromString = SendDetails.toRecipient(Map.of("CustomerID", "C1", "TemplateID", "9001",
                "ScheduledTime", "2026-11-28 10:00:00", "CustomerAttribute", "ann@example.com;Ann"), asked, ";");

        assertThat(fromArray).isEqualTo(fromString);
        assertThat(fromArray.attribute("FirstName")).isEqualTo("Ann");
        assertThat(fromArray.templateId()).isEqualTo(9001);
        assertThat(fromArray.toString()).doesNotContain("ann@example.com");
        Recipient shifted = SendDetails.toRecipient(Map.of("CustomerID", "C2", "TemplateID", 9001,
                "CustomerAttribute", "bo@example.com,Smith, Jr."), asked, ",");
        assertThat(shifted.unreadableReason()).hasValueSatisfying(r -> assertThat(r).contains("3 attribute values for 2"));
        assertThat(shifted.attributes()).isEmpty();
    }
}
