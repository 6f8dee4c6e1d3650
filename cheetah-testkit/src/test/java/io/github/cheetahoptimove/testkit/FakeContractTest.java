package io.github.cheetahoptimove.testkit;

import static io.github.cheetahoptimove.testkit.RawHttp.form;
import static io.github.cheetahoptimove.testkit.RawHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake against the wire contract, through plain HTTP: no cheetah-client involved. */
class FakeContractTest {
    static final TestClock CLOCK = TestClock.at(Instant.parse("2026-11-28T06:00:00Z"));

    @RegisterExtension
    static FakeCheetahMailExtension cheetah = FakeCheetahMailExtension.customized(b -> b.clock(CLOCK));

    private FakeCheetahMail fake;
    private RawHttp raw;

    @BeforeEach
    void setUp(FakeCheetahMail injected) {
        CLOCK.set(Instant.parse("2026-11-28T06:00:00Z"));
        fake = injected;
        raw = new RawHttp(fake);
    }

    private long createList(String name) {
        HttpResponse<String> r = raw.call("POST", "Lists",
                "{\"custId\":1234,\"name\":\"" + name + "\",\"apiPostId\":55}");
        assertThat(r.statusCode()).isEqualTo(201);
        return json(r).get("id").asLong();
    }

    private static String records(String... emailsAndNames) {
        StringJoiner j = new StringJoiner(",", "{\"apiPostId\":55,\"records\":[", "]}");
        for (int i = 0; i < emailsAndNames.length; i += 2) {
            j.add("{\"data\":[{\"name\":\"EMAIL\",\"value\":\"" + emailsAndNames[i] + "\"},"
                    + "{\"name\":\"FNAME\",\"value\":\"" + emailsAndNames[i + 1] + "\"}]}");
        }
        return j.toString();
    }

    private long createCampaign(long listId, String ref) {
        HttpResponse<String> r = raw.call("POST", "EmailCampaign", "{\"CustId\":1234,\"Name\":\"Winback\","
                + "\"TemplateId\":9001,\"ListId\":" + listId + ",\"ExternalRef\":\"" + ref + "\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        return json(r).get("campId").asLong();
    }

    /** {@code LAUNCH} at a local start time in a Windows zone; New York's unless said. */
    private HttpResponse<String> schedule(long campId, String startTime) {
        return schedule(campId, startTime, "Eastern_Standard_Time");
    }

    private HttpResponse<String> schedule(long campId, String startTime, String timeZone) {
        return raw.call("PUT", "EmailCampaign?id=" + campId, "{\"CampAction\":\"LAUNCH\",\"campParam\":"
                + "{\"sendSchedule\":{\"startTime\":\"" + startTime + "\",\"timeZone\":\"" + timeZone + "\"}}}");
    }

    @Test
    void passwordGrantIssuesBearerTokenWithLifetime() {
        HttpResponse<String> r = raw.tokenRequest(form("grant_type", "password", "username", fake.consumerKey(),
                "password", fake.consumerSecret(), "client_id", fake.clientId()));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("token_type").asText()).isEqualTo("bearer");
        assertThat(json(r).get("expires_in").asLong()).isEqualTo(28800);
        assertThat(json(r).get("access_token").asText()).isNotBlank();
        assertThat(fake.tokenRequests()).isEqualTo(1);
    }

