package io.github.cheetahoptimove.benchmarks;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.DayReport;
import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.ExecutionStep;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import io.github.cheetahoptimove.optimove.ProgressListener;
import io.github.cheetahoptimove.optimove.TemplateReport;
import io.github.cheetahoptimove.optimove.client.OptimoveClient;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeOptimove;
import io.github.cheetahoptimove.testkit.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole Optimove-fed day end to end on both fakes with both rate limits on (Optimove 50 calls
 * per sliding 10 s, CheetahMail 10 a second per token) and both clients at their defaults:
 * {@code n} recipients with 10 attributes over two templates. Prints the wall time against the
 * floor the limits set (each side's calls divided by its rate; the larger one, since the two
 * sides could overlap) and the {@code 429}s each side answered.
 */
final class DayBenchmark {
    private static final String[] ROUTES_OPTIMOVE = {"GetExecutedCampaignsByChannel", "GetCustomerSendDetailsByChannel",
        "GetChannelTemplates", "AddChannelTemplates", "DeleteChannelTemplates", "UpdateCampaignMetrics"};
    private static final String[][] ROUTES_CHEETAH = {{"POST", "Token"}, {"GET", "Account"}, {"GET", "DataMaps"},
        {"GET", "EmailTemplates"}, {"GET", "Folders"}, {"GET", "Lists"}, {"POST", "Lists"}, {"POST", "ListRecords"},
        {"GET", "EmailCampaign"}, {"POST", "EmailCampaign"}, {"PUT", "EmailCampaign"}};

    private DayBenchmark() {}

    static void run(long n) {
        System.out.printf("%n== 5. an Optimove-fed day: %,d recipients, 10 attributes, two templates, both limits on%n", n);
        LocalDate day = LocalDate.of(2030, 1, 1);
        TestClock clock = TestClock.at(Instant.parse("2030-01-01T06:00:00Z"));
        FakeCheetahMail.Builder cheetahSeed = FakeCheetahMail.builder().clock(clock).rateLimit(10)
                .field("EMAIL", "STRING", true);
        for (int k = 1; k < Workload.ATTRIBUTES.length; k++) {
            cheetahSeed.field("F" + k, k == 1 ? "NUMBER" : k == 2 ? "DATE" : "STRING", false);
        }
        try (FakeCheetahMail cheetah = cheetahSeed.start();
                FakeOptimove optimove = FakeOptimove.builder().clock(clock).siteZone(ZoneOffset.UTC)
                        .attributes(Workload.ATTRIBUTES)
                        .generator((campaign, i, attribute) -> Workload.value(indexOf(attribute), i))
                        .campaign(1001, 504, LocalDateTime.of(day, java.time.LocalTime.of(10, 0)), n, 9001, 9002)
                        .start();
                CheetahClient client = CheetahClient.builder().endpoint(cheetah.baseUrl()).allowInsecureHttp()
                        .consumerKey(cheetah.consumerKey()).consumerSecret(cheetah.consumerSecret()).clock(clock)
                        .build();
                OptimoveClient optimoveClient = OptimoveClient.builder().baseUrl(optimove.baseUrl())
                        .allowInsecureHttp().apiKey(optimove.apiKey()).build()) {
            Timeline timeline = new Timeline();
            OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(Workload.settings()).clock(clock)
                    .optimove(optimoveClient, 504, ZoneOffset.UTC).spillDirectory(Workload.tmp())
                    .progressListener(timeline).build();
            long start = System.nanoTime();
            timeline.start = start;
            DayReport report = bridge.runDay(day);
            double seconds = (System.nanoTime() - start) / 1e9;
            timeline.print(seconds);

            int optimoveCalls = 0;
            for (String route : ROUTES_OPTIMOVE) {
                optimoveCalls += optimove.requestCount("GET", route) + optimove.requestCount("POST", route);
            }
            int cheetahCalls = 0;
            for (String[] route : ROUTES_CHEETAH) {
                cheetahCalls += cheetah.requestCount(route[0], route[1]);
            }
            double floor = Math.max(optimoveCalls / 5.0, cheetahCalls / 10.0);
            long accepted = report.executions().stream().map(ExecutionReport::templates)
                    .flatMap(java.util.List::stream).mapToLong(TemplateReport::accepted).sum();
            System.out.printf("day: %.1f s wall; floor %.1f s (Optimove %d calls / 5 per s = %.1f s, CheetahMail %d "
                            + "calls / 10 per s = %.1f s); wall/floor %.2f (target <= 1.1); 429s: Optimove %d, "
                            + "CheetahMail %d; %,d records accepted, succeeded %s%n",
                    seconds, floor, optimoveCalls, optimoveCalls / 5.0, cheetahCalls, cheetahCalls / 10.0,
                    seconds / floor, optimove.rateLimitedAnswers(), cheetah.rateLimitedAnswers(), accepted,
                    report.succeeded());
        }
    }

    /** When the execution's milestones were reached, in seconds from the start of the run. */
    private static final class Timeline implements ProgressListener {
        final Map<String, Double> first = new LinkedHashMap<>();
        final Map<String, Double> last = new LinkedHashMap<>();
        volatile long start;

        private synchronized void at(String what) {
            double t = (System.nanoTime() - start) / 1e9;
            first.putIfAbsent(what, t);
            last.put(what, t);
        }

        @Override
        public void mapped(long campaignId, long templateId, long total) {
            at("recipients mapped");
        }

        @Override
        public void uploaded(long campaignId, long templateId, long total) {
            at("batches uploaded");
        }

        @Override
        public void stepDone(long campaignId, long templateId, ExecutionStep step) {
            at(step.name());
        }

        @Override
        public void executed(ExecutionReport report) {
            at("execution reported");
        }

        synchronized void print(double total) {
            StringBuilder b = new StringBuilder("timeline (s from start, first..last):");
            first.forEach((what, t) -> b.append(String.format(" %s %.1f..%.1f;", what, t, last.get(what))));
            System.out.println(b.append(String.format(" day done %.1f", total)));
        }
    }

    private static int indexOf(String attribute) {
        for (int k = 0; k < Workload.ATTRIBUTES.length; k++) {
            if (Workload.ATTRIBUTES[k].equals(attribute)) {
                return k;
            }
        }
        throw new IllegalArgumentException(attribute);
    }
}
