package io.github.cheetahoptimove.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeOptimove;
import io.github.cheetahoptimove.testkit.TestClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tool's Optimove commands on both fakes: exit codes and the JSON contract of each report. */
class OptimoveCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The tool's bridge reads the system clock: the campaigns are tomorrow's and the day after's. */
    private static final LocalDate TODAY = LocalDate.now(BERLIN).plusDays(1);
    private static final TestClock CLOCK = TestClock.at(java.time.Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static FakeCheetahMail cheetah;
    private static FakeOptimove optimove;

    @TempDir
    Path dir;

    private Map<String, String> env;
    private Path config;

    @BeforeAll
    static void start() {
        cheetah = FakeCheetahMail.builder().clock(CLOCK).start();
        optimove = FakeOptimove.builder().clock(CLOCK).siteZone(BERLIN)
                .campaign(1001, 504, TODAY.atTime(10, 0), 30, 9001, 9002)
                .rawRow(1001, 7, "{\"CustomerID\": \"1001-7\", \"TemplateID\": 9001, \"ScheduledTime\": \""
                        + TODAY + " 10:00:00\", \"CustomerAttribute\": \"a@example.com,Smith, Jr.,Shoes,1\"}")
                .campaign(2001, 504, TODAY.plusDays(1).atTime(10, 0), 4, 9001).start();
    }

    @AfterAll
    static void stop() {
        cheetah.close();
        optimove.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        cheetah.reset();
        optimove.reset();
        CLOCK.set(java.time.Instant.now().truncatedTo(ChronoUnit.SECONDS));
        env = new HashMap<>();
        env.put(ExampleConfig.KEY, cheetah.consumerKey());
        env.put(ExampleConfig.SECRET, cheetah.consumerSecret());
        env.put(ExampleConfig.OPTIMOVE_KEY, optimove.apiKey());
        config = dir.resolve("config.json");
        Files.writeString(config, "{\"endpoint\": \"" + cheetah.baseUrl() + "\", \"allowInsecureHttp\": true,"
                + " \"custId\": 1234, \"folderId\": 77, \"propMapId\": 55,"
                + " \"identifier\": {\"attribute\": \"Email\", \"field\": \"EMAIL\"},"
                + " \"fields\": {\"FirstName\": \"FNAME\", \"FavoriteDepartment\": \"FAV_DEPT\","
                + " \"LoyaltyPoints\": \"LOYALTY_POINTS\"}, \"accountTimeZone\": \"America/New_York\","
                + " \"optimove\": {\"baseUrl\": \"" + optimove.baseUrl() + "\", \"allowInsecureHttp\": true,"
                + " \"channelId\": 504, \"siteTimeZone\": \"Europe/Berlin\", \"attributesDelimiter\": \",\"}}");
    }

    /** A run's outcome. */
    static final class Run {
        int code;
        String out;
        String err;

        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Run r = new Run();
        r.code = Main.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        r.out = out.toString();
        r.err = err.toString();
        return r;
    }

    private Run run(String... args) {
        return runWithInput("", args);
    }

    @Test
    void runDayFromOptimoveHasRunDaysShapePlusTheSyncAndTheMetricsPushed() throws IOException {
        Run r = run("run-day", "--config", config.toString(), "--date", TODAY.toString(), "--from-optimove",
                "--output", "json");

        assertThat(r.code).as(r.err + r.out).isZero();
        JsonNode campaign = r.json().get("campaigns").get(0);
        assertThat(campaign.get("campaignId").asLong()).isEqualTo(1001);
        assertThat(campaign.get("templates").get(0).get("rejected").get(0).get("customerId").asText())
                .isEqualTo("1001-7");
        assertThat(campaign.get("templates").get(0).get("rejected").get(0).get("reason").asText())
                .contains("delimiter");
        assertThat(r.json().get("templatesSync").get("added")).hasSize(3);
        assertThat(r.json().get("templatesSync").get("flagged")).isEmpty();
        assertThat(r.json().get("metricsPushed").asLong()).isZero();
        assertThat(cheetah.campaigns()).hasSize(2);
        assertThat(optimove.channelTemplates(504)).hasSize(3);
    }

    @Test
    void dryRunFromOptimoveWritesNothingOnEitherSide() throws IOException {
        Run r = run("run-day", "--config", config.toString(), "--date", TODAY.toString(), "--from-optimove",
                "--dry-run", "--output", "json");

        assertThat(r.code).as(r.err + r.out).isZero();
        assertThat(r.json().get("templatesSync").get("added")).hasSize(3);
        assertThat(cheetah.campaigns()).isEmpty();
        assertThat(optimove.channelTemplates(504)).isEmpty();
    }

    @Test
    void syncTemplatesPrintsTheSyncObjectAlone() throws IOException {
        Run r = run("sync-templates", "--config", config.toString(), "--output", "json");

        assertThat(r.code).as(r.err + r.out).isZero();
        assertThat(r.json().fieldNames()).toIterable().containsExactly("added", "renamed", "removed", "flagged");
        assertThat(r.json().get("added").toString()).isEqualTo("[9001,9002,9003]");
    }

    @Test
    void pushMetricsPushesYesterdaysFiguresWithTheirMetricIds() throws IOException {
        LocalDate sendDay = TODAY.plusDays(1);
        Run day = run("run-day", "--config", config.toString(), "--date", sendDay.toString(), "--from-optimove");
        assertThat(day.code).as(day.err + day.out).isZero();
        CLOCK.set(sendDay.atTime(12, 0).atZone(BERLIN).toInstant());
        cheetah.sendDue();

        Run r = run("push-metrics", "--config", config.toString(), "--date", sendDay.plusDays(1).toString(),
                "--output", "json");

        assertThat(r.code).as(r.err + r.out).isZero();
        assertThat(r.json().get("pushed").asInt()).isEqualTo(9);
        JsonNode first = r.json().get("metrics").get(0);
        assertThat(first.get("campaignId").asLong()).isEqualTo(2001);
        assertThat(first.get("channelId").asInt()).isEqualTo(504);
        assertThat(first.get("templateId").asLong()).isEqualTo(9001);
        assertThat(first.get("metric").asText()).isEqualTo("Sent");
        assertThat(first.get("metricId").asInt()).isZero();
        assertThat(first.get("value").asLong()).isEqualTo(4);
        assertThat(optimove.metric(504, 2001, 9001, 0)).contains(4L);
    }

    @Test
    void onEventExecutesCancelsAndIgnoresWithTheReportsOfTheContract() throws IOException {
        String at = TODAY + " 06:30:00";
        Path processed = dir.resolve("e1.json");
        Files.writeString(processed, "{\"eventTypeId\": 1, \"timeStamp\": \"" + at + "\", \"campaignId\": 1001,"
                + " \"channelId\": 504}");

        Run executed = run("on-event", "--config", config.toString(), processed.toString(), "--output", "json");
        Run cancelled = runWithInput("{\"eventTypeId\": 4, \"timeStamp\": \"" + at + "\", \"campaignId\": 1001, "
                + "\"channelId\": 504}", "on-event", "--config", config.toString(), "-", "--output", "json");
        Run other = runWithInput("{\"eventTypeId\": 1, \"campaignId\": 1001, \"channelId\": 999}", "on-event", "--config",
                config.toString(), "--output", "json");

        assertThat(executed.code).as(executed.err).isZero();
        assertThat(executed.json().get("action").asText()).isEqualTo("executed");
        assertThat(executed.json().get("execution").get("templates")).hasSize(3);
        assertThat(cancelled.code).as(cancelled.err).isZero();
        assertThat(cancelled.json().get("action").asText()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("cancelled")).hasSize(2);
        assertThat(cheetah.campaigns()).isEmpty();
        assertThat(other.json().get("action").asText()).isEqualTo("ignored");
        assertThat(other.json().get("reason").asText()).contains("channel 999");
    }

    @Test
    void aBodyThatIsNotANotificationIsAUsageError() {
        Run r = runWithInput("not json", "on-event", "--config", config.toString(), "-");

        assertThat(r.code).isEqualTo(64);
        assertThat(r.err).contains("stdin").contains("not JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run-day", "sync-templates", "push-metrics", "on-event"})
    void everyOptimoveCommandNamesAMissingKeyAndExits64(String command) throws IOException {
        env.remove(ExampleConfig.OPTIMOVE_KEY);
        Path event = dir.resolve("e.json");
        Files.writeString(event, "{\"eventTypeId\": 13, \"campaignId\": 1, \"channelId\": 504}");
        String[] args = command.equals("run-day")
                ? new String[] {command, "--config", config.toString(), "--date", TODAY.toString(), "--from-optimove"}
                : command.equals("push-metrics")
                ? new String[] {command, "--config", config.toString(), "--date", TODAY.toString()}
                : command.equals("on-event") ? new String[] {command, "--config", config.toString(), event.toString()}
                : new String[] {command, "--config", config.toString()};

        Run r = run(args);

        assertThat(r.code).isEqualTo(64);
        assertThat(r.err).contains("OPTIMOVE_API_KEY");
        assertThat(optimove.requestCount("GET", "GetExecutedCampaignsByChannel")).isZero();
    }

    @Test
    void demoNeedsNoOptimoveKey() {
        env.clear();
        Run r = run("demo", "--recipients", "400", "--output", "json");

        assertThat(r.code).as(r.err + r.out).isZero();
    }
}
