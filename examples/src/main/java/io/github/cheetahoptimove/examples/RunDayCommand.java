package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Example: the daily run. Executes the campaigns of the file (or, with {@code --from-optimove}, those
 * Optimove lists for the channel) scheduled on the date, refreshes the templates and collects the
 * metrics due; fed from Optimove, it also syncs the channel templates and pushes the metrics. Runs on one machine take turns through a lock file
 * beside the campaigns file. Exits 2 when a campaign failed; rejected recipients do not fail it.
 */
@Command(name = "run-day", description = "Execute the campaigns scheduled on a date.")
final class RunDayCommand extends AccountCommand {
    @Option(names = "--campaigns", description = "The campaigns JSON file (or --from-optimove).")
    Path campaigns;

    @Option(names = "--from-optimove", description = "Ask Optimove for the day's campaigns and their recipients.")
    boolean fromOptimove;

    @Option(names = "--date", required = true, description = "The day to run, e.g. 2026-11-28.")
    LocalDate date;

    @Option(names = "--dry-run", description = "Validate and report what would be done; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (fromOptimove == (campaigns != null)) {
            throw new UsageException("run-day takes either --campaigns FILE or --from-optimove");
        }
        if (fromOptimove) {
            return options.withOptimoveBridge(main.env, bridge -> {
                DayReport day = dryRun ? bridge.dryRunDay(date) : bridge.runDay(date);
                options.print(main.out, Reports.runDay(day), Reports.runDayText(day));
                return day.executions().stream().allMatch(e -> e.succeeded()) ? Main.OK : Main.CAMPAIGN_FAILED;
            });
        }
        List<OptimoveCampaign> list = CampaignsFile.read(campaigns);
        Path lockFile = campaigns.toAbsolutePath().resolveSibling(campaigns.getFileName() + ".lock");
        return options.withBridge(main.env, b -> b.lock(new FileExecutionLock(lockFile)), bridge -> {
            DayReport day = dryRun ? bridge.dryRunDay(date, list) : bridge.runDay(date, list);
            options.print(main.out, Reports.runDay(day), Reports.runDayText(day));
            return day.executions().stream().allMatch(e -> e.succeeded()) ? Main.OK : Main.CAMPAIGN_FAILED;
        });
    }
}
