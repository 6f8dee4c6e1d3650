package io.github.cheetahoptimove.spring;

import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.ExecutionFailure;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The scheduled daily run: at each tick of the cron (in the site's zone) it runs today's day fed
 * from Optimove and logs a one-line summary; the last report is kept for the host. Runs on the
 * starter's single scheduler thread, so two ticks never overlap; use an {@code ExecutionLock} bean
 * for several hosts.
 */
public class DailyRun implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyRun.class);

    private final OptimoveBridge bridge;
    private final ZoneId zone;
    private final Clock clock;
    private final AtomicReference<DayReport> last = new AtomicReference<>();

    /** Runs {@code bridge}'s day, "today" being the date in {@code zone}. */
    public DailyRun(OptimoveBridge bridge, ZoneId zone, Clock clock) {
        this.bridge = bridge;
        this.zone = zone;
        this.clock = clock;
    }

    void schedule(TaskScheduler scheduler, String cron) {
        scheduler.schedule(this, new CronTrigger(cron, zone));
    }

    @Override
    public void run() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        try {
            DayReport day = bridge.runDay(today);
            last.set(day);
            LOG.info("Optimove day {}: {} campaigns, succeeded={}, templates synced={}, metrics pushed={}", today,
                    day.executions().size(), day.succeeded(), day.templatesSync().isPresent(), day.metricsPushed());
            day.failures().stream().map(ExecutionFailure::toString).forEach(f -> LOG.warn("Optimove day {}: {}", today, f));
        } catch (RuntimeException e) {
            LOG.error("Optimove day {} stopped: {}", today, e.toString());
        }
    }

    /** The last day's report, once a run finished. */
    public java.util.Optional<DayReport> lastReport() {
        return java.util.Optional.ofNullable(last.get());
    }
}
