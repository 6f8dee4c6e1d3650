package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CampaignStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/** CheetahMail's statistics under Optimove's metric names. */
final class MetricNames {
    static final Map<String, ToLongFunction<CampaignStats>> OPTIMOVE = new LinkedHashMap<>();

    static {
        OPTIMOVE.put("Sent", CampaignStats::recipients);
        OPTIMOVE.put("Delivered", CampaignStats::delivered);
        OPTIMOVE.put("Bounced", CampaignStats::bounces);
        OPTIMOVE.put("Opens", CampaignStats::openings);
        OPTIMOVE.put("Unique Opens", CampaignStats::openers);
        OPTIMOVE.put("Clicks", CampaignStats::clicks);
        OPTIMOVE.put("Unique Clicks", CampaignStats::clickers);
        OPTIMOVE.put("Unique Unsubscribes", CampaignStats::unsubs);
        OPTIMOVE.put("Spam Complaints", CampaignStats::complaints);
    }

    private MetricNames() {}
}
