package io.github.cheetahoptimove.spring;

import io.github.cheetahoptimove.optimove.ExecutionStep;
import io.github.cheetahoptimove.optimove.ProgressListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The bridge's progress as Micrometer meters, following Micrometer's naming (dots, lower case,
 * base unit in the name): {@code cheetah.optimove.records.mapped}, {@code .records.uploaded},
 * {@code .records.rejected} (counters of records) and {@code cheetah.optimove.steps} (a counter
 * tagged {@code step}). Installed by the starter when a {@link MeterRegistry} bean exists; the
 * bridge serializes its calls.
 */
public class SdkMetrics implements ProgressListener {
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
    private void add(Counter counter, String kind, long campaignId, long templateId, long total) {
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
    public void stepDone(long campaignId, long templateId, ExecutionStep step) {
        registry.counter("cheetah.optimove.steps", "step", step.name().toLowerCase(java.util.Locale.ROOT)).increment();
    }
}
