package io.github.cheetahoptimove.optimove;

import static io.github.cheetahoptimove.optimove.BridgeFixture.campaign;
import static io.github.cheetahoptimove.optimove.BridgeFixture.recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gives a typed error or a per-customer reject, never a partial send of a broken campaign. */
class BadInputTest extends FakeBackedTest {

    @BeforeEach
    void useLastPurchaseToo() {
        bridge = bridgeWith(BridgeFixture.settings().toBuilder().putFields("LastPurchase", "LAST_PURCHASE").build())
                .build();
    }

    private static Recipient withAttributes(String id, Map<String, String> extra) {
        Map<String, String> a = new LinkedHashMap<>(recipient(id, 9001, id.toLowerCase() + "@example.com", "N")
                .attributes());
        a.putAll(extra);
        return Recipient.of(id, 9001, a);
    }

    @Test
    void awkwardTextTravelsIntact() {
        String awkward = "Zoë \"Z\" O'Brien, 😀\nsecond line\ttab";
        String tenKb = "k".repeat(10 * 1024);

        ExecutionReport report = bridge.execute(campaign(1, TEN_AM, List.of(
                withAttributes("A", Map.of("FirstName", awkward)), withAttributes("B", Map.of("FirstName", tenKb)))));

        assertThat(report.succeeded()).isTrue();
        assertThat(fake.listByName("optimove-1-9001-20261128").orElseThrow().records())
                .extracting(r -> r.get("FNAME")).containsExactlyInAnyOrder(awkward, tenKb);
    }

    @Test
    void valuesOfTheWrongTypeOrOverLengthAreRejectedAndEmptyNonTextFieldsLeftOut() {
        ExecutionReport report = bridge.execute(campaign(2, TEN_AM, List.of(
                withAttributes("BADDATE", Map.of("LastPurchase", "2026-13-01")),
                withAttributes("LONG", Map.of("FirstName", "x".repeat(RecordMapper.MAX_VALUE_LENGTH + 1))),
                withAttributes("EMPTYDATE", Map.of("LastPurchase", "")),
                withAttributes("OK", Map.of("LastPurchase", "2026-11-01")))));

        assertThat(report.templates().get(0).rejected()).extracting(RejectedRecipient::customerId, RejectedRecipient::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("BADDATE", "LAST_PURCHASE is not a valid DATE (yyyy-MM-dd)"),
                        org.assertj.core.groups.Tuple.tuple("LONG", "FNAME is longer than 65536 characters"));
        assertThat(fake.listByName("optimove-2-9001-20261128").orElseThrow().records())
                .extracting(r -> r.get("EMAIL"), r -> r.get("LAST_PURCHASE"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("emptydate@example.com", null),
                        org.assertj.core.groups.Tuple.tuple("ok@example.com", "2026-11-01"));
    }

    @Test
    void campaignWhoseEveryRecipientIsInvalidCreatesNothing() {
        ExecutionReport report = bridge.execute(campaign(3, TEN_AM, List.of(
                recipient("A", 9001, "", "N"), recipient("B", 9001, "nope", "N"))));

        assertThat(report.templates()).singleElement().satisfies(t -> {
            assertThat(t.rejectedCount()).isEqualTo(2);
            assertThat(t.listId()).isEmpty();
            assertThat(t.cheetahCampaignId()).isEmpty();
        });
        assertThat(fake.lists()).isEmpty();
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void endlessBogusTemplateIdsShareOneReportBeyondTheFirstThousand() {
        List<Recipient> bogus = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            bogus.add(recipient("B" + i, 100_000 + i, "b" + i + "@example.com", "N"));
        }
        bogus.add(recipient("GOOD", 9001, "good@example.com", "N"));

        ExecutionReport report = bridge.execute(campaign(6, TEN_AM, bogus));

        assertThat(report.templates()).hasSize(1000 + 2);
        assertThat(report.templates().get(0).templateId()).isZero();
        assertThat(report.templates().get(0).rejected()).hasSize(500).allSatisfy(r ->
                assertThat(r.reason()).matches("template \\d+ is not in the Optimove folder"));
        assertThat(report.templates()).filteredOn(t -> t.templateId() == 9001).singleElement()
                .satisfies(t -> assertThat(t.accepted()).isEqualTo(1));
    }

    @Test
    void rejectListsAreCappedPerTemplateAndPerCampaignButAllAreCounted() {
        List<Recipient> bogus = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            bogus.add(recipient("B" + i, 200 + i % 8, "b" + i + "@example.com", "N"));
        }

        ExecutionReport report = bridgeWith(BridgeFixture.settings()).rejectsKept(1).build()
                .execute(campaign(7, TEN_AM, bogus));

        assertThat(report.templates()).hasSize(8).allSatisfy(t -> assertThat(t.rejectedCount()).isEqualTo(3));
        assertThat(report.templates().stream().mapToInt(t -> t.rejected().size()).sum()).isEqualTo(5);
    }

