package io.github.cheetahoptimove.optimove;

import static io.github.cheetahoptimove.optimove.BridgeFixture.campaign;
import static io.github.cheetahoptimove.optimove.BridgeFixture.recipient;
import static io.github.cheetahoptimove.optimove.BridgeFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Executing campaigns against the fake: mapping, rejects, idempotent reruns, crashes, faults, time. */
class ExecutionTest extends FakeBackedTest {

    private void assertExactlyOnce(long campaignId, List<Recipient> validRecipients, Instant sendAt) {
        DeliveryInvariants.assertDeliveredExactlyOnce(fake, campaignId, TEN_AM.toLocalDate(), validRecipients, sendAt);
    }

    @Test
    void campaignIsSplitPerTemplateUploadedAndScheduledAtTheInstant() {
        List<Recipient> good = valid(2500);
        ExecutionReport report = bridge.execute(campaign(1234, TEN_AM, good));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.sendAt()).contains(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(report.templates()).extracting(TemplateReport::templateId).containsExactly(9001L, 9002L);
        assertThat(report.templates()).allSatisfy(t -> {
            assertThat(t.accepted()).isEqualTo(1250);
            assertThat(t.alreadyDone()).isFalse();
            assertThat(t.cheetahCampaignId()).isPresent();
            assertThat(t.scheduledAt()).contains(Instant.parse("2026-11-28T10:00:00Z"));
        });
        assertExactlyOnce(1234, good, Instant.parse("2026-11-28T10:00:00Z"));
        Map<String, String> ann = fake.listByName("optimove-1234-9001-20261128").orElseThrow().records().stream()
                .filter(r -> r.get("EMAIL").equals("c0@example.com")).findFirst().orElseThrow();
        assertThat(ann).containsEntry("FNAME", "Name0").containsEntry("FAV_DEPT", "Shoes")
                .containsEntry("LOYALTY_POINTS", "10");
    }

    @Test
    void invalidRecipientsAreRejectedWithCustomerIdAndReasonWhileTheRestGoOn() {
        List<Recipient> all = new ArrayList<>(valid(10));
        all.add(recipient("NOID", 9001, " ", "X"));
        all.add(recipient("BADMAIL", 9001, "not-an-email", "X"));
        all.add(Recipient.of("BADPOINTS", 9001, Map.of("Email", "p@example.com", "LoyaltyPoints", "12.5")));
        all.add(recipient("NOTEMPLATE", 5555, "t@example.com", "X"));
        all.add(recipient("DRAFTFOLDER", 9100, "d@example.com", "X"));
        all.add(recipient("DUP", 9001, "c0@example.com", "Again"));

        ExecutionReport report = bridge.execute(campaign(77, TEN_AM, all));

        TemplateReport t9001 = report.templates().stream().filter(t -> t.templateId() == 9001).findFirst().orElseThrow();
        assertThat(t9001.accepted()).isEqualTo(5);
        assertThat(t9001.rejected()).extracting(RejectedRecipient::customerId)
                .containsExactlyInAnyOrder("NOID", "BADMAIL", "BADPOINTS", "DUP");
        assertThat(t9001.rejected()).filteredOn(r -> r.customerId().equals("BADPOINTS")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("LOYALTY_POINTS").doesNotContain("12.5"));
        assertThat(t9001.rejected()).filteredOn(r -> r.customerId().equals("DUP")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("duplicate"));
        assertThat(report.templates()).filteredOn(t -> t.templateId() == 5555).singleElement().satisfies(t -> {
            assertThat(t.rejected()).extracting(RejectedRecipient::reason)
                    .containsExactly("template 5555 is not in the Optimove folder");
            assertThat(t.cheetahCampaignId()).isEmpty();
        });
        assertThat(report.templates()).filteredOn(t -> t.templateId() == 9100).singleElement()
                .satisfies(t -> assertThat(t.rejectedCount()).isEqualTo(1));
        assertThat(fake.campaigns()).hasSize(2);
    }

