package io.github.cheetahoptimove.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.cheetah.CustId;
import io.github.cheetahoptimove.cheetah.DataMapId;
import io.github.cheetahoptimove.cheetah.FolderId;
import io.github.cheetahoptimove.optimove.ChannelTemplate;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.ExecutionStep;
import io.github.cheetahoptimove.optimove.IntegrationSettings;
import io.github.cheetahoptimove.optimove.MetricRow;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.OptimoveCampaign;
import io.github.cheetahoptimove.optimove.ProgressListener;
import io.github.cheetahoptimove.optimove.Recipient;
import io.github.cheetahoptimove.optimove.SetupReport;
import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import io.github.cheetahoptimove.optimove.client.OptimoveMetric;
import io.github.cheetahoptimove.testkit.FakeOptimove;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The end-to-end demo on both embedded fakes, the whole loop: setup check, templates, the daily run
 * fed from Optimove (a campaign of 50,000 generated recipients, a few deliberately bad, over two
 * templates; the channel templates synced to Optimove), a simulated send, the next day's run pushing
 * the metrics back to Optimove, and what Optimove received. Needs no account and no credentials.
 */
@Command(name = "demo", description = "Run the whole loop against embedded fakes of CheetahMail and Optimove.")
final class DemoCommand implements Callable<Integer> {
    private static final ZoneId SITE_ZONE = ZoneId.of("Europe/London");
    private static final int CHANNEL = 504;

    @ParentCommand
    Main main;

    @Option(names = "--output", defaultValue = "text", description = "text or json (one JSON document on stdout).")
    CommonOptions.Output output;

    @Option(names = "--recipients", defaultValue = "50000", description = "How many recipients to generate.")
    int recipients;

    @Override
    public Integer call() {
        boolean json = output == CommonOptions.Output.json;
        LocalDate today = LocalDate.now(SITE_ZONE);
        LocalDateTime tenAm = LocalDateTime.of(today, LocalTime.of(10, 0));
        TestClock clock = TestClock.at(today.atTime(6, 0).atZone(SITE_ZONE).toInstant());
        FakeOptimove.Builder optimoveSeed = FakeOptimove.builder().clock(clock).siteZone(SITE_ZONE)
                .generator((campaign, i, attribute) -> recipient((int) i).attribute(attribute))
                .campaign(1001, CHANNEL, tenAm, recipients, 9001, 9002);
        if (recipients > 300) {
            optimoveSeed.templateOf(1001, 123, 4242).unreadableRow(1001, 300);
        }
        try (FakeCheetahMail fake = FakeCheetahMail.builder().clock(clock).start();
                FakeOptimove optimoveFake = optimoveSeed.start();
                CheetahClient client = CheetahClient.builder().endpoint(fake.baseUrl()).allowInsecureHttp()
                        .consumerKey(fake.consumerKey()).consumerSecret(fake.consumerSecret())
                        .clientId(fake.clientId()).clock(clock).build();
                OptimoveClient optimove = OptimoveClient.builder().baseUrl(optimoveFake.baseUrl()).allowInsecureHttp()
                        .apiKey(optimoveFake.apiKey()).build()) {
            IntegrationSettings settings = IntegrationSettings.builder().custId(CustId.of(fake.custId()))
                    .folderId(FolderId.of(fake.optimoveFolderId())).dataMapId(DataMapId.of(fake.dataMapId()))
                    .identifierAttribute("Email").identifierField("EMAIL")
                    .putFields("FirstName", "FNAME").putFields("FavoriteDepartment", "FAV_DEPT")
                    .putFields("LoyaltyPoints", "LOYALTY_POINTS").build();
            OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(settings).clock(clock)
                    .optimove(optimove, CHANNEL, SITE_ZONE).progressListener(new ProgressBar()).build();
            ObjectNode report = Reports.JSON.createObjectNode();

            section(json, "1. Setup check against the fake CheetahMail at " + fake.baseUrl());
            SetupReport doctor = bridge.checkSetup();
            report.set("doctor", Reports.doctor(doctor));
            text(json, Reports.doctorText(doctor));

            section(json, "2. Templates of the Optimove folder");
            List<ChannelTemplate> templates = bridge.templates();
            report.set("templates", Reports.templates(templates));
            text(json, Reports.templatesText(templates));

            section(json, "3. Daily run of " + today + " fed from the fake Optimove at " + optimoveFake.baseUrl()
                    + ": campaign 1001, " + recipients + " recipients, two templates");
            DayReport day = bridge.runDay(today);
            report.set("runDay", Reports.runDay(day));
            text(json, Reports.runDayText(day));
            text(json, "channel templates synced to Optimove: " + day.templatesSync().map(Reports::templatesSyncText)
                    .orElse("-\n"));

            section(json, "4. Simulated send at 10:00 " + SITE_ZONE);
            clock.advance(Duration.ofHours(5));
            int sent = fake.sendDue();
            report.put("sent", sent);
            text(json, sent + " CheetahMail campaigns sent\n");

            section(json, "5. Daily run of " + today.plusDays(1) + ": yesterday's metrics pushed back to Optimove");
            clock.advance(Duration.ofDays(1));
            DayReport next = bridge.runDay(today.plusDays(1));
            List<MetricRow> metrics = next.metrics();
            report.set("metrics", Reports.pushedMetrics(metrics));
            text(json, Reports.metricsText(metrics));

            section(json, "6. What Optimove received");
            ObjectNode received = report.putObject("optimoveReceived");
            ObjectNode channelTemplates = received.putObject("channelTemplates");
            optimoveFake.channelTemplates(CHANNEL).forEach((id, name) -> channelTemplates.put(Long.toString(id), name));
            ObjectNode values = received.putObject("metrics");
            for (long template : new long[] {9001, 9002}) {
                ObjectNode t = values.putObject(Long.toString(template));
                for (OptimoveMetric m : OptimoveMetric.values()) {
                    optimoveFake.metric(CHANNEL, 1001, template, m.id()).ifPresent(v -> t.put(m.displayName(), v));
                }
            }
            text(json, "channel " + CHANNEL + " templates: " + optimoveFake.channelTemplates(CHANNEL) + "\n"
                    + "campaign 1001 metrics: " + values + "\n");

            if (json) {
                main.out.println(Reports.json(report));
            }
            return doctor.ok() && day.failures().isEmpty() && next.failures().isEmpty() && sent > 0
                    && day.executions().stream().allMatch(ExecutionReport::succeeded) ? Main.OK : Main.CAMPAIGN_FAILED;
        }
    }