    @Test
    void valuesACheetahMailFieldCannotHoldRejectTheirRecipientNamingTheField() {
        ExecutionReport report = bridge.execute(campaign(20, TEN_AM, List.of(
                recipient("NUL", 9001, "nul@example.com", "Ann\u0000Zed"),
                recipient("HALF", 9001, "half@example.com", "Ann\uD800Zed"),
                recipient("IDCTRL", 9001, "id\u0007@example.com", "Bo"),
                recipient("OK", 9001, "ok@example.com", "Tab\tand \uD83D\uDE00 emoji\r\n"))));

        assertThat(report.templates()).singleElement().satisfies(t -> {
            assertThat(t.accepted()).isEqualTo(1);
            assertThat(t.rejected()).extracting(RejectedRecipient::customerId, RejectedRecipient::reason)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("NUL",
                                    "FNAME contains a control character (U+0000) at position 4, which a CheetahMail "
                                            + "field cannot hold"),
                            org.assertj.core.groups.Tuple.tuple("HALF",
                                    "FNAME contains an unpaired surrogate at position 4, which a CheetahMail field "
                                            + "cannot hold"),
                            org.assertj.core.groups.Tuple.tuple("IDCTRL",
                                    "EMAIL contains a control character (U+0007) at position 3, which a CheetahMail "
                                            + "field cannot hold"));
        });
        assertThat(fake.lists()).singleElement().satisfies(l -> assertThat(l.records()).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("FNAME", "Tab\tand \uD83D\uDE00 emoji\r\n")));
    }

    @Test
    void campaignWhoseRecipientsAllLackTheIdentifierFailsNamingItAndCreatesNothing() {
        List<Recipient> noEmail = List.of(
                Recipient.of("C1", 9001, Map.of("FirstName", "Ann")),
                Recipient.of("C2", 9002, Map.of("FirstName", "Bo", "Email", " ")));

        ExecutionReport report = bridge.execute(campaign(21, TEN_AM, noEmail));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.failure()).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.INVALID_INPUT);
            assertThat(f.step()).isEqualTo(ExecutionStep.RECIPIENTS_READ);
            assertThat(f.message()).contains("identifier attribute Email").contains("Nothing was created");
        });
        assertThat(report.templates()).isEmpty();
        assertThat(fake.lists()).isEmpty();
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void emptyCampaignIsAnErrorAndCreatesNothing() {
        ExecutionReport report = bridge.execute(campaign(4, TEN_AM, List.of()));

        assertThat(report.failure()).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.INVALID_INPUT);
            assertThat(f.step()).isEqualTo(ExecutionStep.RECIPIENTS_READ);
            assertThat(f.message()).isEqualTo("the campaign has no recipients; nothing was created");
        });
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void recipientSourceFailingMidwayFailsTheCampaignBeforeAnythingIsCreated() {
        OptimoveCampaign broken = OptimoveCampaign.builder().campaignId(5).channelId(1).scheduledTime(TEN_AM)
                .siteZone(BridgeFixture.LONDON).recipients(() -> java.util.stream.Stream.of(1, 2, 3).map(i -> {
                    if (i == 3) {
                        throw new IllegalArgumentException("recipients.csv row 3: TemplateID is not a number");
                    }
                    return recipient("C" + i, 9001, "c" + i + "@example.com", "N");
                })).build();

        DayReport day = bridge.runDay(TEN_AM.toLocalDate(), List.of(broken));

        assertThat(day.execution(5).orElseThrow().failure()).hasValueSatisfying(f -> {
            assertThat(f.step()).isEqualTo(ExecutionStep.RECIPIENTS_READ);
            assertThat(f.message()).contains("row 3");
        });
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void settingsRefuseContradictionsNamingTheField() {
        assertThatThrownBy(() -> BridgeFixture.settings().toBuilder().putFields("Other", "FNAME").build())
                .hasMessageContaining("FNAME");
        assertThatThrownBy(() -> BridgeFixture.settings().toBuilder().identifierAttribute(" ").build())
                .hasMessageContaining("identifierAttribute");
        assertThatThrownBy(() -> OptimoveCampaign.builder().campaignId(0).channelId(1).scheduledTime(TEN_AM)
                .siteZone(BridgeFixture.LONDON).build()).hasMessageContaining("campaignId");
        assertThatThrownBy(() -> IntegrationSettings.builder().build()).hasMessageContaining("custId");
    }
}
