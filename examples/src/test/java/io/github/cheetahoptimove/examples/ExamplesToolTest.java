package io.github.cheetahoptimove.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.TestClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command of the tool against the fake: exit codes and JSON reports. */
class ExamplesToolTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final TestClock CLOCK = TestClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    static FakeCheetahMail fake;

    @TempDir
    Path dir;

    private Map<String, String> env;
    private LocalDate tomorrow;
    private Path config;
    private Path campaigns;

    /** A run's outcome. */
    static final class Run {
        int code;
        String out;
        String err;

        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    @BeforeAll
    static void start() {
        fake = FakeCheetahMail.builder().clock(CLOCK).start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        fake.reset();
        CLOCK.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        env = new HashMap<>();
        env.put(ExampleConfig.KEY, fake.consumerKey());
        env.put(ExampleConfig.SECRET, fake.consumerSecret());
        env.put(ExampleConfig.CLIENT, fake.clientId());
        tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        config = write("config.json", "{\"endpoint\": \"" + fake.baseUrl() + "\", \"allowInsecureHttp\": true,"
                + " \"custId\": 1234, \"folderId\": 77, \"propMapId\": 55,"
                + " \"identifier\": {\"attribute\": \"Email\", \"field\": \"EMAIL\"},"
                + " \"fields\": {\"FirstName\": \"FNAME\", \"FavoriteDepartment\": \"FAV_DEPT\","
                + " \"LoyaltyPoints\": \"LOYALTY_POINTS\"}, \"accountTimeZone\": \"America/New_York\"}");
        campaigns = write("campaigns.json", "{\"campaigns\": [{\"campaignId\": 1234, \"channelId\": 504,"
                + " \"scheduledTime\": \"" + tomorrow + " 10:00:00\", \"timeZone\": \"Europe/London\","
                + " \"recipients\": \"recipients-1234.csv\"}]}");
        write("recipients-1234.csv", "\uFEFFCustomerID,TemplateID,Email,FirstName,FavoriteDepartment,LoyaltyPoints\r\n"
                + "C1,9001,ann@example.com,Ann,Shoes,10\r\n"
                + "C2,9001,bob@example.com,\"Bob \"\"the builder\"\", Jr.\",\"Garden\nand more\",20\r\n"
                + "C3,9002,cat@example.com,Cat \uD83D\uDE00,Toys,30\r\n"
                + "C4,9002,,NoMail,Toys,1\r\n"
                + "C5,9002,dan@example.com,Dan,Toys,many\r\n"
                + "C6,4242,eve@example.com,Eve,Toys,1\r\n");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Run r = new Run();
        r.code = Main.run(args, env, new PrintWriter(out), new PrintWriter(err));
        r.out = out.toString();
        r.err = err.toString();
        return r;
    }

    @Test
    void demoRunsTheWholeFlowAndExitsZero() throws IOException {
        Run r = run("demo", "--recipients", "3000", "--output", "json");

        assertThat(r.code).as(r.err).isZero();
        JsonNode report = r.json();
        assertThat(report.get("doctor").get("checks")).allSatisfy(c -> assertThat(c.get("ok").asBoolean()).isTrue());
        assertThat(report.get("runDay").get("campaigns").get(0).get("templates")).hasSize(4);
        assertThat(report.get("runDay").get("templatesSync").get("added")).hasSize(3);
        assertThat(report.get("sent").asInt()).isEqualTo(2);
        assertThat(report.get("metrics").get("metrics")).hasSize(18);
        assertThat(report.get("metrics").get("pushed").asInt()).isEqualTo(18);
        assertThat(report.get("optimoveReceived").get("metrics").get("9001").get("Sent").asLong())
                .isEqualTo(report.get("metrics").get("metrics").get(0).get("value").asLong());
    }

    @Test
    void doctorReportsEveryCheckAndExitsOneWhenOneFails() throws IOException {
        Run ok = run("doctor", "--config", config.toString(), "--output", "json");
        Path wrong = write("wrong.json", Files.readString(config).replace("\"custId\": 1234", "\"custId\": 99"));
        Run bad = run("doctor", "--config", wrong.toString(), "--output", "json");

        assertThat(ok.code).as(ok.err).isZero();
        assertThat(ok.json().get("checks")).hasSize(7);
        assertThat(bad.code).isEqualTo(1);
        assertThat(bad.json().get("checks").get(2).get("fix").asText()).contains("Set custId to 1234");
    }

    @Test
    void templatesListsTheFolder() throws IOException {
        Run r = run("templates", "--config", config.toString(), "--output", "json");

        assertThat(r.code).isZero();
        assertThat(r.json().get("templates").get(0).get("templateId").asLong()).isEqualTo(9001);
        assertThat(r.json().get("templates").get(0).get("personalizationFields").toString())
                .isEqualTo("[\"FNAME\",\"FAV_DEPT\"]");
    }

    @Test
    void runDayExecutesTheCsvWithRejectsAndRerunIsAlreadyDone() throws IOException {
        Run first = run("run-day", "--config", config.toString(), "--campaigns", campaigns.toString(), "--date",
                tomorrow.toString(), "--output", "json");
        Run second = run("run-day", "--config", config.toString(), "--campaigns", campaigns.toString(), "--date",
                tomorrow.toString(), "--output", "json");

        assertThat(first.code).as(first.out + first.err).isZero();
        JsonNode templates = first.json().get("campaigns").get(0).get("templates");
        assertThat(templates).hasSize(3);
        JsonNode t9001 = templates.get(1);
        assertThat(t9001.get("templateId").asLong()).isEqualTo(9001);
        assertThat(t9001.get("accepted").asLong()).isEqualTo(2);
        assertThat(t9001.get("scheduledAt").asText())
                .isEqualTo(tomorrow.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant().toString());
        assertThat(t9001.get("alreadyDone").asBoolean()).isFalse();
        JsonNode t9002 = templates.get(2);
        assertThat(t9002.get("accepted").asLong()).isEqualTo(1);
        assertThat(t9002.get("rejected").findValuesAsText("customerId")).containsExactlyInAnyOrder("C4", "C5");
        assertThat(templates.get(0).get("rejected").get(0).get("customerId").asText()).isEqualTo("C6");
        assertThat(fake.listByName("optimove-1234-9001-" + tomorrow.toString().replace("-", "")).orElseThrow()
                .records()).anySatisfy(rec -> assertThat(rec).containsEntry("FNAME", "Bob \"the builder\", Jr.")
                        .containsEntry("FAV_DEPT", "Garden\nand more"))
                .anySatisfy(rec -> assertThat(rec).containsEntry("EMAIL", "ann@example.com"));
        assertThat(second.code).isZero();
        assertThat(second.json().get("campaigns").get(0).get("templates").get(1).get("alreadyDone").asBoolean())
                .isTrue();
        assertThat(fake.campaigns()).hasSize(2);
        assertThat(Files.exists(dir.resolve("campaigns.json.lock"))).isTrue();
    }

    @Test
    void twoRunsOfTheSameDayAtOnceTakeTurnsAndCreateEachCampaignOnce() throws Exception {
        String[] args = {"run-day", "--config", config.toString(), "--campaigns", campaigns.toString(), "--date",
            tomorrow.toString(), "--output", "json"};
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Run> a = pool.submit(() -> run(args));
            java.util.concurrent.Future<Run> b = pool.submit(() -> run(args));
            Run ra = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
            Run rb = b.get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(ra.code).as(ra.err).isZero();
            assertThat(rb.code).as(rb.err).isZero();
        } finally {
            pool.shutdown();
        }
        assertThat(fake.campaigns()).hasSize(2);
        assertThat(fake.campaigns()).allSatisfy(c -> assertThat(c.schedules()).isEqualTo(1));
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        Run r = run("run-day", "--config", config.toString(), "--campaigns", campaigns.toString(), "--date",
                tomorrow.toString(), "--dry-run", "--output", "json");

        assertThat(r.code).isZero();
        assertThat(r.json().get("campaigns").get(0).get("templates").get(1).get("accepted").asLong()).isEqualTo(2);
        assertThat(fake.campaigns()).isEmpty();
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void campaignInThePastExitsTwo() throws IOException {
        Path past = write("past.json", Files.readString(campaigns).replace(tomorrow + " 10:00:00", "2020-01-01 10:00:00"));

        Run r = run("run-day", "--config", config.toString(), "--campaigns", past.toString(), "--date", "2020-01-01",
                "--output", "json");

        assertThat(r.code).isEqualTo(2);
        assertThat(r.json().get("campaigns").get(0).get("error").asText()).contains("in the past");
    }

    @Test
    void metricsAfterTheSendUseOptimoveNames() throws IOException {
        run("run-day", "--config", config.toString(), "--campaigns", campaigns.toString(), "--date",
                tomorrow.toString());
        CLOCK.advance(Duration.ofDays(3));
        fake.sendDue();

        Run r = run("metrics", "--config", config.toString(), "--campaigns", campaigns.toString(), "--date",
                tomorrow.plusDays(1).toString(), "--output", "json");

        assertThat(r.code).as(r.err).isZero();
        JsonNode rows = r.json().get("metrics");
        assertThat(rows).hasSize(18);
        assertThat(rows.get(0).get("metric").asText()).isEqualTo("Sent");
        assertThat(rows.get(0).get("channelId").asInt()).isEqualTo(504);
    }

    @Test
    void cancelUnschedulesAndDeletes() throws IOException {
        run("run-day", "--config", config.toString(), "--campaigns", campaigns.toString(), "--date",
                tomorrow.toString());

        Run r = run("cancel", "--config", config.toString(), "--campaigns", campaigns.toString(), "--campaign-id",
                "1234", "--output", "json");

        assertThat(r.code).isZero();
        assertThat(r.json().get("cancelled")).hasSize(2);
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void missingCredentialExitsWithUsageNamingTheVariable() {
        env.remove(ExampleConfig.SECRET);

        Run r = run("templates", "--config", config.toString());

        assertThat(r.code).isEqualTo(64);
        assertThat(r.err).contains("CHEETAH_CONSUMER_SECRET").doesNotContain(fake.consumerSecret());
    }

    @Test
    void configMissingAFieldExitsWithUsageNamingIt() throws IOException {
        Path noFolder = write("nofolder.json", Files.readString(config).replace("\"folderId\": 77,", ""));

        Run r = run("doctor", "--config", noFolder.toString());

        assertThat(r.code).isEqualTo(64);
        assertThat(r.err).contains("folderId");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "\"endpoint\": \"ENDPOINT\", | endpoint",
        "\"custId\": 1234, | custId",
        "\"folderId\": 77, | folderId",
        "\"propMapId\": 55, | propMapId",
        "\"attribute\": \"Email\", | identifier.attribute",
        "\"field\": \"EMAIL\" | identifier.field"})
    void configMissingEachRequiredFieldIsAUsageErrorNamingIt(String removed, String named) throws IOException {
        String json = Files.readString(config).replace(fake.baseUrl(), "ENDPOINT");
        assertThat(json).contains(removed.trim());
        Path incomplete = write("incomplete.json", json.replace(removed.trim(),
                "\"unused\": 0" + (removed.trim().endsWith(",") ? "," : "")).replace("ENDPOINT",
                fake.baseUrl()));

        Run r = run("doctor", "--config", incomplete.toString());

        assertThat(r.code).as(r.err).isEqualTo(64);
        assertThat(r.err).contains(named);
    }

    @Test
    void unknownTimeZoneInCampaignsExitsWithUsage() throws IOException {
        Path bad = write("badzone.json", Files.readString(campaigns).replace("Europe/London", "Mars/Olympus"));

        Run r = run("run-day", "--config", config.toString(), "--campaigns", bad.toString(), "--date",
                tomorrow.toString());

        assertThat(r.code).isEqualTo(64);
        assertThat(r.err).contains("timeZone");
    }
}
