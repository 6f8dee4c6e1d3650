package io.github.cheetahoptimove.cheetah;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.API;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.jsonFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every call of the contract: method, path, query, headers and body sent; the answer parsed. */
class EndpointsTest extends WireMockClientTest {

    @Test
    void accountIsReadWithBearerTokenAndUnknownFieldsIgnored() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));

        Account account = client.accounts().get();

        assertThat(account.custId()).isEqualTo(CustId.of(1234));
        assertThat(account.name()).isEqualTo("Acme");
        assertThat(account.timeZone()).contains(ZoneId.of("America/New_York"));
        wm.verify(getRequestedFor(urlPathEqualTo(API + "Account"))
                .withHeader("Authorization", equalTo("Bearer tok-1")));
    }

    @Test
    void folderIsAddressedByIdQuery() {
        wm.stubFor(get(urlPathEqualTo(API + "Folders")).withQueryParam("id", equalTo("77"))
                .willReturn(jsonFixture("folder.json")));

        Folder folder = client.folders().get(FolderId.of(77));

        assertThat(folder.name()).isEqualTo("Optimove");
        assertThat(folder.parentId()).contains(FolderId.of(1));
    }

    @Test
    void templatesArePagedLazilyThroughEveryPage() {
        wm.stubFor(get(urlPathEqualTo(API + "EmailTemplates")).withQueryParam("folderId", equalTo("77"))
                .withQueryParam("page", equalTo("1")).withQueryParam("pageSize", equalTo("200"))
                .willReturn(jsonFixture("templates-page1.json")));
        wm.stubFor(get(urlPathEqualTo(API + "EmailTemplates")).withQueryParam("folderId", equalTo("77"))
                .withQueryParam("page", equalTo("2")).willReturn(jsonFixture("templates-page2.json")));

        List<Template> all = client.templates().stream(FolderId.of(77)).collect(Collectors.toList());

        assertThat(all).extracting(t -> t.id().value()).containsExactly(9001L, 9002L, 9003L);
        Template first = all.get(0);
        assertThat(first.personalizationFields()).containsExactly("FNAME", "FAV_DEPT");
        assertThat(first.modifiedAt()).contains(OffsetDateTime.parse("2026-11-20T08:30:00-05:00"));
        assertThat(first.folderId()).contains(FolderId.of(77));
    }

    @Test
    void templatePageReportsWhetherMoreFollow() {
        wm.stubFor(get(urlPathEqualTo(API + "EmailTemplates")).withQueryParam("page", equalTo("1"))
                .withQueryParam("pageSize", equalTo("2")).willReturn(jsonFixture("templates-page1.json")));

        Page<Template> page = client.templates().page(FolderId.of(77), 1, 2);

        assertThat(page.items()).hasSize(2);
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void pagingGoesOnByFullPagesWhenTheApiGivesNoTotal() {
        String item = "{\"id\": %d, \"name\": \"T\", \"folderId\": 77, \"personalizationFields\": []}";
        StringBuilder full = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 200; i++) {
            full.append(i == 0 ? "" : ",").append(String.format(item, 10_000 + i));
        }
        wm.stubFor(get(urlPathEqualTo(API + "EmailTemplates")).withQueryParam("page", equalTo("1"))
                .willReturn(jsonFixture("template.json").withBody(full.append("]}").toString())));
        wm.stubFor(get(urlPathEqualTo(API + "EmailTemplates")).withQueryParam("page", equalTo("2"))
                .willReturn(jsonFixture("template.json").withBody("{\"items\": [" + String.format(item, 1) + "]}")));

        assertThat(client.templates().list(FolderId.of(77))).hasSize(201);
    }

    @Test
    void templateIsReadById() {
        wm.stubFor(get(urlPathEqualTo(API + "EmailTemplates")).withQueryParam("id", equalTo("9001"))
                .willReturn(jsonFixture("template.json")));

        Template t = client.templates().get(TemplateId.of(9001));

        assertThat(t.name()).isEqualTo("Winback 20% off");
        assertThat(t.subject()).isEqualTo("We miss you");
    }

    @Test
    void dataMapFieldsParsedWithUnknownTypeTolerated() {
        wm.stubFor(get(urlPathEqualTo(API + "DataMaps")).withQueryParam("id", equalTo("55"))
                .willReturn(jsonFixture("datamap.json")));

        DataMap map = client.dataMaps().get(DataMapId.of(55));

        assertThat(map.uniqueField().map(f -> f.mapTo())).contains("EMAIL");
        assertThat(map.field("LAST_PURCHASE").map(f -> f.type())).contains(FieldType.DATE);
        assertThat(map.field("SCORE").map(f -> f.type())).contains(FieldType.UNKNOWN);
    }

    @Test
    void listIsCreatedWithCustIdNameAndApiPostId() {
        wm.stubFor(post(urlPathEqualTo(API + "Lists")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": 3100}")));

        ListId id = client.lists().create(NewList.of(CustId.of(1234), "optimove-1234-9001-20261128", DataMapId.of(55)));

        assertThat(id).isEqualTo(ListId.of(3100));
        wm.verify(postRequestedFor(urlPathEqualTo(API + "Lists"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson(
                        "{\"custId\":1234,\"name\":\"optimove-1234-9001-20261128\",\"apiPostId\":55}")));
    }

    @Test
    void listIsFoundByExactNameOrNotAtAll() {
        wm.stubFor(get(urlPathEqualTo(API + "Lists")).withQueryParam("name", equalTo("optimove-1234-9001-20261128"))
                .willReturn(jsonFixture("lists-by-name.json")));
        wm.stubFor(get(urlPathEqualTo(API + "Lists")).withQueryParam("name", equalTo("absent"))
                .willReturn(WireMockSupport.jsonFixture("lists-by-name.json")
                        .withBody("{\"items\":[],\"page\":1,\"pageSize\":100,\"totalCount\":0}")));

        assertThat(client.lists().findByName("optimove-1234-9001-20261128").map(TargetList::id))
                .contains(ListId.of(3100));
        assertThat(client.lists().findByName("absent")).isEmpty();
    }

    @Test
    void listIsReadAndDeletedById() {
        wm.stubFor(get(urlPathEqualTo(API + "Lists")).withQueryParam("id", equalTo("3100"))
                .willReturn(jsonFixture("list.json")));
        wm.stubFor(delete(urlPathEqualTo(API + "Lists")).withQueryParam("id", equalTo("3100"))
                .willReturn(aResponse().withStatus(204)));

        TargetList list = client.lists().get(ListId.of(3100));
        client.lists().delete(ListId.of(3100));

        assertThat(list.recordCount()).isEqualTo(2);
        assertThat(list.createdAt()).contains(OffsetDateTime.parse("2026-11-28T06:00:00Z"));
        wm.verify(deleteRequestedFor(urlPathEqualTo(API + "Lists")).withQueryParam("id", equalTo("3100")));
    }

    @Test
    void recordsAreUploadedAsNameValuePairsWithApiPostId() {
        wm.stubFor(post(urlPathEqualTo(API + "ListRecords")).withQueryParam("listId", equalTo("3100"))
                .willReturn(jsonFixture("upload-result.json")));

        UploadResult result = client.lists().upload(ListId.of(3100), DataMapId.of(55), List.of(
                Record.of("EMAIL", "ann@example.com", "FNAME", "Ann \"Nan\" Lee"),
                Record.of("EMAIL", "")));

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.rejected()).containsExactly(RecordReject.of(1, "EMAIL is blank"));
        wm.verify(postRequestedFor(urlPathEqualTo(API + "ListRecords")).withRequestBody(equalToJson(
                "{\"apiPostId\":55,\"records\":["
                        + "{\"data\":[{\"name\":\"EMAIL\",\"value\":\"ann@example.com\"},"
                        + "{\"name\":\"FNAME\",\"value\":\"Ann \\\"Nan\\\" Lee\"}]},"
                        + "{\"data\":[{\"name\":\"EMAIL\",\"value\":\"\"}]}]}")));
    }

    @Test
    void campaignIsCreatedWithPascalCaseFields() {
        wm.stubFor(post(urlPathEqualTo(API + "EmailCampaign")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(WireMockSupport.fixture("campaign-created.json"))));

        CampaignId id = client.campaigns().create(NewCampaign.builder().custId(CustId.of(1234)).name("Winback")
                .templateId(TemplateId.of(9001)).listId(ListId.of(3100)).externalRef("optimove:1234:2026-11-28")
                .build());

        assertThat(id).isEqualTo(CampaignId.of(4400));
        wm.verify(postRequestedFor(urlPathEqualTo(API + "EmailCampaign")).withRequestBody(equalToJson(
                "{\"CustId\":1234,\"Name\":\"Winback\",\"TemplateId\":9001,\"ListId\":3100,"
                        + "\"ExternalRef\":\"optimove:1234:2026-11-28\"}")));
    }

    @Test
    void campaignIsReadById() {
        wm.stubFor(get(urlPathEqualTo(API + "EmailCampaign")).withQueryParam("id", equalTo("4400"))
                .willReturn(jsonFixture("campaign.json")));

        Campaign c = client.campaigns().get(CampaignId.of(4400));

        assertThat(c.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(c.templateId()).contains(TemplateId.of(9001));
        assertThat(c.listId()).contains(ListId.of(3100));
        assertThat(c.externalRef()).contains("optimove:1234:2026-11-28");
        assertThat(c.scheduledAt()).isEmpty();
    }

    @Test
    void campaignsFoundByExternalRefWithUnknownStatusTolerated() {
        wm.stubFor(get(urlPathEqualTo(API + "EmailCampaign"))
                .withQueryParam("externalRef", equalTo("optimove:1234:2026-11-28"))
                .willReturn(jsonFixture("campaigns-by-ref.json")));

        List<Campaign> found = client.campaigns().listByExternalRef("optimove:1234:2026-11-28");

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(CampaignId.of(4400));
            assertThat(c.status()).isEqualTo(CampaignStatus.UNKNOWN);
        });
    }

    @Test
    void scheduleLaunchesWithLocalStartTimeAndWindowsZoneAndReadsTheScheduleBack() {
        wm.stubFor(put(urlPathEqualTo(API + "EmailCampaign")).withQueryParam("id", equalTo("4400"))
                .willReturn(jsonFixture("campaign-scheduled.json")));

        Campaign c = client.campaigns().schedule(CampaignId.of(4400), Instant.parse("2026-11-28T10:00:00Z"),
                ZoneId.of("America/New_York"));

        assertThat(c.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(c.scheduledAt()).contains(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(c.scheduledZone()).contains(ZoneId.of("America/New_York"));
        wm.verify(putRequestedFor(urlPathEqualTo(API + "EmailCampaign")).withQueryParam("id", equalTo("4400"))
                .withRequestBody(equalToJson("{\"CampAction\":\"LAUNCH\",\"campParam\":{\"sendSchedule\":"
                        + "{\"startTime\":\"2026-11-28T05:00:00\",\"timeZone\":\"Eastern_Standard_Time\"}}}")));
    }

    @ParameterizedTest(name = "{0} in {1} is written as {2} {3}")
    @CsvSource({
        // unambiguous local times are written in the zone's Windows id
        "2026-11-28T15:00:00Z, America/New_York, 2026-11-28T10:00:00, Eastern_Standard_Time",
        "2026-07-01T09:00:00Z, Europe/London, 2026-07-01T10:00:00, GMT_Standard_Time",
        "2026-11-28T04:30:00Z, Asia/Kolkata, 2026-11-28T10:00:00, India_Standard_Time",
        "2026-11-28T10:00:00Z, UTC, 2026-11-28T10:00:00, UTC",
        "2026-11-28T09:00:00Z, Europe/Berlin, 2026-11-28T10:00:00, W_Europe_Standard_Time",
        // right after the skipped hour (New York: 02:00 -> 03:00 on 8 March 2026)
        "2026-03-08T07:00:00Z, America/New_York, 2026-03-08T03:00:00, Eastern_Standard_Time",
        // the repeated hour (New York: 01:00-02:00 twice on 1 November 2026), both occurrences, in UTC
        "2026-11-01T05:30:00Z, America/New_York, 2026-11-01T05:30:00, UTC",
        "2026-11-01T06:30:00Z, America/New_York, 2026-11-01T06:30:00, UTC",
        // Lord Howe goes back half an hour (02:00 -> 01:30 on 5 April 2026): 01:45 happens twice
        "2026-04-04T14:45:00Z, Australia/Lord_Howe, 2026-04-04T14:45:00, UTC",
        "2026-04-04T15:15:00Z, Australia/Lord_Howe, 2026-04-04T15:15:00, UTC",
        "2026-04-04T16:00:00Z, Australia/Lord_Howe, 2026-04-05T02:30:00, Lord_Howe_Standard_Time",
        // a zone CLDR gives no Windows id
        "2026-11-28T10:00:00Z, Antarctica/Troll, 2026-11-28T10:00:00, UTC"
    })
    void scheduleWritesTheInstantInTheZoneWhenUnambiguousAndInUtcOtherwise(String instant, String zone,
            String startTime, String timeZone) {
        wm.stubFor(put(urlPathEqualTo(API + "EmailCampaign")).willReturn(jsonFixture("campaign-scheduled.json")));

        client.campaigns().schedule(CampaignId.of(4400), Instant.parse(instant), ZoneId.of(zone));

        wm.verify(putRequestedFor(urlPathEqualTo(API + "EmailCampaign"))
                .withRequestBody(equalToJson("{\"CampAction\":\"LAUNCH\",\"campParam\":{\"sendSchedule\":"
                        + "{\"startTime\":\"" + startTime + "\",\"timeZone\":\"" + timeZone + "\"}}}")));
    }

    @Test
    void aRepeatedLocalTimeIsReadAsItsFirstOccurrence() {
        wm.stubFor(get(urlPathEqualTo(API + "EmailCampaign")).willReturn(okJson("{\"campId\":4400,\"Status\":"
                + "\"SCHEDULED\",\"campParam\":{\"sendSchedule\":{\"startTime\":\"2026-11-01T01:30:00\","
                + "\"timeZone\":\"Eastern_Standard_Time\"}}}")));

        Campaign c = client.campaigns().get(CampaignId.of(4400));

        assertThat(c.scheduledAt()).contains(Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void anAccountZoneCldrDoesNotKnowIsAbsent() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(okJson(
                "{\"custId\":1234,\"name\":\"Acme\",\"timeZone\":\"America/New_York\"}")));

        assertThat(client.accounts().get().timeZone()).as("an IANA name is not the API's form").isEmpty();
    }

    @Test
    void launchAndCancelSendOnlyTheAction() {
        wm.stubFor(put(urlPathEqualTo(API + "EmailCampaign")).willReturn(jsonFixture("campaign.json")));

        client.campaigns().launch(CampaignId.of(4400));
        client.campaigns().cancel(CampaignId.of(4400));

        wm.verify(putRequestedFor(urlPathEqualTo(API + "EmailCampaign"))
                .withRequestBody(equalToJson("{\"CampAction\":\"LAUNCH\"}")));
        wm.verify(putRequestedFor(urlPathEqualTo(API + "EmailCampaign"))
                .withRequestBody(equalToJson("{\"CampAction\":\"CANCEL\"}")));
    }

    @Test
    void campaignIsDeletedById() {
        wm.stubFor(delete(urlPathEqualTo(API + "EmailCampaign")).willReturn(aResponse().withStatus(204)));

        client.campaigns().delete(CampaignId.of(4400));

        wm.verify(deleteRequestedFor(urlPathEqualTo(API + "EmailCampaign")).withQueryParam("id", equalTo("4400")));
    }

    @Test
    void statsAreParsedWithCheetahNamesSyncAndAsync() throws Exception {
        wm.stubFor(get(urlPathEqualTo(API + "CampaignStats")).withQueryParam("id", equalTo("4400"))
                .willReturn(jsonFixture("stats.json")));

        CampaignStats s = client.campaigns().stats(CampaignId.of(4400));
        CampaignStats async = client.campaigns().statsAsync(CampaignId.of(4400)).get();

        assertThat(s.recipients()).isEqualTo(10000);
        assertThat(s.delivered()).isEqualTo(9800);
        assertThat(s.openers()).isEqualTo(3900);
        assertThat(s.openings()).isEqualTo(5100);
        assertThat(s.clickers()).isEqualTo(800);
        assertThat(s.complaints()).isEqualTo(3);
        assertThat(s.asOf()).contains(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(async).isEqualTo(s);
    }

    @Test
    void scheduleDropsFractionsOfASecond() {
        wm.stubFor(put(urlPathEqualTo(API + "EmailCampaign")).willReturn(jsonFixture("campaign-scheduled.json")));

        client.campaigns().schedule(CampaignId.of(4400), Instant.parse("2026-11-28T09:00:00.500Z"), ZoneOffset.UTC);

        wm.verify(putRequestedFor(urlPathEqualTo(API + "EmailCampaign"))
                .withRequestBody(equalToJson("{\"CampAction\":\"LAUNCH\",\"campParam\":{\"sendSchedule\":"
                        + "{\"startTime\":\"2026-11-28T09:00:00\",\"timeZone\":\"UTC\"}}}")));
    }
}
