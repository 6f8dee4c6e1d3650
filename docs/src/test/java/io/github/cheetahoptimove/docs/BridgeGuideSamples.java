package io.github.cheetahoptimove.docs;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.CancelReport;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.ExecutionLock;
import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.MetricRow;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.optimove.ProgressListener;
import io.github.cheetahoptimove.optimove.Recipient;
import io.github.cheetahoptimove.optimove.SendDetails;
import io.github.cheetahoptimove.optimove.SetupReport;
import io.github.cheetahoptimove.optimove.ShedLockExecutionLock;
import java.time.Duration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/** The bridge guide's samples; GuideSamplesTest runs them against the fake. */
final class BridgeGuideSamples {
    private BridgeGuideSamples() {}

    static SetupReport doctor(CheetahClient client, IntegrationSettings settings) {
        // tag::doctor[]
        SetupReport report = OptimoveBridge.builder().client(client).settings(settings).build().checkSetup();
        report.checks().stream()
                .filter(check -> !check.ok())
                .forEach(check -> System.err.println(check.name() + ": " + check.fix().orElse("")));
        // end::doctor[]
        return report;
    }

    static OptimoveCampaign fromSendDetails(List<Map<String, Object>> rows, long campaignId, int channelId,
            LocalDateTime scheduled) {
        // tag::send-details[]
        List<String> asked = List.of("Email", "FirstName");
        List<Recipient> recipients = rows.stream()
                .map(row -> SendDetails.toRecipient(row, asked, ","))
                .collect(Collectors.toList());
        OptimoveCampaign campaign = OptimoveCampaign.builder()
                .campaignId(campaignId).channelId(channelId)
                .scheduledTime(scheduled).siteZone(ZoneId.of("Europe/London"))
                .recipients(() -> recipients.stream())
                .build();
        // end::send-details[]
        return campaign;
    }

    static DayReport dailyJob(CheetahClient client, IntegrationSettings settings, ExecutorService pool,
            ExecutionLock clusterLock, LocalDate today, List<OptimoveCampaign> lastEightDays) {
        // tag::daily-job[]
        OptimoveBridge bridge = OptimoveBridge.builder()
                .client(client)
                .settings(settings)
                .lock(clusterLock)
                .executor(pool)
                .progressListener(new ProgressListener() {
                    @Override
                    public void uploaded(long campaignId, long templateId, long total) {
                        System.out.println(campaignId + "/" + templateId + ": " + total + " uploaded");
                    }
                })
                .spillDirectory(Path.of(System.getProperty("java.io.tmpdir")))
                .build();
        DayReport day = bridge.runDay(today, lastEightDays);
        List<MetricRow> forOptimove = day.metrics();
        // end::daily-job[]
        return day;
    }

    static OptimoveBridge clustered(CheetahClient client, IntegrationSettings settings,
            net.javacrumbs.shedlock.core.LockProvider provider) {
        // tag::shedlock[]
        // provider: any ShedLock LockProvider your hosts share, e.g. new JdbcTemplateLockProvider(dataSource)
        ExecutionLock lock = ShedLockExecutionLock.of(provider)
                .withTimings(Duration.ofHours(4), Duration.ofMinutes(30), Duration.ofSeconds(1));
        OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(settings).lock(lock).build();
        // end::shedlock[]
        return bridge;
    }

    static ExecutionReport dryRun(OptimoveBridge bridge, OptimoveCampaign campaign) {
        // tag::dry-run[]
        ExecutionReport preview = bridge.dryRun(campaign);
        preview.templates().forEach(t -> System.out.println("template " + t.templateId() + " would send to "
                + t.accepted() + " customers at " + t.scheduledAt().orElse(null) + ", rejecting "
                + t.rejectedCount()));
        // end::dry-run[]
        return preview;
    }

    static CancelReport cancel(OptimoveBridge bridge, long campaignId, LocalDate scheduledDate) {
        // tag::cancel[]
        CancelReport report = bridge.cancel(campaignId, scheduledDate);
        if (!report.complete()) {
            report.notStopped().forEach((id, why) -> System.err.println("could not stop " + id + ": " + why));
        }
        // end::cancel[]
        return report;
    }
}
