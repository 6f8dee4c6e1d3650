package io.github.cheetahoptimove.docs;

// tag::testkit[]
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.optimove.Recipient;
import io.github.cheetahoptimove.optimove.RecipientSource;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeCheetahMailExtension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestkitSampleTest {
    @RegisterExtension
    static FakeCheetahMailExtension cheetah = FakeCheetahMailExtension.withDefaults();

    @Test
    void campaignIsScheduledOncePerTemplate(FakeCheetahMail fake) {
        try (CheetahClient client = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp()
                .consumerKey(fake.consumerKey()).consumerSecret(fake.consumerSecret())
                .clientId(fake.clientId()).build()) {
            LocalDateTime tomorrowTen = LocalDate.now().plusDays(1).atTime(10, 0);
            OptimoveCampaign campaign = OptimoveCampaign.builder().campaignId(42).channelId(504)
                    .scheduledTime(tomorrowTen).siteZone(ZoneId.of("Europe/London"))
                    .recipients(RecipientSource.of(List.of(
                            Recipient.of("C1", 9002, Map.of("Email", "ann@example.com", "FirstName", "Ann")))))
                    .build();

            IntegrationSettings settings = IntegrationSettings.builder()
                    .custId(CustId.of(fake.custId())).folderId(FolderId.of(fake.optimoveFolderId()))
                    .dataMapId(DataMapId.of(fake.dataMapId()))
                    .identifierAttribute("Email").identifierField("EMAIL")
                    .putFields("FirstName", "FNAME").putFields("FavoriteDepartment", "FAV_DEPT")
                    .putFields("LoyaltyPoints", "LOYALTY_POINTS")
                    .build();
            OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(settings).build();

            assertThat(bridge.checkSetup().ok()).isTrue();
            assertThat(bridge.execute(campaign).succeeded()).isTrue();
            assertThat(fake.campaigns()).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo("SCHEDULED"));
            assertThat(fake.listByName("optimove-42-9002-" + tomorrowTen.toLocalDate().toString().replace("-", "")))
                    .hasValueSatisfying(l -> assertThat(l.records()).hasSize(1));
        }
    }
}
// end::testkit[]