    @Test
    void rerunOfACompletedDayCreatesAndUploadsNothing() {
        List<Recipient> good = valid(300);
        bridge.execute(campaign(5, TEN_AM, good));
        int lists = fake.requestCount("POST", "Lists");
        int uploads = fake.requestCount("POST", "ListRecords");

        ExecutionReport again = bridge.execute(campaign(5, TEN_AM, good));

        assertThat(again.templates()).allSatisfy(t -> {
            assertThat(t.alreadyDone()).isTrue();
            assertThat(t.accepted()).isEqualTo(150);
        });
        assertThat(fake.requestCount("POST", "Lists")).isEqualTo(lists);
        assertThat(fake.requestCount("POST", "ListRecords")).isEqualTo(uploads);
        assertThat(fake.requestCount("POST", "EmailCampaign")).isEqualTo(2);
        assertExactlyOnce(5, good, Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void rerunOfASendTimeWithFractionsOfASecondIsStillRecognisedAsDone() {
        LocalDateTime withMillis = LocalDateTime.parse("2026-11-28T10:00:00.250");
        bridge.execute(campaign(7, withMillis, valid(4)));

        ExecutionReport again = bridge.execute(campaign(7, withMillis, valid(4)));

        assertThat(again.sendAt()).contains(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(again.templates()).allMatch(TemplateReport::alreadyDone);
    }

    @Test
    void rerunTheNextMorningAfterTheSendIsANoOpNotAnError() {
        List<Recipient> good = valid(20);
        bridge.execute(campaign(6, TEN_AM, good));
        CLOCK.advance(Duration.ofDays(1));
        fake.sendDue();

        ExecutionReport again = bridge.execute(campaign(6, TEN_AM, good));

        assertThat(again.succeeded()).isTrue();
        assertThat(again.templates()).allMatch(TemplateReport::alreadyDone);
        assertThat(fake.campaigns()).hasSize(2).allMatch(c -> c.status().equals("SENT"));
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionStep.class, names = {"LIST_READY", "RECORDS_UPLOADED", "CAMPAIGN_READY", "SCHEDULED"})
    void crashAfterEachStepThenRerunGivesOneCampaignAndOneScheduleEach(ExecutionStep crashAt) {
        List<Recipient> good = valid(2200);
        AtomicBoolean crashed = new AtomicBoolean();
        OptimoveBridge crashing = bridgeWith(BridgeFixture.settings()).progressListener(new ProgressListener() {
                    @Override
                    public void stepDone(long campaignId, long templateId, ExecutionStep step) {
                        if (step == crashAt && templateId == 9002 && crashed.compareAndSet(false, true)) {
                            throw new IllegalStateException("simulated crash after " + step);
                        }
                    }
                }).build();

        assertThatThrownBy(() -> crashing.execute(campaign(8, TEN_AM, good)))
                .hasMessageContaining("simulated crash");
        ExecutionReport rerun = bridge.execute(campaign(8, TEN_AM, good));

        assertThat(rerun.succeeded()).isTrue();
        assertExactlyOnce(8, good, Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void ambiguousCampaignCreationIsResolvedByLookupWithinTheSameRun() {
        fake.faults().on("POST", "EmailCampaign").actThenDelay(Duration.ofSeconds(2));
        List<Recipient> good = valid(10);

        ExecutionReport report = bridge.execute(campaign(9, TEN_AM, good));

        assertThat(report.succeeded()).isTrue();
        assertThat(fake.requestCount("POST", "EmailCampaign")).isEqualTo(2);
        assertExactlyOnce(9, good, Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void ambiguousListCreationIsResolvedByLookupWithinTheSameRun() {
        fake.faults().on("POST", "Lists").actThenDelay(Duration.ofSeconds(2));
        List<Recipient> good = valid(10);

        ExecutionReport report = bridge.execute(campaign(10, TEN_AM, good));

        assertThat(report.succeeded()).isTrue();
        assertThat(fake.lists()).hasSize(2);
        assertExactlyOnce(10, good, Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void failedScheduleIsReportedAndARerunFinishesIt() {
        fake.faults().on("PUT", "EmailCampaign").always().respond(500);
        List<Recipient> good = valid(10);

        ExecutionReport first = bridge.execute(campaign(11, TEN_AM, good));
        fake.faults().clear();
        ExecutionReport second = bridge.execute(campaign(11, TEN_AM, good));

        assertThat(first.succeeded()).isFalse();
        assertThat(first.templates()).allSatisfy(t -> assertThat(t.failure()).hasValueSatisfying(f -> {
            assertThat(f.step()).isEqualTo(ExecutionStep.SCHEDULED);
            assertThat(f.kind()).isEqualTo(FailureKind.SERVER);
            assertThat(f.kind().retryable()).isTrue();
            assertThat(f.httpStatus()).isEqualTo(500);
            assertThat(f.templateId()).hasValue(t.templateId());
        }));
        assertThat(second.succeeded()).isTrue();
        assertExactlyOnce(11, good, Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void sendTimeInThePastFailsTheCampaignAndCreatesNothing() {
        ExecutionReport report = bridge.execute(campaign(12, LocalDateTime.parse("2026-11-28T05:59:00"), valid(4)));

        assertThat(report.failure()).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.INVALID_INPUT);
            assertThat(f.message()).contains("in the past");
        });
        assertThat(fake.lists()).isEmpty();
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void localTimeInTheSpringGapMovesForwardByTheGap() {
        OptimoveCampaign c = OptimoveCampaign.builder().campaignId(13).channelId(1)
                .scheduledTime(LocalDateTime.parse("2027-03-14T02:30:00")).siteZone(ZoneId.of("America/New_York"))
                .recipients(RecipientSource.of(valid(2))).build();

        ExecutionReport report = bridge.execute(c);

        assertThat(report.sendAt()).contains(Instant.parse("2027-03-14T07:30:00Z")); // 03:30 EDT
        assertThat(fake.campaigns()).allSatisfy(x -> assertThat(x.sendAt()).contains(Instant.parse("2027-03-14T07:30:00Z")));
    }

    @Test
    void localTimeInTheAutumnOverlapMeansItsFirstOccurrence() {
        OptimoveCampaign c = OptimoveCampaign.builder().campaignId(14).channelId(1)
                .scheduledTime(LocalDateTime.parse("2027-11-07T01:30:00")).siteZone(ZoneId.of("America/New_York"))
                .recipients(RecipientSource.of(valid(2))).build();

        ExecutionReport report = bridge.execute(c);

        assertThat(report.sendAt()).contains(Instant.parse("2027-11-07T05:30:00Z")); // 01:30 EDT, not EST
    }

    @ParameterizedTest(name = "{1} in {0}, account in {2}: {4} {5}")
    @CsvSource({
        // the site's zone differs from the account's; 06:30 UTC is New York's second 01:30: written in UTC
        "Europe/Berlin, 2027-11-07T07:30:00, America/New_York, 2027-11-07T06:30:00Z, 2027-11-07T06:30:00, UTC",
        "Europe/Berlin, 2027-11-07T08:30:00, America/New_York, 2027-11-07T07:30:00Z, 2027-11-07T02:30:00, Eastern_Standard_Time",
        // right after New York's skipped hour
        "UTC, 2027-03-14T07:00:00, America/New_York, 2027-03-14T07:00:00Z, 2027-03-14T03:00:00, Eastern_Standard_Time",
        "Europe/London, 2026-12-01T10:00:00, Europe/London, 2026-12-01T10:00:00Z, 2026-12-01T10:00:00, GMT_Standard_Time",
        "Europe/London, 2026-12-01T10:00:00, Asia/Kolkata, 2026-12-01T10:00:00Z, 2026-12-01T15:30:00, India_Standard_Time",
        // Lord Howe's clocks go back half an hour: 01:45 happens twice, 02:30 once
        "UTC, 2027-04-03T14:45:00, Australia/Lord_Howe, 2027-04-03T14:45:00Z, 2027-04-03T14:45:00, UTC",
        "UTC, 2027-04-03T16:00:00, Australia/Lord_Howe, 2027-04-03T16:00:00Z, 2027-04-04T02:30:00, Lord_Howe_Standard_Time",
        "Europe/London, 2026-12-01T10:00:00, UTC, 2026-12-01T10:00:00Z, 2026-12-01T10:00:00, UTC",
        // an account zone without a Windows id
        "Europe/London, 2026-12-01T10:00:00, Antarctica/Troll, 2026-12-01T10:00:00Z, 2026-12-01T10:00:00, UTC"
    })
    void scheduleCarriesTheInstantInTheAccountZoneOrInUtc(String site, String local, String account, String instant,
            String startTime, String timeZone) {
        OptimoveBridge inZone = bridgeWith(BridgeFixture.settings().toBuilder().accountZone(ZoneId.of(account))
                .build()).build();
        OptimoveCampaign c = OptimoveCampaign.builder().campaignId(30).channelId(1)
                .scheduledTime(LocalDateTime.parse(local)).siteZone(ZoneId.of(site))
                .recipients(RecipientSource.of(valid(2))).build();

        ExecutionReport report = inZone.execute(c);
        ExecutionReport rerun = inZone.execute(c);

        assertThat(report.succeeded()).as(report.toString()).isTrue();
        assertThat(fake.campaigns()).hasSize(2).allSatisfy(x -> {
            assertThat(x.sendAt()).contains(Instant.parse(instant));
            assertThat(x.startTime()).contains(startTime);
            assertThat(x.timeZone()).contains(timeZone);
            assertThat(x.schedules()).isEqualTo(1);
        });
        assertThat(rerun.templates()).as("a rerun recognises its own schedule").allMatch(TemplateReport::alreadyDone);
    }

    @Test
    void theListenerHearsEveryExecutionWithItsReport() {
        List<ExecutionReport> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        OptimoveBridge listening = bridgeWith(BridgeFixture.settings()).progressListener(new ProgressListener() {
            @Override
            public void executed(ExecutionReport report) {
                heard.add(report);
            }
        }).build();

        ExecutionReport done = listening.execute(campaign(40, TEN_AM, valid(4)));
        listening.runDay(TEN_AM.toLocalDate(), List.of(campaign(41, LocalDateTime.parse("2026-11-28T05:00:00"), valid(2))));

        assertThat(heard).hasSize(2);
        assertThat(heard.get(0)).isEqualTo(done);
        assertThat(heard.get(1).failure()).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(FailureKind.INVALID_INPUT));
    }

    @Test
    void dryRunMapsAndReportsButWritesNothing() {
        List<Recipient> all = new ArrayList<>(valid(40));
        all.add(recipient("NOID", 9001, "", "X"));

        ExecutionReport report = bridge.dryRun(campaign(15, TEN_AM, all));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.templates()).extracting(TemplateReport::accepted).containsExactly(20L, 20L);
        assertThat(report.templates()).allSatisfy(t -> assertThat(t.scheduledAt()).isPresent());
        assertThat(report.templates().get(0).rejected()).extracting(RejectedRecipient::customerId).containsExactly("NOID");
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            for (String route : new String[] {"Lists", "ListRecords", "EmailCampaign"}) {
                assertThat(fake.requestCount(method, route)).as(method + " " + route).isZero();
            }
        }
    }

    @Test
    void progressListenerHearsMappedUploadedRejectedAndSteps() {
        List<String> heard = new ArrayList<>();
        OptimoveBridge listening = bridgeWith(BridgeFixture.settings()).progressListener(new ProgressListener() {
                    @Override
                    public void mapped(long campaignId, long templateId, long total) {
                        heard.add("mapped " + templateId + " " + total);
                    }

                    @Override
                    public void uploaded(long campaignId, long templateId, long total) {
                        heard.add("uploaded " + templateId + " " + total);
                    }

                    @Override
                    public void rejected(long campaignId, long templateId, long total) {
                        heard.add("rejected " + templateId + " " + total);
                    }

                    @Override
                    public void stepDone(long campaignId, long templateId, ExecutionStep step) {
                        heard.add(step + " " + templateId);
                    }
                }).build();
        List<Recipient> all = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            all.add(recipient("C" + i, 9001, "c" + i + "@example.com", "N"));
        }
        all.add(recipient("BAD", 9001, "nope", "N"));

        listening.execute(campaign(16, TEN_AM, all));

        // Uploads begin while recipients are still read: the list is ready once a batch is full.
        assertThat(heard).containsSubsequence("LIST_READY 9001", "uploaded 9001 1000", "uploaded 9001 2000",
                "uploaded 9001 2500", "RECORDS_UPLOADED 9001", "CAMPAIGN_READY 9001", "SCHEDULED 9001");
        assertThat(heard).containsSubsequence("rejected 9001 1", "mapped 9001 2500", "uploaded 9001 2500");
        assertThat(heard.indexOf("LIST_READY 9001")).isLessThan(heard.indexOf("mapped 9001 2500"));
    }
}
