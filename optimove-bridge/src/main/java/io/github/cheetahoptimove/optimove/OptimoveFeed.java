package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.optimove.client.AttributeDelimiter;
import io.github.cheetahoptimove.optimove.client.CampaignMetric;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import io.github.cheetahoptimove.optimove.client.OptimoveMetric;
import io.github.cheetahoptimove.optimove.client.OptimoveTemplate;
import io.github.cheetahoptimove.optimove.client.SendDetail;
import io.github.cheetahoptimove.optimove.client.SendDetailStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The Optimove side of the bridge, over {@code optimove-client}: the day's campaigns of the channel
 * as {@link OptimoveCampaign}s whose recipients stream from send details, the template sync, and
 * the metrics push. Holds no state between calls.
 */
final class OptimoveFeed {
    final OptimoveClient client;
    final int channelId;
    final ZoneId siteZone;
    private final AttributeDelimiter delimiter;
    private final List<String> attributes;

    OptimoveFeed(OptimoveClient client, int channelId, ZoneId siteZone, AttributeDelimiter delimiter,
            IntegrationSettings settings) {
        this.client = client;
        this.channelId = channelId;
        this.siteZone = siteZone;
        this.delimiter = delimiter;
        List<String> asked = new ArrayList<>();
        asked.add(settings.identifierAttribute());
        settings.fields().keySet().stream().filter(a -> !a.equals(settings.identifierAttribute())).forEach(asked::add);
        this.attributes = List.copyOf(asked);
    }

    /** The campaigns Optimove processed for the channel on {@code date}. */
    List<Long> executed(LocalDate date) {
        return client.campaigns().listExecuted(channelId, date);
    }

    /** A campaign only for metrics or cancel: its id and date, no recipients. */
    OptimoveCampaign idOnly(long campaignId, LocalDate date) {
        return OptimoveCampaign.builder().campaignId(campaignId).channelId(channelId).scheduledTime(date.atStartOfDay())
                .siteZone(siteZone).build();
    }

    /**
     * The campaign with its recipients streaming from Optimove. The first page is read here, since
     * the send time comes from the first readable row; that open stream serves the execution's
     * first read, so no page is fetched twice. Empty when Optimove has no readable row for it.
     */
    Optional<OptimoveCampaign> campaign(long campaignId) {
        SendDetailStream first = open(campaignId);
        List<SendDetail> head = new ArrayList<>();
        LocalDateTime at = null;
        while (at == null && first.hasNext()) {
            SendDetail d = first.next();
            head.add(d);
            at = d.scheduledTime().orElse(null);
        }
        if (at == null) {
            first.close();
            return Optional.empty();
        }
        LocalDateTime time = at;
        Recipients source = new Recipients(campaignId, time, head, first);
        return Optional.of(OptimoveCampaign.builder().campaignId(campaignId).channelId(channelId).scheduledTime(time)
                .siteZone(siteZone).recipients(source).build());
    }

    private SendDetailStream open(long campaignId) {
        return client.sendDetails().stream(channelId, campaignId, attributes, delimiter);
    }

    /** Send details as recipients; the first open reuses the stream already begun. */
    private final class Recipients implements RecipientSource {
        private final long campaignId;
        private final LocalDateTime time;
        private List<SendDetail> head;
        private SendDetailStream begun;

        Recipients(long campaignId, LocalDateTime time, List<SendDetail> head, SendDetailStream begun) {
            this.campaignId = campaignId;
            this.time = time;
            this.head = head;
            this.begun = begun;
        }

        @Override
        public synchronized Stream<Recipient> open() {
            List<SendDetail> prefix = head == null ? List.of() : head;
            SendDetailStream rest = begun == null ? OptimoveFeed.this.open(campaignId) : begun;
            head = null;
            begun = null;
            Iterator<SendDetail> all = new Iterator<SendDetail>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < prefix.size() || rest.hasNext();
                }

                @Override
                public SendDetail next() {
                    return i < prefix.size() ? prefix.get(i++) : rest.next();
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED), false)
                    .map(this::recipient).onClose(rest::close);
        }

        private Recipient recipient(SendDetail d) {
            if (!d.readable()) {
                return Recipient.unreadable(d.customerId(), d.rejection().orElse("unreadable row"));
            }
            if (!d.scheduledTime().map(time::equals).orElse(false)) {
                return Recipient.unreadable(d.customerId(), "ScheduledTime " + d.scheduledTime().orElse(null)
                        + " differs from the campaign's " + time + "; one send time per campaign is supported");
            }
            return Recipient.of(d.customerId(), d.templateId(), d.attributes());
        }
    }

    /** Makes the channel offer exactly the folder's templates; with {@code dry}, only says what it would do. */
    TemplateSync sync(List<ChannelTemplate> folder, boolean dry) {
        Map<Long, String> offered = new LinkedHashMap<>();
        client.channelTemplates().list(channelId).forEach(t -> offered.put(t.templateId(), t.templateName()));
        ImmutableTemplateSync.Builder report = TemplateSync.builder();
        List<OptimoveTemplate> toAdd = new ArrayList<>();
        Map<Long, Boolean> inFolder = new LinkedHashMap<>();
        for (ChannelTemplate t : folder) {
            inFolder.put(t.templateId(), true);
            String name = offered.get(t.templateId());
            if (name == null) {
                report.addAdded(t.templateId());
                toAdd.add(OptimoveTemplate.of(t.templateId(), t.templateName()));
            } else if (!name.equals(t.templateName())) {
                report.addRenamed(t.templateId());
                toAdd.add(OptimoveTemplate.of(t.templateId(), t.templateName()));
            }
            if (!t.unmappedFields().isEmpty()) {
                report.addFlagged(t);
            }
        }
        List<Long> gone = new ArrayList<>();
        offered.keySet().stream().filter(id -> !inFolder.containsKey(id)).forEach(gone::add);
        report.addAllRemoved(gone);
        if (!dry) {
            client.channelTemplates().add(channelId, toAdd);
            client.channelTemplates().delete(channelId, gone);
        }
        return report.build();
    }

    /** Pushes the rows under their MetricIDs; returns how many. */
    int push(List<MetricRow> rows) {
        List<CampaignMetric> metrics = new ArrayList<>();
        for (MetricRow r : rows) {
            OptimoveMetric m = OptimoveMetric.byName(r.metric()).orElseThrow(() ->
                    new IllegalStateException("no MetricID for the metric name " + r.metric()));
            metrics.add(CampaignMetric.of(r.channelId(), r.campaignId(), r.templateId(), m, r.value()));
        }
        client.metrics().update(metrics);
        return metrics.size();
    }
}
