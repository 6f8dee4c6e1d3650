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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.API;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.jsonFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.cheetah.model.Account;
import io.github.cheetahoptimove.cheetah.model.Campaign;
import io.github.cheetahoptimove.cheetah.model.CampaignId;
import io.github.cheetahoptimove.cheetah.model.CampaignStats;
import io.github.cheetahoptimove.cheetah.model.CampaignStatus;
import io.github.cheetahoptimove.cheetah.model.CustId;
import io.github.cheetahoptimove.cheetah.model.DataMap;
import io.github.cheetahoptimove.cheetah.model.DataMapId;
import io.github.cheetahoptimove.cheetah.model.FieldType;
import io.github.cheetahoptimove.cheetah.model.Folder;
import io.github.cheetahoptimove.cheetah.model.FolderId;
import io.github.cheetahoptimove.cheetah.model.ListId;
import io.github.cheetahoptimove.cheetah.model.NewCampaign;
import io.github.cheetahoptimove.cheetah.model.NewList;
import io.github.cheetahoptimove.cheetah.model.Record;
import io.github.cheetahoptimove.cheetah.model.RecordReject;
import io.github.cheetahoptimove.cheetah.model.TargetList;
import io.github.cheetahoptimove.cheetah.model.Template;
import io.github.cheetahoptimove.cheetah.model.TemplateId;
import io.github.cheetahoptimove.cheetah.model.UploadResult;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every call of the contract: method, path, query, headers and body sent; the answer parsed. */
class EndpointsTest extends WireMockClientTest {

    @Test
    void accountIsReadWithBearerTokenAndUnknownFieldsIgnored() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));

        Account account = client.account().get();

        assertThat(account.custId()).isEqualTo(CustId.of(1234));
        assertThat(account.name()).isEqualTo("Acme");
        assertThat(account.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
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

        ListId id = client.lists().create(NewList.builder().custId(CustId.of(1234))
                .name("optimove-1234-9001-20261128").dataMapId(DataMapId.of(55)).build());

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
                Record.builder().field("EMAIL", "ann@example.com").field("FNAME", "Ann \"Nan\" Lee").build(),
                Record.builder().field("EMAIL", "").build()));

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
        assertThat(c.launchTime()).isEmpty();
    }

    @Test
    void campaignsFoundByExternalRefWithUnknownStatusTolerated() {
        wm.stubFor(get(urlPathEqualTo(API + "EmailCampaign"))
                .withQueryParam("externalRef", equalTo("optimove:1234:2026-11-28"))
                .willReturn(jsonFixture("campaigns-by-ref.json")));

        List<Campaign> found = client.campaigns().findByExternalRef("optimove:1234:2026-11-28");

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(CampaignId.of(4400));
            assertThat(c.status()).isEqualTo(CampaignStatus.UNKNOWN);
        });
    }

    @Test
    void scheduleSendsActionAndLaunchTimeWithSecondsAndOffset() {
        wm.stubFor(put(urlPathEqualTo(API + "EmailCampaign")).withQueryParam("id", equalTo("4400"))
                .willReturn(jsonFixture("campaign-scheduled.json")));

        Campaign c = client.campaigns().schedule(CampaignId.of(4400), Instant.parse("2026-11-28T10:00:00Z"),
                ZoneId.of("America/New_York"));

        assertThat(c.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(c.launchTime().map(OffsetDateTime::toInstant)).contains(Instant.parse("2026-11-28T10:00:00Z"));
        wm.verify(putRequestedFor(urlPathEqualTo(API + "EmailCampaign")).withQueryParam("id", equalTo("4400"))
                .withRequestBody(equalToJson("{\"CampAction\":\"SCHEDULE\",\"LaunchTime\":\"2026-11-28T05:00:00-05:00\"}")));
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

        CampaignStats s = client.stats().get(CampaignId.of(4400));
        CampaignStats async = client.stats().getAsync(CampaignId.of(4400)).get();

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
    void launchTimeKeepsOffsetOfUtcAccountsNumeric() {
        wm.stubFor(put(urlPathEqualTo(API + "EmailCampaign")).willReturn(jsonFixture("campaign-scheduled.json")));

        client.campaigns().schedule(CampaignId.of(4400), OffsetDateTime.of(2026, 11, 28, 9, 0, 0, 500, ZoneOffset.UTC));

        wm.verify(putRequestedFor(urlPathEqualTo(API + "EmailCampaign"))
                .withRequestBody(equalToJson("{\"CampAction\":\"SCHEDULE\",\"LaunchTime\":\"2026-11-28T09:00:00+00:00\"}")));
    }
}
