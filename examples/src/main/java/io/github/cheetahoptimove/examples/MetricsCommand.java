package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.MetricRow;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Example: the metrics due on a date, under Optimove's names. */
@Command(name = "metrics", description = "Pull the metrics due on a date for the campaigns of the file.")
final class MetricsCommand extends AccountCommand.WithCampaigns {
    @Option(names = "--date", required = true, description = "The day, e.g. 2026-11-29.")
    LocalDate date;

    @Override
    public Integer call() {
        List<OptimoveCampaign> list = readCampaigns();
        return options.withBridge(main.env, bridge -> {
            List<MetricRow> rows = bridge.metrics(date, list);
            options.print(main.out, Reports.metrics(rows), Reports.metricsText(rows));
            return Main.OK;
        });
    }
}
