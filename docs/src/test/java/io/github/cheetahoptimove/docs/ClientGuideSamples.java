package io.github.cheetahoptimove.docs;

import io.github.cheetahoptimove.cheetah.AmbiguousOutcomeException;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.cheetah.RateLimitedException;
import io.github.cheetahoptimove.cheetah.RetryPolicy;
import io.github.cheetahoptimove.cheetah.Campaign;
import io.github.cheetahoptimove.cheetah.CampaignId;
import io.github.cheetahoptimove.cheetah.CampaignStats;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.cheetah.ListId;
import io.github.cheetahoptimove.cheetah.NewCampaign;
import io.github.cheetahoptimove.cheetah.Record;
import io.github.cheetahoptimove.cheetah.Template;
import io.github.cheetahoptimove.cheetah.UploadResult;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/** The client guide's samples; GuideSamplesTest runs those that need no real account. */
final class ClientGuideSamples {
    private ClientGuideSamples() {}

    static CheetahClient tuned(String endpoint, String key, String secret, String clientId) {
        // tag::tuned-client[]
        CheetahClient client = CheetahClient.builder()
                .endpoint(endpoint)
                .consumerKey(key).consumerSecret(secret).clientId(clientId)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(60))
                .retryPolicy(RetryPolicy.builder().maxAttempts(6).maxElapsed(Duration.ofMinutes(3)).build())
                .build();
        // end::tuned-client[]
        return client;
    }

    static CheetahClient behindProxy(String key, String secret, String clientId) {
        // tag::own-okhttp[]
        OkHttpClient shared = new OkHttpClient.Builder()
                .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.internal", 3128)))
                .build();
        CheetahClient client = CheetahClient.builder()
                .endpoint("https://api.ccmp.eu")
                .consumerKey(key).consumerSecret(secret).clientId(clientId)
                .okHttpClient(shared)
                .build();
        // end::own-okhttp[]
        return client;
    }

    static String errors(CheetahClient client, CampaignId id) {
        // tag::errors[]
        try {
            Campaign campaign = client.campaigns().get(id);
            return campaign.status().name();
        } catch (RateLimitedException e) {
            return "slow down, retry after " + e.retryAfter().orElse(Duration.ofSeconds(1));
        } catch (CheetahException e) {
            // e.g. "GET /services2/api/EmailCampaign 404 [NOT_FOUND]: Campaign not found (request-id 7f3a)"
            return e.status() + " " + e.apiCode().orElse("-") + " " + e.requestId().orElse("-");
        }
        // end::errors[]
    }

    static CampaignId createSafely(CheetahClient client, NewCampaign campaign) {
        // tag::ambiguous[]
        String ref = campaign.externalRef().orElseThrow();
        try {
            return client.campaigns().create(campaign);
        } catch (AmbiguousOutcomeException e) {
            // The request went out but no answer came: look before creating again.
            return client.campaigns().listByExternalRef(ref).stream()
                    .map(Campaign::id)
                    .findFirst()
                    .orElseGet(() -> client.campaigns().create(campaign));
        }
        // end::ambiguous[]
    }

    static List<String> paging(CheetahClient client) {
        // tag::paging[]
        try (Stream<Template> templates = client.templates().stream(FolderId.of(77))) {
            return templates.map(Template::name).collect(Collectors.toList());
        }
        // end::paging[]
    }

    static UploadResult upload(CheetahClient client, ListId list, Stream<Record> records) {
        // tag::upload-all[]
        UploadResult result = client.lists().uploadAll(list, DataMapId.of(55), records.iterator(),
                batch -> System.out.println("batch of " + batch.sent() + ", rejected " + batch.rejected().size()));
        result.rejected().forEach(r -> System.out.println("record #" + r.index() + ": " + r.reason()));
        // end::upload-all[]
        return result;
    }

    static void faults(io.github.cheetahoptimove.testkit.FakeCheetahMail fake) {
        // tag::faults[]
        fake.faults().on("POST", "EmailCampaign").actThenDelay(Duration.ofSeconds(3)); // an ambiguous outcome
        fake.faults().on("POST", "ListRecords").nth(2).times(3).respond(503);          // a burst of 503s
        fake.faults().on("PUT", "EmailCampaign").dropConnection();                      // no answer at all
        fake.expireAllTokens();                                                         // 401 on the next call
        fake.rateLimit(10);                                                             // 429 over 10 calls/s
        // end::faults[]
    }

    static List<CampaignStats> async(CheetahClient client, List<CampaignId> ids) {
        // tag::async[]
        List<CompletableFuture<CampaignStats>> pending = ids.stream()
                .map(id -> client.campaigns().statsAsync(id))
                .collect(Collectors.toList());
        List<CampaignStats> stats = pending.stream().map(CompletableFuture::join).collect(Collectors.toList());
        // end::async[]
        return stats;
    }
}
