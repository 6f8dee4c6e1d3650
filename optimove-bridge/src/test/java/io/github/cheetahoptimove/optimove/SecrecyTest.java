package io.github.cheetahoptimove.optimove;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole flow, faults and failures included, with DEBUG logging captured, and checks that no
 * log line, exception message or {@code toString()} carries the consumer secret, an access token, or
 * a recipient's email or attribute values.
 */
class SecrecyTest {
    static final String SECRET = "Sup3r$ecret&=+% é-VALUE";
    static final String WRONG_SECRET = "Wr0ng$ecret-VALUE";
    static final TestClock CLOCK = TestClock.at(Instant.parse("2026-11-28T06:00:00Z"));
    static final LocalDate DAY = LocalDate.parse("2026-11-28");

    @Test
    void noSecretTokenOrPersonalValueReachesLogsMessagesOrStrings() throws IOException {
        Path log = Paths.get(System.getProperty("org.slf4j.simpleLogger.logFile", "target/sdk-test.log"));
        List<String> said = new ArrayList<>();
        Set<String> forbidden = new HashSet<>(List.of(SECRET, WRONG_SECRET));
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("Email", "secret.person." + i + "@example.org");
            a.put("FirstName", "Firstname" + i + "Private");
            a.put("FavoriteDepartment", "Dept" + i + "Private");
            a.put("LoyaltyPoints", i == 7 ? "Points7Private" : Integer.toString(1000 + i));
            recipients.add(Recipient.of("C" + i, i % 2 == 0 ? 9001 : 9002, a));
            forbidden.add(a.get("Email"));
            forbidden.add(a.get("FirstName"));
        }
        recipients.add(Recipient.of("BAD", 9001, Map.of("Email", "Broken.Mail.Private")));
        forbidden.add("Broken.Mail.Private");
        forbidden.add("Points7Private");

        try (FakeCheetahMail fake = FakeCheetahMail.builder().credentials("key-1", SECRET, "client-1").clock(CLOCK)
                .start();
                CheetahClient client = BridgeFixture.client(fake, CLOCK);
                CheetahClient wrong = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp()
                        .consumerKey("key-1").consumerSecret(WRONG_SECRET).clientId("client-1").build()) {
            OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(BridgeFixture.settings())
                    .clock(CLOCK).build();
            OptimoveCampaign campaign = BridgeFixture.campaign(3, LocalDateTime.parse("2026-11-28T10:00:00"),
                    recipients);
            fake.faults().on("POST", "ListRecords").nth(2).respond(503);
            fake.faults().on("POST", "EmailCampaign").actThenDelay(Duration.ofMillis(1200));
            fake.faults().on("PUT", "EmailCampaign").nth(2).always().respond(500);

            said.add(bridge.checkSetup().toString());
            said.add(bridge.templates().toString());
            DayReport first = bridge.runDay(DAY, List.of(campaign));
            fake.faults().clear();
            fake.expireAllTokens();
            DayReport second = bridge.runDay(DAY, List.of(campaign));
            said.add(first.toString());
            said.add(second.toString());
            said.add(bridge.dryRun(campaign).toString());
            CLOCK.advance(Duration.ofDays(1));
            fake.sendDue();
            said.add(bridge.metrics(DAY.plusDays(1), List.of(campaign)).toString());
            said.add(bridge.cancel(campaign).toString());
            said.add(OptimoveBridge.builder().client(wrong).settings(BridgeFixture.settings()).build().checkSetup()
                    .toString());
            CheetahException refused = org.assertj.core.api.Assertions.catchThrowableOfType(CheetahException.class,
                    () -> wrong.accounts().get());
            assertThat(refused).as("wrong credentials are refused").isNotNull();
            said.add(refused.getMessage());
            said.add(refused.toString());
            said.add(client.toString());
            said.add(client.config().toString());
            said.add(recipients.get(0).toString());
            said.add(campaign.toString());

            forbidden.addAll(fake.issuedTokens());
            assertThat(fake.issuedTokens()).isNotEmpty();
            assertThat(second.succeeded()).as(second.toString()).isTrue();
        }

        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).as("DEBUG lines were captured").contains("POST /services2/authorization/oAuth2/Token 200")
                .contains("/services2/api/ListRecords");
        String everything = logged + String.join("\n", said);
        for (String value : forbidden) {
            assertThat(everything).as("leaks a secret, token or personal value").doesNotContain(value);
        }
    }
}
