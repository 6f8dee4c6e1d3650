package io.github.cheetahoptimove.docs;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.Account;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.cheetah.Template;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import java.time.LocalDate;
import java.util.List;

/** The README's samples; DocSamplesTest checks that the README shows exactly these lines. */
final class ReadmeSamples {
    private ReadmeSamples() {}

    static List<Template> minimalClient() {
        // tag::minimal-client[]
        try (CheetahClient client = CheetahClient.builder()
                .endpoint("https://api.eccmp.com")
                .consumerKey(System.getenv("CHEETAH_CONSUMER_KEY"))
                .consumerSecret(System.getenv("CHEETAH_CONSUMER_SECRET"))
                .clientId(System.getenv("CHEETAH_CLIENT_ID")) // optional: only if the account manager gave one
                .build()) {
            Account account = client.accounts().get();
            System.out.println("Connected to " + account.name() + " (Cust_ID " + account.custId() + ")");
            return client.templates().list(FolderId.of(77));
        }
        // end::minimal-client[]
    }

    static DayReport minimalBridge(CheetahClient client, LocalDate today, List<OptimoveCampaign> campaigns) {
        // tag::minimal-bridge[]
        IntegrationSettings settings = IntegrationSettings.builder()
                .custId(CustId.of(1234))
                .folderId(FolderId.of(77))
                .dataMapId(DataMapId.of(55))
                .identifierAttribute("Email").identifierField("EMAIL")
                .putFields("FirstName", "FNAME").putFields("FavoriteDepartment", "FAV_DEPT")
                .putFields("LoyaltyPoints", "LOYALTY_POINTS")
                .build();
        OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(settings).build();
        DayReport day = bridge.runDay(today, campaigns);
        day.executions().forEach(e -> System.out.println(e.campaignId() + " ok=" + e.succeeded()));
        // end::minimal-bridge[]
        return day;
    }
}
