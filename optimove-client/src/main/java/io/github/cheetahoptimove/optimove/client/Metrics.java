package io.github.cheetahoptimove.optimove.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Campaign metrics handed back to Optimove ({@code UpdateCampaignMetrics}), in calls of at most
 * {@value #MAX_PER_CALL} rows (Optimove refuses 100). A row replaces the value stored for its
 * channel, campaign, template and metric, so pushing a day's figures twice is harmless.
 * Thread-safe; from {@link OptimoveClient#metrics()}.
 */
public final class Metrics {
    /** Rows a call: fewer than 100. */
    public static final int MAX_PER_CALL = 99;

    private final OptimoveApi api;

    Metrics(OptimoveApi api) {
        this.api = api;
    }

    /** Pushes the figures; returns the calls made. */
    public int update(List<CampaignMetric> metrics) {
        int calls = 0;
        for (List<CampaignMetric> chunk : ChannelTemplates.chunks(metrics, MAX_PER_CALL)) {
            List<Map<String, Object>> body = new ArrayList<>();
            for (CampaignMetric m : chunk) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("ChannelID", m.channelId());
                row.put("CampaignID", m.campaignId());
                row.put("TemplateID", m.templateId());
                row.put("MetricID", m.metric().id());
                row.put("MetricValue", m.value());
                body.add(row);
            }
            Calls.execute(api.updateCampaignMetrics(Calls.json(body)));
            calls++;
        }
        return calls;
    }
}
