package io.github.cheetahoptimove.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cheetahoptimove.optimove.CancelReport;
import io.github.cheetahoptimove.optimove.ChannelTemplate;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.EventReport;
import io.github.cheetahoptimove.optimove.ExecutionFailure;
import io.github.cheetahoptimove.optimove.TemplateSync;
import io.github.cheetahoptimove.optimove.client.OptimoveMetric;
import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.MetricRow;
import io.github.cheetahoptimove.optimove.RejectedRecipient;
import io.github.cheetahoptimove.optimove.SetupCheck;
import io.github.cheetahoptimove.optimove.SetupReport;
import io.github.cheetahoptimove.optimove.TemplateReport;
import java.io.UncheckedIOException;
import java.util.List;

/** Renders the bridge's reports as the tool prints them: JSON documents or plain text. */
final class Reports {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {}

    static String json(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode doctor(SetupReport report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode checks = root.putArray("checks");
        for (SetupCheck c : report.checks()) {
            checks.addObject().put("name", c.name()).put("ok", c.ok()).put("fix", c.fix().orElse(null));
        }
        return root;
    }

    static String doctorText(SetupReport report) {
        StringBuilder sb = new StringBuilder();
        for (SetupCheck c : report.checks()) {
            sb.append(c.ok() ? "[ ok ] " : "[FAIL] ").append(c.name()).append('\n');
            c.fix().ifPresent(f -> sb.append("       fix: ").append(f).append('\n'));
        }
        return sb.toString();
    }

    static ObjectNode templates(List<ChannelTemplate> templates) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("templates");
        for (ChannelTemplate t : templates) {
            ObjectNode n = list.addObject().put("templateId", t.templateId()).put("templateName", t.templateName());
            t.personalizationFields().forEach(n.putArray("personalizationFields")::add);
            t.unmappedFields().forEach(n.putArray("unmappedFields")::add);
        }
        return root;
    }

