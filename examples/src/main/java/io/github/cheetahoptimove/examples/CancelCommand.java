package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.CancelReport;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Example: cancel an execution in CheetahMail. Exits 2 when a campaign could not be stopped. */
@Command(name = "cancel", description = "Unschedule and delete an execution's CheetahMail campaigns.")
final class CancelCommand extends AccountCommand.WithCampaigns {
    @Option(names = "--campaign-id", required = true, description = "The Optimove campaign id to cancel.")
    long campaignId;

    @Override
    public Integer call() {
        OptimoveCampaign campaign = readCampaigns().stream().filter(c -> c.campaignId() == campaignId)
                .findFirst().orElseThrow(() -> new UsageException("--campaign-id " + campaignId + " is not in "
                        + campaigns));
        return options.withBridge(main.env, bridge -> {
            CancelReport report = bridge.cancel(campaign);
            options.print(main.out, Reports.cancel(report), Reports.cancelText(report));
            return report.complete() ? Main.OK : Main.CAMPAIGN_FAILED;
        });
    }
}