    /** Customer {@code i}; a few are deliberately bad, to show rejects. */
    static Recipient recipient(int i) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("Email", "customer" + i + "@example.com");
        a.put("FirstName", "Customer " + i);
        a.put("FavoriteDepartment", i % 3 == 0 ? "Shoes" : "Garden");
        a.put("LoyaltyPoints", Integer.toString(i % 500));
        long template = i % 2 == 0 ? 9001 : 9002;
        switch (i) {
            case 17:
                a.remove("Email");
                break;
            case 42:
                a.put("Email", "not-an-email");
                break;
            case 99:
                a.put("LoyaltyPoints", "lots");
                break;
            case 123:
                template = 4242;
                break;
            case 200:
                a.put("Email", "customer0@example.com");
                break;
            default:
                break;
        }
        return Recipient.of("C" + i, template, a);
    }

    private void section(boolean json, String title) {
        if (!json) {
            main.out.println();
            main.out.println("== " + title);
        }
    }

    private void text(boolean json, String s) {
        if (!json) {
            main.out.print(s);
            main.out.flush();
        }
    }

    /** Draws upload progress on stderr, so stdout stays a clean report. */
    private final class ProgressBar implements ProgressListener {
        /** Recipients mapped per template: duplicates among them are dropped, so uploads may end short. */
        private final Map<Long, Long> mapped = new HashMap<>();

        @Override
        public void mapped(long campaignId, long templateId, long total) {
            mapped.put(templateId, total);
        }

        @Override
        public void uploaded(long campaignId, long templateId, long total) {
            long of = Math.max(1, mapped.getOrDefault(templateId, total));
            int width = 30;
            int done = (int) Math.min(width, total * width / of);
            main.err.print(String.format("\rtemplate %d [%s%s] %,d/%,d", templateId, "#".repeat(done),
                    " ".repeat(width - done), total, of));
            main.err.flush();
        }

        @Override
        public void stepDone(long campaignId, long templateId, ExecutionStep step) {
            if (step == ExecutionStep.RECORDS_UPLOADED) {
                main.err.println(" uploaded");
            }
        }
    }
}