    static String templatesText(List<ChannelTemplate> templates) {
        StringBuilder sb = new StringBuilder();
        for (ChannelTemplate t : templates) {
            sb.append(t.templateId()).append("  ").append(t.templateName()).append("  fields ")
                    .append(t.personalizationFields());
            if (!t.usable()) {
                sb.append("  FLAGGED: unmapped ").append(t.unmappedFields());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static ObjectNode runDay(DayReport day) {
        ObjectNode root = JSON.createObjectNode().put("date", day.date().toString());
        ArrayNode campaigns = root.putArray("campaigns");
        for (ExecutionReport e : day.executions()) {
            campaigns.add(campaign(e));
        }
        ArrayNode errors = root.putArray("errors");
        ArrayNode failures = root.putArray("failures");
        day.failures().forEach(f -> {
            errors.add(f.message());
            failureJson(failures.addObject(), f);
        });
        day.templatesSync().ifPresent(sync -> {
            root.set("templatesSync", templatesSync(sync));
            root.put("metricsPushed", day.metricsPushed());
        });
        return root;
    }

    /** One campaign's entry of a run-day report. */
    static ObjectNode campaign(ExecutionReport e) {
        ObjectNode c = JSON.createObjectNode().put("campaignId", e.campaignId());
        ArrayNode templates = c.putArray("templates");
        for (TemplateReport t : e.templates()) {
            ObjectNode n = templates.addObject().put("templateId", t.templateId());
            n.put("cheetahCampaignId", t.cheetahCampaignId().map(id -> id.value()).orElse(null));
            n.put("listId", t.listId().map(id -> id.value()).orElse(null));
            n.put("scheduledAt", t.scheduledAt().map(Object::toString).orElse(null));
            n.put("accepted", t.accepted());
            ArrayNode rejected = n.putArray("rejected");
            for (RejectedRecipient r : t.rejected()) {
                rejected.addObject().put("customerId", r.customerId()).put("reason", r.reason());
            }
            n.put("rejectedCount", t.rejectedCount());
            n.put("alreadyDone", t.alreadyDone());
            failure(n, t.failure());
        }
        failure(c, e.failure());
        return c;
    }

    /** {@code {"added": [ids], "renamed": [ids], "removed": [ids], "flagged": [{templateId, unmappedFields}]}} */
    static ObjectNode templatesSync(TemplateSync sync) {
        ObjectNode n = JSON.createObjectNode();
        sync.added().forEach(n.putArray("added")::add);
        sync.renamed().forEach(n.putArray("renamed")::add);
        sync.removed().forEach(n.putArray("removed")::add);
        ArrayNode flagged = n.putArray("flagged");
        for (ChannelTemplate t : sync.flagged()) {
            ObjectNode f = flagged.addObject().put("templateId", t.templateId());
            t.unmappedFields().forEach(f.putArray("unmappedFields")::add);
        }
        return n;
    }

    static String templatesSyncText(TemplateSync sync) {
        return "added " + sync.added() + ", renamed " + sync.renamed() + ", removed " + sync.removed()
                + (sync.flagged().isEmpty() ? "" : ", flagged " + sync.flagged().stream()
                        .map(t -> t.templateId() + " " + t.unmappedFields()).collect(java.util.stream.Collectors.toList()))
                + "\n";
    }

    /** {@code {"metrics": [{campaignId, channelId, templateId, metric, metricId, value}], "pushed": n}} */
    static ObjectNode pushedMetrics(List<MetricRow> rows) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode metrics = root.putArray("metrics");
        for (MetricRow r : rows) {
            metrics.addObject().put("campaignId", r.campaignId()).put("channelId", r.channelId())
                    .put("templateId", r.templateId()).put("metric", r.metric())
                    .put("metricId", OptimoveMetric.byName(r.metric()).map(OptimoveMetric::id).orElse(-1))
                    .put("value", r.value());
        }
        root.put("pushed", rows.size());
        return root;
    }

    /** {@code {"eventTypeId", "campaignId", "action", "reason", "execution", "cancelled"}} */
    static ObjectNode event(EventReport report) {
        ObjectNode n = JSON.createObjectNode().put("eventTypeId", report.eventTypeId())
                .put("campaignId", report.campaignId())
                .put("action", report.action().name().toLowerCase(java.util.Locale.ROOT)).put("reason", report.reason());
        report.execution().ifPresent(e -> n.set("execution", campaign(e)));
        if (report.cancel().isPresent()) {
            report.cancelled().forEach(id -> n.withArray("cancelled").add(id.value()));
            n.withArray("cancelled");
        }
        return n;
    }

    static String eventText(EventReport report) {
        return report.action() + " event " + report.eventTypeId() + " of campaign " + report.campaignId() + ": "
                + report.reason() + report.execution().map(e -> "\n" + (e.succeeded() ? "executed" : "FAILED: "
                        + e.failure().map(ExecutionFailure::message).orElse("a template failed"))).orElse("")
                + (report.cancel().isPresent() ? "\ncancelled " + report.cancelled() : "") + "\n";
    }

    /** {@code "error"}: the message alone, for a quick read; {@code "failure"}: the typed failure. */
    private static void failure(ObjectNode node, java.util.Optional<ExecutionFailure> failure) {
        node.put("error", failure.map(ExecutionFailure::message).orElse(null));
        if (failure.isPresent()) {
            failureJson(node.putObject("failure"), failure.get());
        } else {
            node.putNull("failure");
        }
    }

    private static void failureJson(ObjectNode n, ExecutionFailure f) {
        n.put("step", f.step().name()).put("kind", f.kind().name()).put("retryable", f.kind().retryable())
                .put("message", f.message());
        if (f.campaignId().isPresent()) {
            n.put("campaignId", f.campaignId().getAsLong());
        }
        if (f.templateId().isPresent()) {
            n.put("templateId", f.templateId().getAsLong());
        }
        if (f.httpStatus() > 0) {
            n.put("httpStatus", f.httpStatus());
        }
        f.apiCode().ifPresent(code -> n.put("apiCode", code));
        f.requestId().ifPresent(id -> n.put("requestId", id));
    }

    static String runDayText(DayReport day) {
        StringBuilder sb = new StringBuilder("Day ").append(day.date()).append('\n');
        for (ExecutionReport e : day.executions()) {
            sb.append("campaign ").append(e.campaignId());
            e.sendAt().ifPresent(at -> sb.append(" send at ").append(at));
            e.failure().ifPresent(f -> sb.append("  FAILED: ").append(f.message()));
            sb.append('\n');
            for (TemplateReport t : e.templates()) {
                sb.append("  template ").append(t.templateId()).append(": accepted ").append(t.accepted())
                        .append(", rejected ").append(t.rejectedCount());
                t.cheetahCampaignId().ifPresent(id -> sb.append(", CheetahMail campaign ").append(id));
                t.listId().ifPresent(id -> sb.append(", list ").append(id));
                if (t.alreadyDone()) {
                    sb.append(" (already done)");
                }
                t.failure().ifPresent(f -> sb.append("  FAILED: ").append(f.message()));
                sb.append('\n');
                t.rejected().stream().limit(10).forEach(r -> sb.append("    rejected ").append(r.customerId())
                        .append(": ").append(r.reason()).append('\n'));
                if (t.rejectedCount() > 10) {
                    sb.append("    ... and ").append(t.rejectedCount() - 10).append(" more\n");
                }
            }
        }
        day.failures().forEach(f -> sb.append("error: ").append(f.message()).append('\n'));
        return sb.toString();
    }

    static ObjectNode metrics(List<MetricRow> rows) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("metrics");
        for (MetricRow r : rows) {
            list.addObject().put("campaignId", r.campaignId()).put("channelId", r.channelId())
                    .put("templateId", r.templateId()).put("metric", r.metric()).put("value", r.value());
        }
        return root;
    }

    static String metricsText(List<MetricRow> rows) {
        StringBuilder sb = new StringBuilder();
        for (MetricRow r : rows) {
            sb.append(String.format("campaign %d template %d  %-20s %d%n", r.campaignId(), r.templateId(), r.metric(),
                    r.value()));
        }
        return sb.length() == 0 ? "no metrics due\n" : sb.toString();
    }

    static ObjectNode cancel(CancelReport report) {
        ObjectNode root = JSON.createObjectNode().put("campaignId", report.campaignId());
        ArrayNode cancelled = root.putArray("cancelled");
        report.cancelled().forEach(id -> cancelled.add(id.value()));
        ArrayNode notStopped = root.putArray("notStopped");
        report.notStopped().forEach((id, why) -> notStopped.addObject().put("cheetahCampaignId", id.value())
                .put("reason", why));
        return root;
    }

    static String cancelText(CancelReport report) {
        StringBuilder sb = new StringBuilder("campaign ").append(report.campaignId()).append(": cancelled ")
                .append(report.cancelled()).append('\n');
        report.notStopped().forEach((id, why) -> sb.append("  could not stop ").append(id).append(": ").append(why)
                .append('\n'));
        return sb.toString();
    }
}
