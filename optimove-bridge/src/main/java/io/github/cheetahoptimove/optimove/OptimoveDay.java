package io.github.cheetahoptimove.optimove;

import io.github.cheetahoptimove.cheetah.CheetahException;
import io.github.cheetahoptimove.optimove.client.OptimoveEvent;
import io.github.cheetahoptimove.optimove.client.OptimoveException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day and the events as Optimove drives them (rule 9: events are hints, the day's list is the
 * truth): list the channel's campaigns, execute them through the bridge's usual idempotent path,
 * sync the channel templates, push the week's metrics, and react to notifications. Every failure is
 * reported, typed, as in the plain-values day.
 */
final class OptimoveDay {
    private static final Logger LOG = LoggerFactory.getLogger(OptimoveDay.class);

    private final OptimoveBridge bridge;
    private final OptimoveFeed feed;

    OptimoveDay(OptimoveBridge bridge, OptimoveFeed feed) {
        this.bridge = bridge;
        this.feed = feed;
    }

    DayReport run(LocalDate date, boolean dry) {
        List<OptimoveCampaign> campaigns = new ArrayList<>();
        List<ExecutionFailure> listing = new ArrayList<>();
        List<ExecutionReport> unreadable = new ArrayList<>();
        for (int back = 0; back <= OptimoveBridge.METRICS_DAYS; back++) {
            LocalDate day = date.minusDays(back);
            List<Long> ids;
            try {
                ids = feed.executed(day);
            } catch (OptimoveException e) {
                listing.add(ExecutionFailure.of(ExecutionStep.CAMPAIGNS_LISTED, e));
                continue;
            }
            for (long id : ids) {
                if (back > 0) {
                    campaigns.add(feed.idOnly(id, day));
                    continue;
                }
                try {
                    Optional<OptimoveCampaign> c = feed.campaign(id);
                    if (c.isPresent()) {
                        campaigns.add(c.get());
                    } else {
                        unreadable.add(noRecipients(id));
                    }
                } catch (OptimoveException e) {
                    unreadable.add(ExecutionReport.builder().campaignId(id).channelId(feed.channelId)
                            .failure(ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, e).about(id)).build());
                }
            }
        }
        DayReport plain = dry ? bridge.dryRunDay(date, campaigns) : bridge.runDay(date, campaigns);
        DayReport.Builder report = DayReport.builder().from(plain).addAllExecutions(unreadable)
                .addAllFailures(listing);
        try {
            report.templatesSync(feed.sync(plain.templates(), dry));
        } catch (OptimoveException e) {
            report.addFailures(ExecutionFailure.of(ExecutionStep.TEMPLATES_REFRESHED, e));
        }
        if (!dry && !plain.metrics().isEmpty()) {
            try {
                report.metricsPushed(feed.push(plain.metrics()));
            } catch (OptimoveException e) {
                report.addFailures(ExecutionFailure.of(ExecutionStep.METRICS_PUSHED, e));
            }
        }
        return report.build();
    }

    private ExecutionReport noRecipients(long id) {
        return ExecutionReport.builder().campaignId(id).channelId(feed.channelId)
                .failure(ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, FailureKind.INVALID_INPUT,
                        "Optimove has no readable recipient for campaign " + id + " on channel " + feed.channelId
                                + "; nothing was created").about(id))
                .build();
    }

    TemplateSync syncTemplates() {
        return feed.sync(bridge.templates(), false);
    }

    List<MetricRow> pushMetrics(LocalDate date) {
        List<OptimoveCampaign> due = new ArrayList<>();
        for (int back = 1; back <= OptimoveBridge.METRICS_DAYS; back++) {
            LocalDate day = date.minusDays(back);
            feed.executed(day).forEach(id -> due.add(feed.idOnly(id, day)));
        }
        List<MetricRow> rows = bridge.metrics(date, due);
        feed.push(rows);
        return rows;
    }

    EventReport handle(OptimoveEvent event) {
        ImmutableEventReport.Builder report = EventReport.builder().eventTypeId(event.eventTypeId())
                .campaignId(event.campaignId());
        if (event.channelId() != feed.channelId) {
            return report.action(EventReport.Action.IGNORED).reason("the event is for channel " + event.channelId()
                    + "; this integration serves channel " + feed.channelId).build();
        }
        if (event.campaignId() <= 0 && (event.type() == OptimoveEvent.Type.CAMPAIGN_PROCESSED
                || event.type() == OptimoveEvent.Type.CAMPAIGN_CANCELLED)) {
            return report.action(EventReport.Action.IGNORED).reason("the event names no campaign").build();
        }
        switch (event.type()) {
            case CAMPAIGN_PROCESSED:
                ExecutionReport execution;
                try {
                    execution = feed.campaign(event.campaignId()).map(bridge::execute)
                            .orElseGet(() -> noRecipients(event.campaignId()));
                } catch (OptimoveException e) {
                    execution = ExecutionReport.builder().campaignId(event.campaignId()).channelId(feed.channelId)
                            .failure(ExecutionFailure.of(ExecutionStep.RECIPIENTS_READ, e).about(event.campaignId()))
                            .build();
                }
                return report.action(EventReport.Action.EXECUTED).execution(execution)
                        .reason("campaign processed: executed (the daily run finds it done)").build();
            case CAMPAIGN_CANCELLED:
                LocalDate date = event.timeStamp().map(t -> t.toLocalDate())
                        .orElseGet(() -> LocalDate.now(bridge.clock.withZone(feed.siteZone)));
                try {
                    CancelReport cancel = bridge.cancel(event.campaignId(), date);
                    return report.action(EventReport.Action.CANCELLED).cancel(cancel)
                            .reason("campaign cancelled in Optimove: its CheetahMail campaigns of " + date
                                    + " were cancelled").build();
                } catch (CheetahException e) {
                    LOG.warn("cancel of campaign {} failed: {}", event.campaignId(), e.getMessage());
                    throw e;
                }
            default:
                return report.action(EventReport.Action.IGNORED).reason(event.type() == OptimoveEvent.Type.UNKNOWN
                        ? "event type " + event.eventTypeId() + " is not one this SDK knows"
                        : "event type " + event.eventTypeId() + " (" + event.type() + ") needs no action").build();
        }
    }
}
