package io.github.cheetahoptimove.spring;

import io.github.cheetahoptimove.cheetah.CallListener;
import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.ExecutionStep;
import io.github.cheetahoptimove.optimove.TemplateReport;
import io.github.cheetahoptimove.optimove.ProgressListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The SDK's work as Micrometer meters, following Micrometer's naming (dot-separated lower case, a
 * base unit on counters of things): from the bridge {@code cheetah.optimove.records.mapped},
 * {@code .records.uploaded}, {@code .records.rejected} (records), {@code cheetah.optimove.steps}
 * (tag {@code step}) and {@code cheetah.optimove.executions} (tag {@code outcome}: succeeded, failed,
 * already.done, dry.run); from the CheetahMail client the timer {@code cheetah.client.requests}
 * (tags {@code method}, {@code route}, {@code status}, {@code outcome}), {@code cheetah.client.retries}
 * and {@code cheetah.client.tokens}. Installed by the starter when a {@link MeterRegistry} bean
 * exists. Thread-safe.
 */
public class SdkMetrics implements ProgressListener, CallListener {
    private final MeterRegistry registry;
    private final Counter mapped;
    private final Counter uploaded;
    private final Counter rejected;
    private final java.util.Map<String, Long> lastTotals = new java.util.HashMap<>();

    /** Meters in {@code registry}. */
    public SdkMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.mapped = Counter.builder("cheetah.optimove.records.mapped").baseUnit("records")
                .description("Recipients mapped into records").register(registry);
        this.uploaded = Counter.builder("cheetah.optimove.records.uploaded").baseUnit("records")
                .description("Records uploaded to CheetahMail lists").register(registry);
        this.rejected = Counter.builder("cheetah.optimove.records.rejected").baseUnit("records")
                .description("Customers rejected, for any reason").register(registry);
    }

    /** The listener reports running totals per template: count only what was added since the last call. */
    private synchronized void add(Counter counter, String kind, long campaignId, long templateId, long total) {
        String key = kind + "/" + campaignId + "/" + templateId;
        long before = lastTotals.getOrDefault(key, 0L);
        if (total > before) {
            counter.increment(total - before);
        }
        lastTotals.put(key, Math.max(before, total));
    }

    @Override
    public void mapped(long campaignId, long templateId, long total) {
        add(mapped, "mapped", campaignId, templateId, total);
    }

    @Override
    public void uploaded(long campaignId, long templateId, long total) {
        add(uploaded, "uploaded", campaignId, templateId, total);
    }

    @Override
    public void rejected(long campaignId, long templateId, long total) {
        add(rejected, "rejected", campaignId, templateId, total);
    }

    @Override
    public synchronized void executed(ExecutionReport report) {
        String outcome = report.dryRun() ? "dry.run" : !report.succeeded() ? "failed"
                : !report.templates().isEmpty() && report.templates().stream().allMatch(TemplateReport::alreadyDone)
                ? "already.done" : "succeeded";
        registry.counter("cheetah.optimove.executions", "outcome", outcome).increment();
        // The execution is over: its running totals are no longer needed (keeps the map bounded).
        String campaign = "/" + report.campaignId() + "/";
        lastTotals.keySet().removeIf(k -> k.contains(campaign));
    }

    @Override
    public void exchange(String method, String route, int status, Duration duration) {
        Timer.builder("cheetah.client.requests").description("CheetahMail API calls")
                .tags("method", method, "route", route, "status", Integer.toString(status),
                        "outcome", status == 0 ? "no.answer" : status < 400 ? "success" : status == 429
                                ? "rate.limited" : status < 500 ? "client.error" : "server.error")
                .register(registry).record(duration);
    }

    @Override
    public void retry(String method, String route, int status) {
        registry.counter("cheetah.client.retries", "route", route, "status", Integer.toString(status)).increment();
    }

    @Override
    public void tokenRequested() {
        registry.counter("cheetah.client.tokens").increment();
    }

    @Override
    public void stepDone(long campaignId, long templateId, ExecutionStep step) {
        registry.counter("cheetah.optimove.steps", "step", step.name().toLowerCase(java.util.Locale.ROOT)).increment();
    }
}
