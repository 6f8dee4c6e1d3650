package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.MetricRow;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Example: the metrics due on a date, pulled from CheetahMail and pushed to Optimove. */
@Command(name = "push-metrics", description = "Push to Optimove the metrics due on a date.")
final class PushMetricsCommand extends AccountCommand {
    @Option(names = "--date", required = true, description = "The day, e.g. 2026-11-29.")
    LocalDate date;

    @Override
    public Integer call() {
        return options.withOptimoveBridge(main.env, bridge -> {
            List<MetricRow> rows = bridge.pushMetrics(date);
            options.print(main.out, Reports.pushedMetrics(rows), Reports.metricsText(rows));
            return Main.OK;
        });
    }
}
