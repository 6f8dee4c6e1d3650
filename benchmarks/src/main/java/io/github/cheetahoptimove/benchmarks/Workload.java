package io.github.cheetahoptimove.benchmarks;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.optimove.Recipient;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;

/** The benchmarks' shared workload: recipients with 10 mapped attributes, and a bridge set up for the sink. */
final class Workload {
    private Workload() {}

    static final String[] ATTRIBUTES = {"Email", "Points", "LastPurchase", "FirstName", "LastName", "City",
        "Country", "Department", "Segment", "Tier"};

    static String value(int attribute, long i) {
        switch (attribute) {
            case 0:
                return "customer" + i + "@example.com";
            case 1:
                return Long.toString(i % 10_000);
            case 2:
                return "2026-" + (i % 3 + 10) + "-" + (i % 18 + 10);
            default:
                return ATTRIBUTES[attribute] + "-" + (i % 997);
        }
    }

    static Recipient recipient(long i) {
        Map<String, String> a = new LinkedHashMap<>(16);
        for (int k = 0; k < ATTRIBUTES.length; k++) {
            a.put(ATTRIBUTES[k], value(k, i));
        }
        return Recipient.of("C" + i, i % 2 == 0 ? 9001 : 9002, a);
    }

    static IntegrationSettings settings() {
        IntegrationSettings.Builder b = IntegrationSettings.builder().custId(CustId.of(1234)).folderId(FolderId.of(77))
                .dataMapId(DataMapId.of(55)).identifierAttribute("Email").identifierField("EMAIL")
                .accountZone(ZoneOffset.UTC);
        for (int k = 1; k < ATTRIBUTES.length; k++) {
            b.putFields(ATTRIBUTES[k], "F" + k);
        }
        return b.build();
    }

    static CheetahClient client(String baseUrl) {
        return CheetahClient.builder().endpoint(baseUrl).allowInsecureHttp().consumerKey("bench").consumerSecret("bench")
                .clientId("bench").maxRequestsPerSecond(0) // the sink has no limit: measure throughput
                .build();
    }

    static OptimoveCampaign campaign(long id, long recipients) {
        return OptimoveCampaign.builder().campaignId(id).channelId(1)
                .scheduledTime(LocalDateTime.parse("2030-01-01T10:00:00")).siteZone(ZoneOffset.UTC)
                .recipients(() -> LongStream.range(0, recipients).mapToObj(Workload::recipient)).build();
    }

    static Path tmp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