    @Test
    void wrongSecretOrMissingFieldIsRefusedAsOauthError() {
        HttpResponse<String> wrong = raw.tokenRequest(form("grant_type", "password", "username", fake.consumerKey(),
                "password", "nope", "client_id", fake.clientId()));
        HttpResponse<String> missing = raw.tokenRequest(form("grant_type", "password", "username",
                fake.consumerKey()));
        HttpResponse<String> wrongClient = raw.tokenRequest(form("grant_type", "password", "username",
                fake.consumerKey(), "password", fake.consumerSecret(), "client_id", "someone-else"));
        HttpResponse<String> noClient = raw.tokenRequest(form("grant_type", "password", "username",
                fake.consumerKey(), "password", fake.consumerSecret()));

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("error_description").asText()).contains("password");
        assertThat(wrongClient.statusCode()).isEqualTo(400);
        assertThat(json(wrongClient).get("error").asText()).isEqualTo("invalid_client");
        assertThat(noClient.statusCode()).as("client_id is optional").isEqualTo(200);
    }

    @Test
    void apiCallsNeedAValidUnexpiredBearerToken() {
        assertThat(raw.get("Account").statusCode()).isEqualTo(401);
        raw.login();
        HttpResponse<String> ok = raw.get("Account");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).get("custId").asLong()).isEqualTo(1234);
        assertThat(ok.headers().firstValue("X-Request-Id")).isPresent();

        CLOCK.advance(Duration.ofHours(8));
        HttpResponse<String> expired = raw.get("Account");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(json(expired).get("message").asText()).isEqualTo("Authorization has been denied for this request.");
    }

    @Test
    void expireAllTokensMakesTheNextCallUnauthorized() {
        raw.login();
        fake.expireAllTokens();
        assertThat(raw.get("Account").statusCode()).isEqualTo(401);
    }

    @Test
    void foldersTemplatesAndDataMapServeTheSeed() {
        raw.login();
        assertThat(json(raw.get("Folders?id=77")).get("name").asText()).isEqualTo("Optimove");
        assertThat(raw.get("Folders?id=12345").statusCode()).isEqualTo(404);

        JsonNode page1 = json(raw.get("EmailTemplates?folderId=77&page=1&pageSize=2"));
        JsonNode page2 = json(raw.get("EmailTemplates?folderId=77&page=2&pageSize=2"));
        assertThat(page1.get("totalCount").asInt()).isEqualTo(3);
        assertThat(page1.get("items")).hasSize(2);
        assertThat(page2.get("items")).hasSize(1);
        assertThat(raw.get("EmailTemplates?folderId=77&page=1&pageSize=201").statusCode()).isEqualTo(400);
        assertThat(json(raw.get("EmailTemplates?id=9001")).get("personalizationFields").toString())
                .isEqualTo("[\"FNAME\",\"FAV_DEPT\"]");

        JsonNode map = json(raw.get("DataMaps?id=55"));
        assertThat(map.get("fields").get(0).get("mapTo").asText()).isEqualTo("EMAIL");
        assertThat(map.get("fields").get(0).get("unique").asBoolean()).isTrue();
    }

    @Test
    void listNamesAreUniqueAndFoundByExactName() {
        raw.login();
        long id = createList("optimove-1-9001-20261128");
        HttpResponse<String> dup = raw.call("POST", "Lists",
                "{\"custId\":1234,\"name\":\"optimove-1-9001-20261128\",\"apiPostId\":55}");

        assertThat(dup.statusCode()).isEqualTo(409);
        JsonNode found = json(raw.get("Lists?name=" + RawHttp.q("optimove-1-9001-20261128")));
        assertThat(found.get("items")).hasSize(1);
        assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(json(raw.get("Lists?name=optimove-1")).get("items")).isEmpty();
        assertThat(raw.call("DELETE", "Lists?id=" + id, null).statusCode()).isEqualTo(204);
        assertThat(raw.get("Lists?id=" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void recordsAreUpsertedByUniqueFieldAndMerged() {
        raw.login();
        long id = createList("l1");
        raw.call("POST", "ListRecords?listId=" + id, records("ann@example.com", "Ann", "bob@example.com", "Bob"));
        raw.call("POST", "ListRecords?listId=" + id, "{\"apiPostId\":55,\"records\":[{\"data\":["
                + "{\"name\":\"EMAIL\",\"value\":\"ann@example.com\"},{\"name\":\"FAV_DEPT\",\"value\":\"Shoes\"}]}]}");

        assertThat(json(raw.get("Lists?id=" + id)).get("recordCount").asInt()).isEqualTo(2);
        assertThat(fake.listByName("l1").orElseThrow().records().get(0))
                .containsEntry("EMAIL", "ann@example.com").containsEntry("FNAME", "Ann").containsEntry("FAV_DEPT", "Shoes");
    }

    @Test
    void recordsComeBackExactlyWhateverTheirLengthAndCharacters() {
        raw.login();
        long id = createList("l3");
        String longName = "Zoë 李 ".repeat(2000) + "\u00ff\u0100";
        String body = "{\"apiPostId\":55,\"records\":[{\"data\":["
                + "{\"name\":\"EMAIL\",\"value\":\"zoe@example.com\"},{\"name\":\"FNAME\",\"value\":\"" + longName
                + "\"},{\"name\":\"FAV_DEPT\",\"value\":\"\"}]}]}";

        assertThat(json(raw.call("POST", "ListRecords?listId=" + id, body)).get("accepted").asInt()).isEqualTo(1);

        assertThat(fake.listByName("l3").orElseThrow().records()).containsExactly(java.util.Map.of(
                "EMAIL", "zoe@example.com", "FNAME", longName, "FAV_DEPT", ""));
    }

    @Test
    void invalidRecordsAreRejectedByIndexWithFieldNamedNotValue() {
        raw.login();
        long id = createList("l2");
        String body = "{\"apiPostId\":55,\"records\":["
                + "{\"data\":[{\"name\":\"EMAIL\",\"value\":\"ok@example.com\"}]},"
                + "{\"data\":[{\"name\":\"EMAIL\",\"value\":\" \"}]},"
                + "{\"data\":[{\"name\":\"EMAIL\",\"value\":\"c@example.com\"},{\"name\":\"LOYALTY_POINTS\",\"value\":\"12.5\"}]},"
                + "{\"data\":[{\"name\":\"EMAIL\",\"value\":\"d@example.com\"},{\"name\":\"SHOE_SIZE\",\"value\":\"9\"}]},"
                + "{\"data\":[{\"name\":\"EMAIL\",\"value\":\"e@example.com\"},{\"name\":\"LAST_PURCHASE\",\"value\":\"2026-02-30\"}]}]}";

        JsonNode r = json(raw.call("POST", "ListRecords?listId=" + id, body));

        assertThat(r.get("accepted").asInt()).isEqualTo(1);
        assertThat(r.get("rejected")).hasSize(4);
        assertThat(r.get("rejected").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(r.get("rejected").get(0).get("reason").asText()).contains("EMAIL");
        assertThat(r.get("rejected").get(1).get("reason").asText()).contains("LOYALTY_POINTS").doesNotContain("12.5");
        assertThat(r.get("rejected").get(2).get("reason").asText()).contains("SHOE_SIZE");
        assertThat(r.get("rejected").get(3).get("index").asInt()).isEqualTo(4);
    }

    @Test
    void batchesOverTheLimitsAnswer413() {
        raw.login();
        long id = createList("l3");
        String[] many = new String[2002];
        for (int i = 0; i < 1001; i++) {
            many[2 * i] = "u" + i + "@example.com";
            many[2 * i + 1] = "N";
        }
        String big = "x".repeat(FakeCheetahMail.MAX_BYTES);

        assertThat(raw.call("POST", "ListRecords?listId=" + id, records(many)).statusCode()).isEqualTo(413);
        assertThat(raw.call("POST", "ListRecords?listId=" + id, records("a@example.com", big)).statusCode())
                .isEqualTo(413);
    }

    @Test
    void campaignLifecycleFollowsTheScheduleRules() {
        raw.login();
        long empty = createList("empty");
        long full = createList("full");
        raw.call("POST", "ListRecords?listId=" + full, records("ann@example.com", "Ann"));
        long onEmpty = createCampaign(empty, "optimove:1:2026-11-28");
        long c = createCampaign(full, "optimove:2:2026-11-28");

        assertThat(json(raw.get("EmailCampaign?id=" + c)).get("Status").asText()).isEqualTo("DRAFT");
        assertThat(schedule(c, "2026-11-28T00:59:00").statusCode()).as("past").isEqualTo(400);
        assertThat(schedule(onEmpty, "2026-11-28T10:00:00").statusCode()).as("empty list").isEqualTo(400);

        HttpResponse<String> scheduled = schedule(c, "2026-11-28T15:00:00", "UTC");
        assertThat(scheduled.statusCode()).isEqualTo(200);
        assertThat(json(scheduled).get("Status").asText()).isEqualTo("SCHEDULED");
        assertThat(json(scheduled).at("/campParam/sendSchedule/startTime").asText()).isEqualTo("2026-11-28T15:00:00");
        assertThat(json(scheduled).at("/campParam/sendSchedule/timeZone").asText()).isEqualTo("UTC");
        assertThat(schedule(c, "2026-11-28T10:00:00").statusCode()).as("same instant, other zone").isEqualTo(200);
        assertThat(fake.campaign(c).orElseThrow().schedules()).isEqualTo(1);
        assertThat(fake.campaign(c).orElseThrow().sendAt()).contains(java.time.Instant.parse("2026-11-28T15:00:00Z"));

        CLOCK.advance(Duration.ofHours(10));
        raw.login();
        assertThat(schedule(c, "2026-11-28T10:00:00").statusCode()).as("same instant, passed").isEqualTo(200);
        assertThat(fake.sendDue()).isEqualTo(1);

        assertThat(json(raw.get("EmailCampaign?id=" + c)).get("Status").asText()).isEqualTo("SENT");
        assertThat(schedule(c, "2026-11-30T10:00:00").statusCode()).isEqualTo(409);
        assertThat(raw.call("PUT", "EmailCampaign?id=" + c, "{\"CampAction\":\"CANCEL\"}").statusCode()).isEqualTo(409);
        assertThat(raw.call("DELETE", "EmailCampaign?id=" + c, null).statusCode()).isEqualTo(409);
    }

    @Test
    void scheduleIsOnlyATimedLaunchInAWindowsZone() {
        raw.login();
        long list = createList("tz");
        raw.call("POST", "ListRecords?listId=" + list, records("ann@example.com", "Ann"));
        long c = createCampaign(list, "optimove:7:2026-11-28");

        HttpResponse<String> old = raw.call("PUT", "EmailCampaign?id=" + c,
                "{\"CampAction\":\"SCHEDULE\",\"LaunchTime\":\"2026-11-28T10:00:00-05:00\"}");
        assertThat(old.statusCode()).as("the old SCHEDULE action").isEqualTo(400);
        assertThat(old.body()).contains("CampAction");
        assertThat(schedule(c, "2026-11-28T10:00:00", "America/New_York").statusCode()).as("IANA name").isEqualTo(400);
        assertThat(schedule(c, "2026-11-28T10:00:00", "-05:00").statusCode()).as("offset").isEqualTo(400);
        assertThat(schedule(c, "2026-11-28T10:00:00", "Mars_Standard_Time").statusCode()).as("unknown").isEqualTo(400);
        assertThat(schedule(c, "2026-11-28T10:00:00-05:00").statusCode()).as("offset in startTime").isEqualTo(400);
        assertThat(schedule(c, "2027-03-14T02:30:00").statusCode()).as("skipped hour").isEqualTo(400);
        assertThat(fake.campaign(c).orElseThrow().status()).isEqualTo("DRAFT");

        assertThat(schedule(c, "2026-11-01T01:30:00").statusCode()).as("past repeated hour").isEqualTo(400);
        assertThat(schedule(c, "2027-11-07T01:30:00").statusCode()).as("repeated hour").isEqualTo(200);
        assertThat(fake.campaign(c).orElseThrow().sendAt()).as("first occurrence")
                .contains(java.time.Instant.parse("2027-11-07T05:30:00Z"));
        assertThat(fake.campaign(c).orElseThrow().startTime()).contains("2027-11-07T01:30:00");
        assertThat(fake.campaign(c).orElseThrow().timeZone()).contains("Eastern_Standard_Time");
    }

    @Test
    void accountAnswersItsZoneAsAWindowsId() {
        raw.login();
        assertThat(json(raw.get("Account")).get("timeZone").asText()).isEqualTo("Eastern_Standard_Time");
    }

    @Test
    void cancelReturnsScheduledCampaignToDraftAndDeleteRemovesIt() {
        raw.login();
        long list = createList("l4");
        raw.call("POST", "ListRecords?listId=" + list, records("ann@example.com", "Ann"));
        long c = createCampaign(list, "optimove:3:2026-11-28");
        schedule(c, "2026-11-28T10:00:00");

        JsonNode cancelled = json(raw.call("PUT", "EmailCampaign?id=" + c, "{\"CampAction\":\"CANCEL\"}"));
        assertThat(cancelled.get("Status").asText()).isEqualTo("DRAFT");
        assertThat(cancelled.has("campParam")).as("schedule cleared").isFalse();
        assertThat(raw.call("PUT", "EmailCampaign?id=" + c, "{\"CampAction\":\"CANCEL\"}").statusCode()).isEqualTo(200);
        assertThat(raw.call("DELETE", "EmailCampaign?id=" + c, null).statusCode()).isEqualTo(204);
        assertThat(raw.get("EmailCampaign?id=" + c).statusCode()).isEqualTo(404);
    }

    @Test
    void campaignsAreFoundByExternalRef() {
        raw.login();
        long list = createList("l5");
        long c = createCampaign(list, "optimove:9:2026-11-28");
        createCampaign(list, "optimove:10:2026-11-28");

        JsonNode page = json(raw.get("EmailCampaign?externalRef=" + RawHttp.q("optimove:9:2026-11-28")));
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("campId").asLong()).isEqualTo(c);
    }

    @Test
    void statsAreZeroBeforeSendAndGrowAfter() {
        raw.login();
        long list = createList("l6");
        String[] people = new String[2000];
        for (int i = 0; i < 1000; i++) {
            people[2 * i] = "p" + i + "@example.com";
            people[2 * i + 1] = "P";
        }
        raw.call("POST", "ListRecords?listId=" + list, records(people));
        long c = createCampaign(list, "optimove:4:2026-11-28");
        raw.call("PUT", "EmailCampaign?id=" + c, "{\"CampAction\":\"LAUNCH\"}");

        HttpResponse<String> before = raw.get("CampaignStats?id=" + c);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(json(before).get("Recipients").asLong()).isZero();
        fake.sendDue();
        JsonNode day0 = json(raw.get("CampaignStats?id=" + c));
        CLOCK.advance(Duration.ofDays(3));
        raw.login();
        JsonNode day3 = json(raw.get("CampaignStats?id=" + c));

        assertThat(day0.get("Recipients").asLong()).isEqualTo(1000);
        assertThat(day0.get("Delivered").asLong()).isEqualTo(980);
        assertThat(day3.get("Openers").asLong()).isGreaterThan(day0.get("Openers").asLong());
        assertThat(day3.get("Openings").asLong()).isGreaterThanOrEqualTo(day3.get("Openers").asLong());
    }

    @Test
    void injectedStatusAnswersTheNthMatchingRequestOnly() {
        raw.login();
        fake.faults().on("GET", "Account").nth(2).respond(503);

        assertThat(raw.get("Account").statusCode()).isEqualTo(200);
        HttpResponse<String> second = raw.get("Account");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).contains("1");
        assertThat(raw.get("Account").statusCode()).isEqualTo(200);
        assertThat(fake.requestCount("GET", "Account")).isEqualTo(3);
    }

    @Test
    void droppedConnectionGivesNoAnswerAndDoesNotAct() {
        raw.login();
        fake.faults().on("POST", "Lists").dropConnection();

        assertThatThrownBy(() -> raw.call("POST", "Lists", "{\"custId\":1234,\"name\":\"x\",\"apiPostId\":55}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(fake.lists()).isEmpty();
    }

    @Test
    void actThenDelayCreatesTheObjectBeforeAnswering() {
        raw.login();
        fake.faults().on("POST", "Lists").actThenDelay(Duration.ofMillis(300));

        long start = System.nanoTime();
        HttpResponse<String> r = raw.call("POST", "Lists", "{\"custId\":1234,\"name\":\"slow\",\"apiPostId\":55}");

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(fake.listByName("slow")).isPresent();
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() {
        raw.login();
        fake.rateLimit(3);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = raw.get("Account");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                assertThat(r.headers().firstValue("Retry-After")).contains("1");
            }
        }
        // Within one second: the first three pass, the rest are limited (not every call, not none).
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(statuses.subList(3, 6)).containsOnly(429);
    }
}
