package io.github.cheetahoptimove.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Bad input, as a new user writes it by hand: each case asserts the exit code, the message a user
 * reads (file, line and column named; no Java class names), and that CheetahMail holds nothing it
 * should not.
 */
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestClock CLOCK = TestClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final String HEADER = "CustomerID,TemplateID,Email,FirstName\n";
    private static FakeCheetahMail fake;

    @TempDir
    Path dir;

    private Map<String, String> env;
    private LocalDate tomorrow;
    private Path config;

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
        tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        config = write("config.json", config(fake.baseUrl(), true, 77));
    }

    private static String config(String endpoint, boolean insecure, long folderId) {
        return "{\"endpoint\": \"" + endpoint + "\", \"allowInsecureHttp\": " + insecure + ","
                + " \"custId\": 1234, \"folderId\": " + folderId + ", \"propMapId\": 55,"
                + " \"identifier\": {\"attribute\": \"Email\", \"field\": \"EMAIL\"},"
                + " \"fields\": {\"FirstName\": \"FNAME\"}, \"accountTimeZone\": \"America/New_York\"}";
    }

    private String campaign(long id, String csv) {
        return "{\"campaignId\": " + id + ", \"channelId\": 504, \"scheduledTime\": \"" + tomorrow + " 10:00:00\","
                + " \"timeZone\": \"Europe/London\", \"recipients\": \"" + csv + "\"}";
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    /** A run-day over one campaign (id 1) whose recipients file holds {@code csv}. */
    private Run runDay(byte[] csv) throws IOException {
        write("r.csv", csv);
        Path campaigns = write("campaigns.json", "{\"campaigns\": [" + campaign(1, "r.csv") + "]}");
        return runDay(campaigns);
    }

    private Run runDay(Path campaigns) {
        return run("run-day", "--config", config.toString(), "--campaigns", campaigns.toString(), "--date",
                tomorrow.toString(), "--output", "json");
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

    /** A run's outcome, and the checks every bad-input run must pass. */
    static final class Run {
        int code;
        String out;
        String err;

        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }

        /** The first campaign's failure message. */
        String campaignError() throws IOException {
            return json().get("campaigns").get(0).get("error").asText();
        }

        Run readsPlainly() {
            assertThat(out + err).doesNotContain("Exception").doesNotContain("java.").doesNotContain("jackson")
                    .doesNotContain("reference chain");
            return this;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nulByteInAValueRejectsThatRecipientNamingTheField() throws IOException {
        Run r = runDay(utf8(HEADER + "C1,9001,ann@example.com,Ann\u0000Zed\nC2,9001,bo@example.com,Bo\n")).readsPlainly();

        assertThat(r.code).as(r.err).isZero();
        JsonNode rejected = r.json().get("campaigns").get(0).get("templates").get(0).get("rejected");
        assertThat(rejected.get(0).get("customerId").asText()).isEqualTo("C1");
        assertThat(rejected.get(0).get("reason").asText()).contains("FNAME").contains("control character");
        assertThat(fake.lists()).singleElement().satisfies(l -> assertThat(l.records()).singleElement()
                .satisfies(rec -> assertThat(rec).containsEntry("EMAIL", "bo@example.com")));
    }

    @Test
    void invalidUtf8FailsTheCampaignNamingFileLineAndColumnAndCreatesNothing() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(utf8(HEADER + "C1,9001,ann@example.com,Ann\nC2,9001,bo@example.com,Ann"));
        csv.write(0xC3);
        csv.write(0x28);
        csv.writeBytes(utf8("Zed\n"));

        Run r = runDay(csv.toByteArray()).readsPlainly();

        assertThat(r.code).isEqualTo(2);
        assertThat(r.campaignError()).contains("r.csv line 3, column 27").contains("not valid UTF-8");
        assertThat(r.out).doesNotContain("\uFFFD");
        assertThat(fake.lists()).isEmpty();
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void headerWithoutTheIdentifierColumnFailsTheCampaignNamingTheColumn() throws IOException {
        Run r = runDay(utf8("CustomerID,TemplateID,FirstName\nC1,9001,Ann\nC2,9002,Bo\n")).readsPlainly();

        assertThat(r.code).isEqualTo(2);
        assertThat(r.campaignError()).contains("identifier attribute Email").contains("Nothing was created");
        assertThat(fake.lists()).isEmpty();
        assertThat(fake.campaigns()).isEmpty();
    }

    @Test
    void sameCampaignIdTwiceInOneFileIsRefusedNamingTheIdAndCreatesNothingForIt() throws IOException {
        write("a.csv", HEADER + "C1,9001,ann@example.com,Ann\n");
        write("b.csv", HEADER + "C2,9001,bo@example.com,Bo\n");
        write("c.csv", HEADER + "C3,9001,cy@example.com,Cy\n");
        Path campaigns = write("campaigns.json", "{\"campaigns\": [" + campaign(7, "a.csv") + ", "
                + campaign(7, "b.csv") + ", " + campaign(8, "c.csv") + "]}");

        Run r = runDay(campaigns).readsPlainly();

        assertThat(r.code).isEqualTo(2);
        JsonNode seven = r.json().get("campaigns").get(0);
        assertThat(seven.get("campaignId").asLong()).isEqualTo(7);
        assertThat(seven.get("error").asText()).contains("campaign 7 is listed 2 times");
        assertThat(fake.campaigns()).singleElement()
                .satisfies(c -> assertThat(c.externalRef()).contains("optimove:8:" + tomorrow));
    }

    @Test
    void unterminatedQuoteNamesTheFileAndTheLineWhereItOpened() throws IOException {
        Run r = runDay(utf8(HEADER + "C1,9001,ann@example.com,Ann\nC2,9001,bo@example.com,\"Bo\nC3,9001,cy@example.com,Cy\n"))
                .readsPlainly();

        assertThat(r.code).isEqualTo(2);
        assertThat(r.campaignError()).contains("r.csv line 3").contains("never closed");
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void truncatedCampaignsJsonIsAUsageErrorWithLineAndColumn() throws IOException {
        Path campaigns = write("campaigns.json", "{\"campaigns\": [\n  {\"campaignId\": 1,");

        Run r = runDay(campaigns).readsPlainly();

        assertThat(r.code).isEqualTo(64);
        assertThat(r.err).contains("campaigns.json line 2, column").contains("not valid JSON");
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void oneMegabyteValueRejectsThatRecipient() throws IOException {
        Run r = runDay(utf8(HEADER + "C1,9001,ann@example.com," + "x".repeat(1 << 20) + "\nC2,9001,bo@example.com,Bo\n"))
                .readsPlainly();

        assertThat(r.code).as(r.err).isZero();
        JsonNode rejected = r.json().get("campaigns").get(0).get("templates").get(0).get("rejected");
        assertThat(rejected.get(0).get("reason").asText()).contains("FNAME is longer than");
        assertThat(fake.lists()).singleElement().satisfies(l -> assertThat(l.records()).hasSize(1));
    }

    @Test
    void unparseableTimeIsAUsageErrorNamingTheField() throws IOException {
        write("r.csv", HEADER + "C1,9001,ann@example.com,Ann\n");
        Path campaigns = write("campaigns.json", "{\"campaigns\": [" + campaign(1, "r.csv")
                .replace(tomorrow + " 10:00:00", "tomorrow at ten") + "]}");

        Run r = runDay(campaigns).readsPlainly();

        assertThat(r.code).isEqualTo(64);
        assertThat(r.err).contains("campaigns[0].scheduledTime");
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void negativeTemplateIdRejectsThatRecipient() throws IOException {
        Run r = runDay(utf8(HEADER + "C1,-9001,ann@example.com,Ann\nC2,9001,bo@example.com,Bo\n")).readsPlainly();

        assertThat(r.code).as(r.err).isZero();
        assertThat(r.json().get("campaigns").get(0).get("templates").findValuesAsText("reason"))
                .anySatisfy(reason -> assertThat(reason).contains("template -9001 is not in the Optimove folder"));
        assertThat(fake.campaigns()).singleElement().satisfies(c -> assertThat(c.templateId()).isEqualTo(9001));
    }

    @Test
    void zeroRecipientsFailsTheCampaignAndCreatesNothing() throws IOException {
        Run r = runDay(utf8(HEADER)).readsPlainly();

        assertThat(r.code).isEqualTo(2);
        assertThat(r.campaignError()).contains("no recipients");
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void folderThatDoesNotExistFailsTheRunNamingIt() throws IOException {
        config = write("config.json", config(fake.baseUrl(), true, 999));

        Run r = runDay(utf8(HEADER + "C1,9001,ann@example.com,Ann\n")).readsPlainly();

        assertThat(r.code).isEqualTo(2);
        assertThat(r.campaignError()).contains("404").contains("Folder not found");
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void plainHttpWithoutTheAllowanceIsAUsageError() throws IOException {
        config = write("config.json", config(fake.baseUrl(), false, 77));

        Run r = runDay(utf8(HEADER + "C1,9001,ann@example.com,Ann\n")).readsPlainly();

        assertThat(r.code).isEqualTo(64);
        assertThat(r.err).contains("plain http").contains("allowInsecureHttp");
        assertThat(fake.tokenRequests()).isZero();
    }
}
