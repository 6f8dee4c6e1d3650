package io.github.cheetahoptimove.optimove;

import static io.github.cheetahoptimove.optimove.BridgeFixture.campaign;
import static io.github.cheetahoptimove.optimove.BridgeFixture.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.testkit.FakeList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Records go to their list while the recipients are still read (so that reading Optimove's pages
 * and uploading overlap), and the outcome is the same as if everything had been checked first: the
 * first of two records with one identifier is the one sent, later ones are duplicates, and a source
 * failing part-way leaves nothing behind.
 */
class UploadWhileReadingTest extends FakeBackedTest {
    private static final LocalDate DAY = TEN_AM.toLocalDate();

    private Recipient numbered(int i, String firstName) {
        return recipient("C" + i, 9001, "c" + i + "@example.com", firstName);
    }

    private long recordsInLists() {
        return fake.lists().stream().mapToLong(l -> l.records().size()).sum();
    }

    @Test
    void uploadsBeginWhileRecipientsAreStillRead() {
        AtomicLong storedWhileReading = new AtomicLong(-1);
        OptimoveCampaign c = OptimoveCampaign.builder().campaignId(41).channelId(504).scheduledTime(TEN_AM)
                .siteZone(BridgeFixture.LONDON).recipients(() -> IntStream.range(0, 5000).mapToObj(i -> {
                    if (i == 4000) {
                        // Three batches were sent by now, and the first answered before the third left.
                        storedWhileReading.set(recordsInLists());
                    }
                    return numbered(i, "N");
                })).build();

        ExecutionReport report = bridge.execute(c);

        assertThat(report.succeeded()).as(report.toString()).isTrue();
        assertThat(storedWhileReading.get()).isGreaterThanOrEqualTo(1000);
        assertThat(report.templates()).singleElement().satisfies(t -> assertThat(t.accepted()).isEqualTo(5000));
        assertThat(recordsInLists()).isEqualTo(5000);
    }

    @Test
    void duplicatesFarApartKeepTheFirstRecordAndAreReportedWhereverTheyFall() {
        List<Recipient> all = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            all.add(numbered(i, "First" + i));
        }
        // Later copies of identifiers already uploaded, one of one held back itself, and one inside a batch.
        all.add(recipient("DUP-A", 9001, "c10@example.com", "Again"));
        all.add(recipient("DUP-B", 9001, "c2500@example.com", "Again"));
        all.add(recipient("DUP-C", 9001, "c2500@example.com", "AgainAndAgain"));
        all.add(2500, recipient("DUP-D", 9001, "c4999@example.com", "Early"));
        all.add(recipient("NEW", 9001, "new@example.com", "Last"));

        ExecutionReport report = bridge.execute(campaign(42, TEN_AM, all));

        assertThat(report.succeeded()).as(report.toString()).isTrue();
        TemplateReport t = report.templates().get(0);
        assertThat(t.accepted()).isEqualTo(5001);
        assertThat(t.rejected()).extracting(RejectedRecipient::customerId)
                .containsExactlyInAnyOrder("DUP-A", "DUP-B", "DUP-C", "C4999");
        assertThat(t.rejected()).allSatisfy(r -> assertThat(r.reason()).contains("duplicate"));
        Map<String, String> names = fake.lists().get(0).records().stream()
                .collect(Collectors.toMap(r -> r.get("EMAIL"), r -> r.get("FNAME")));
        assertThat(names).hasSize(5001).containsEntry("c10@example.com", "First10")
                .containsEntry("c2500@example.com", "First2500").containsEntry("c4999@example.com", "Early")
                .containsEntry("new@example.com", "Last");
    }

    @Test
    void sourceFailingAfterUploadsBeganDeletesTheListsItBegan() {
        OptimoveCampaign broken = OptimoveCampaign.builder().campaignId(43).channelId(504).scheduledTime(TEN_AM)
                .siteZone(BridgeFixture.LONDON).recipients(() -> IntStream.range(0, 6000).mapToObj(i -> {
                    if (i == 5500) {
                        throw new IllegalArgumentException("recipients.csv row 5501: TemplateID is not a number");
                    }
                    return recipient("C" + i, 9001 + i % 2, "c" + i + "@example.com", "N");
                })).build();

        DayReport day = bridge.runDay(DAY, List.of(broken));

        assertThat(day.execution(43).orElseThrow().failure()).hasValueSatisfying(f -> {
            assertThat(f.step()).isEqualTo(ExecutionStep.RECIPIENTS_READ);
            assertThat(f.kind()).isEqualTo(FailureKind.INVALID_INPUT);
            assertThat(f.message()).contains("row 5501").contains("the lists begun for it were deleted");
        });
        assertThat(fake.lists()).isEmpty();
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void sourceFailingAfterAnEarlierRunsListKeepsThatListForTheRerun() {
        List<Recipient> first = IntStream.range(0, 3000).mapToObj(i -> numbered(i, "N")).collect(Collectors.toList());
        fake.faults().on("POST", "EmailCampaign").always().respond(400);
        assertThat(bridge.execute(campaign(44, TEN_AM, first)).succeeded()).isFalse();
        fake.faults().clear();
        OptimoveCampaign broken = OptimoveCampaign.builder().campaignId(44).channelId(504).scheduledTime(TEN_AM)
                .siteZone(BridgeFixture.LONDON).recipients(() -> IntStream.range(0, 3000).mapToObj(i -> {
                    if (i == 2500) {
                        throw new IllegalStateException("the export ended early");
                    }
                    return first.get(i);
                })).build();

        ExecutionReport report = bridge.execute(broken);

        assertThat(report.failure()).hasValueSatisfying(f -> assertThat(f.message()).contains("nothing was created"));
        assertThat(fake.lists()).extracting(FakeList::name).containsExactly("optimove-44-9001-20261128");
        assertThat(bridge.execute(campaign(44, TEN_AM, first)).succeeded()).isTrue();
        assertThat(recordsInLists()).isEqualTo(3000);
    }

    @Test
    void uploadRefusedWhileReadingFailsThatTemplateOnlyAndARerunFinishesIt() {
        List<Recipient> all = BridgeFixture.valid(6000);
        fake.faults().on("POST", "ListRecords").nth(2).respond(400);

        ExecutionReport report = bridge.execute(campaign(45, TEN_AM, all));

        assertThat(report.templates()).filteredOn(t -> t.failure().isPresent()).singleElement()
                .satisfies(t -> assertThat(t.failure().orElseThrow().step()).isEqualTo(ExecutionStep.RECORDS_UPLOADED));
        assertThat(report.templates()).filteredOn(t -> t.failure().isEmpty()).singleElement()
                .satisfies(t -> assertThat(t.scheduledAt()).isPresent());
        fake.faults().clear();

        ExecutionReport rerun = bridge.execute(campaign(45, TEN_AM, all));

        assertThat(rerun.succeeded()).as(rerun.toString()).isTrue();
        DeliveryInvariants.assertDeliveredExactlyOnce(fake, 45, DAY, all, java.time.Instant.parse("2026-11-28T10:00:00Z"));
    }
}
