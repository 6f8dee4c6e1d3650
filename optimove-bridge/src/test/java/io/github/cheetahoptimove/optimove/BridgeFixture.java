package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bridge's tests' common set-up: settings matching the fake's seed, a client and recipients. */
final class BridgeFixture {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private BridgeFixture() {}

    static IntegrationSettings settings() {
        return IntegrationSettings.builder().custId(CustId.of(1234)).folderId(FolderId.of(77))
                .dataMapId(DataMapId.of(55)).identifierAttribute("Email").identifierField("EMAIL")
                .putFields("FirstName", "FNAME").putFields("FavoriteDepartment", "FAV_DEPT")
                .putFields("LoyaltyPoints", "LOYALTY_POINTS").build();
    }

    static CheetahClient client(FakeCheetahMail fake, TestClock clock) {
        return CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp().consumerKey(fake.consumerKey())
                .consumerSecret(fake.consumerSecret()).clientId(fake.clientId()).clock(clock)
                .readTimeout(Duration.ofMillis(800)).sleeper(d -> { }).build();
    }

    static Recipient recipient(String customerId, long templateId, String email, String firstName) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("Email", email);
        a.put("FirstName", firstName);
        a.put("FavoriteDepartment", "Shoes");
        a.put("LoyaltyPoints", "10");
        return Recipient.of(customerId, templateId, a);
    }

    /** {@code n} valid recipients spread over templates 9001 and 9002 (odd ids to 9002). */
    static List<Recipient> valid(int n) {
        List<Recipient> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(recipient("C" + i, i % 2 == 0 ? 9001 : 9002, "c" + i + "@example.com", "Name" + i));
        }
        return out;
    }

    static OptimoveCampaign campaign(long id, LocalDateTime at, List<Recipient> recipients) {
        return OptimoveCampaign.builder().campaignId(id).channelId(504).scheduledTime(at).siteZone(LONDON)
                .recipients(RecipientSource.of(recipients)).build();
    }
}
