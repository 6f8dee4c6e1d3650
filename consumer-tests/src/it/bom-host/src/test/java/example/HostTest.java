package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.optimove.Recipient;
import io.github.cheetahoptimove.optimove.RecipientSource;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a host's own integration test looks like: the SDK against the testkit's fake. */
class HostTest {
    @Test
    void aCampaignIsScheduledOnTheFake() {
        try (FakeCheetahMail fake = FakeCheetahMail.builder().start();
                CheetahClient client = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp()
                        .consumerKey(fake.consumerKey()).consumerSecret(fake.consumerSecret()).build()) {
            IntegrationSettings settings = IntegrationSettings.builder().custId(CustId.of(1234))
                    .folderId(FolderId.of(77)).dataMapId(DataMapId.of(55))
                    .identifierAttribute("Email").identifierField("EMAIL").putFields("FirstName", "FNAME").build();
            OptimoveCampaign campaign = OptimoveCampaign.builder().campaignId(42).channelId(504)
                    .scheduledTime(LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).atTime(10, 0))
                    .siteZone(ZoneId.of("Europe/London"))
                    .recipients(RecipientSource.of(List.of(
                            Recipient.of("C1", 9002, Map.of("Email", "ann@example.com", "FirstName", "Ann")))))
                    .build();

            ExecutionReport report = OptimoveBridge.builder().client(client).settings(settings).build()
                    .execute(campaign);

            assertTrue(report.succeeded(), report.toString());
            assertEquals("SCHEDULED", fake.campaigns().get(0).status());
        }
    }
}
