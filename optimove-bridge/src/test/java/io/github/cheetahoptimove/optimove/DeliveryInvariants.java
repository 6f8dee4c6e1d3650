package io.github.cheetahoptimove.optimove;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.testkit.FakeCampaign;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What must hold after any run or rerun: one campaign and schedule per template, every valid customer once. */
final class DeliveryInvariants {
    private DeliveryInvariants() {}

    static void assertDeliveredExactlyOnce(FakeCheetahMail fake, long campaignId, LocalDate date,
            List<Recipient> valid, Instant sendAt) {
        Set<Long> templates = valid.stream().map(Recipient::templateId).collect(Collectors.toSet());
        String ref = "optimove:" + campaignId + ":" + date;
        List<FakeCampaign> campaigns = fake.campaigns().stream()
                .filter(c -> c.externalRef().equals(Optional.of(ref))).collect(Collectors.toList());
        assertThat(campaigns).as("campaigns of %s", ref).extracting(FakeCampaign::templateId)
                .containsExactlyInAnyOrderElementsOf(templates);
        for (FakeCampaign c : campaigns) {
            assertThat(c.status()).isEqualTo("SCHEDULED");
            assertThat(c.schedules()).as("schedules of %s", c).isEqualTo(1);
            assertThat(c.sendAt()).contains(sendAt);
            FakeList list = fake.lists().stream().filter(l -> l.id() == c.listId()).findFirst().orElseThrow();
            assertThat(list.name()).isEqualTo("optimove-" + campaignId + "-" + c.templateId() + "-"
                    + date.toString().replace("-", ""));
            List<String> expected = valid.stream().filter(r -> r.templateId() == c.templateId())
                    .map(r -> r.attribute("Email")).collect(Collectors.toList());
            assertThat(list.records()).as("records of %s", list).extracting(m -> m.get("EMAIL"))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(fake.lists().stream().filter(l -> l.name().startsWith("optimove-" + campaignId + "-")))
                .as("lists of campaign %d", campaignId).hasSize(templates.size());
    }

    static void assertRejectedWithReasons(ExecutionReport report, Collection<String> customerIds) {
        List<RejectedRecipient> rejected = report.templates().stream().flatMap(t -> t.rejected().stream())
                .collect(Collectors.toList());
        assertThat(rejected).extracting(RejectedRecipient::customerId)
                .containsExactlyInAnyOrderElementsOf(customerIds);
        assertThat(rejected).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }
}
