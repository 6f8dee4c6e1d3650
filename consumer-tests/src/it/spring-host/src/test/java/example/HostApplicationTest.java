package example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.optimove.Recipient;
import io.github.cheetahoptimove.optimove.RecipientSource;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter wires a working bridge from properties alone. */
@SpringBootTest
class HostApplicationTest {
    static final FakeCheetahMail FAKE = FakeCheetahMail.builder().start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("cheetah-optimove.cheetah.endpoint", FAKE::baseUrl);
        r.add("cheetah-optimove.cheetah.allow-insecure-http", () -> "true");
        r.add("cheetah-optimove.cheetah.consumer-key", FAKE::consumerKey);
        r.add("cheetah-optimove.cheetah.consumer-secret", FAKE::consumerSecret);
        r.add("cheetah-optimove.integration.cust-id", () -> "1234");
        r.add("cheetah-optimove.integration.folder-id", () -> "77");
        r.add("cheetah-optimove.integration.data-map-id", () -> "55");
        r.add("cheetah-optimove.integration.identifier-attribute", () -> "Email");
        r.add("cheetah-optimove.integration.identifier-field", () -> "EMAIL");
        r.add("cheetah-optimove.integration.fields.FirstName", () -> "FNAME");
    }

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Autowired
    OptimoveBridge bridge;

    @Test
    void theBridgeFromPropertiesSchedulesACampaign() {
        ZoneId london = ZoneId.of("Europe/London");
        OptimoveCampaign campaign = OptimoveCampaign.builder().campaignId(42).channelId(504)
                .scheduledTime(LocalDate.now(london).plusDays(1).atTime(10, 0)).siteZone(london)
                .recipients(RecipientSource.of(List.of(
                        Recipient.of("C1", 9002, Map.of("Email", "ann@example.com", "FirstName", "Ann")))))
                .build();

        ExecutionReport report = bridge.execute(campaign);

        assertThat(report.succeeded()).as(report.toString()).isTrue();
        assertThat(FAKE.campaigns()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo("SCHEDULED"));
    }
}
