package io.github.cheetahoptimove.optimove.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wire format of every resource, against WireMock: paths, parameters, headers and bodies. */
class OptimoveWireTest {
    private static final String KEY = "key-$&=+ secret";
    private static final String BASE = "/current/";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private OptimoveClient client;

    @BeforeEach
    void setUp() {
        client = OptimoveClient.builder().baseUrl(wm.baseUrl()).allowInsecureHttp().apiKey(KEY)
                .retries(3, Duration.ofMillis(1)).pageSize(3).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void executedCampaignsAreListedWithTheKeyHeaderAndDate() {
        wm.stubFor(get(urlPathEqualTo(BASE + "actions/GetExecutedCampaignsByChannel"))
                .willReturn(okJson("[{\"CampaignID\": 1001}, {\"CampaignID\": 1002, \"Extra\": 1}]")));

        assertThat(client.campaigns().listExecuted(504, LocalDate.parse("2026-11-30"))).containsExactly(1001L, 1002L);
        wm.verify(getRequestedFor(urlPathEqualTo(BASE + "actions/GetExecutedCampaignsByChannel"))
                .withHeader("X-API-KEY", equalTo(KEY)).withQueryParam("ChannelID", equalTo("504"))
                .withQueryParam("Date", equalTo("2026-11-30")));
    }

    @Test
    void campaignDetailsReadTheStringFlags() {
        wm.stubFor(get(urlPathEqualTo(BASE + "actions/GetCampaignDetails")).willReturn(okJson("{\"TargetGroupID\": 12,"
                + " \"CampaignType\": \"Retention\", \"Duration\": 7, \"LeadTime\": 0, \"Notes\": \"n\","
                + " \"IsMultiChannel\": \"false\", \"IsRecurrence\": \"true\", \"Status\": \"Processed\", \"Error\": \"\"}")));

        CampaignDetails d = client.campaigns().get(1001);

        assertThat(d.recurrence()).isTrue();
        assertThat(d.multiChannel()).isFalse();
        assertThat(d.targetGroupId()).isEqualTo(12);
        wm.verify(getRequestedFor(urlPathEqualTo(BASE + "actions/GetCampaignDetails"))
                .withQueryParam("CampaignID", equalTo("1001")));
    }

    @Test
    void sendDetailsPageByTopAndSkipAndReadBothShapesAndRejectUnreadableRows() {
        String attrs = "Email;FirstName";
        wm.stubFor(get(urlPathEqualTo(BASE + "customers/GetCustomerSendDetailsByChannel"))
                .withQueryParam("$skip", equalTo("0")).willReturn(okJson("["
                        + "{\"CustomerID\": \"1\", \"TemplateID\": 9001, \"ScheduledTime\": \"2026-11-30 10:00:00\","
                        + " \"CustomerAttributes\": [\"a@example.com\", null]},"
                        + "{\"CustomerID\": \"2\", \"TemplateID\": 9001, \"ScheduledTime\": \"2026-11-30 10:00:00\","
                        + " \"CustomerAttribute\": \"b@example.com,Bo\"},"
                        + "{\"CustomerID\": \"3\", \"TemplateID\": 9001, \"ScheduledTime\": \"2026-11-30 10:00:00\","
                        + " \"CustomerAttribute\": \"c@example.com,Smith, Jr.\"}]")));
        wm.stubFor(get(urlPathEqualTo(BASE + "customers/GetCustomerSendDetailsByChannel"))
                .withQueryParam("$skip", equalTo("3")).willReturn(okJson("["
                        + "{\"CustomerID\": \"4\", \"TemplateID\": \"x9\", \"ScheduledTime\": \"2026-11-30 10:00:00\","
                        + " \"CustomerAttributes\": [\"d@example.com\", \"Di\"]},"
                        + "{\"CustomerID\": \"5\", \"TemplateID\": 9001, \"ScheduledTime\": \"2026-11-30 11:00:00\","
                        + " \"CustomerAttributes\": [\"e@example.com\", \"Ed\"]},"
                        + "{\"CustomerID\": \"6\", \"TemplateID\": 9002, \"ScheduledTime\": \"2026-11-30 11:00:00\","
                        + " \"CustomerAttributes\": [\"f@example.com\"]}]")));
        wm.stubFor(get(urlPathEqualTo(BASE + "customers/GetCustomerSendDetailsByChannel"))
                .withQueryParam("$skip", equalTo("6")).willReturn(okJson("[]")));

        List<SendDetail> rows = new ArrayList<>();
        try (SendDetailStream s = client.sendDetails().stream(504, 1001, List.of("Email", "FirstName"),
                AttributeDelimiter.COMMA)) {
            s.forEachRemaining(rows::add);
        }

        assertThat(rows).extracting(SendDetail::customerId).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(rows.get(0).attributes()).containsEntry("Email", "a@example.com").containsEntry("FirstName", "");
        assertThat(rows.get(1).attributes()).containsEntry("FirstName", "Bo");
        assertThat(rows.get(1).scheduledTime()).contains(LocalDateTime.parse("2026-11-30T10:00:00"));
        assertThat(rows.get(2).rejection()).hasValueSatisfying(r -> assertThat(r).contains("3 attribute values for 2")
                .contains("delimiter"));
        assertThat(rows.get(3).rejection()).contains("TemplateID is not a number");
        assertThat(rows.get(4).rejection()).hasValueSatisfying(r -> assertThat(r).contains("ScheduledTime differs"));
        assertThat(rows.get(5).rejection()).hasValueSatisfying(r -> assertThat(r).contains("1 attribute values"));
        assertThat(rows.get(2).toString()).doesNotContain("c@example.com");
        wm.verify(getRequestedFor(urlPathEqualTo(BASE + "customers/GetCustomerSendDetailsByChannel"))
                .withQueryParam("ChannelID", equalTo("504")).withQueryParam("CampaignID", equalTo("1001"))
                .withQueryParam("CustomerAttributes", equalTo(attrs))
                .withQueryParam("CustomerAttributesDelimiter", equalTo(","))
                .withQueryParam("$top", equalTo("3")).withQueryParam("$skip", equalTo("0")));
        wm.verify(3, getRequestedFor(urlPathEqualTo(BASE + "customers/GetCustomerSendDetailsByChannel")));
    }

    @Test
    void addChannelTemplatesSendsExactlyApplicationJsonInChunksOfOneHundred() {
        wm.stubFor(post(urlPathEqualTo(BASE + "integrations/AddChannelTemplates")).willReturn(aResponse().withStatus(200)));
        List<OptimoveTemplate> many = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            many.add(OptimoveTemplate.of(9000 + i, "T" + i));
        }

        assertThat(client.channelTemplates().add(504, many)).isEqualTo(3);

        wm.verify(3, postRequestedFor(urlPathEqualTo(BASE + "integrations/AddChannelTemplates"))
                .withQueryParam("ChannelID", equalTo("504")).withHeader("Content-Type", equalTo("application/json")));
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo(BASE + "integrations/AddChannelTemplates"))))
                .extracting(r -> r.getBodyAsString().split("TemplateID").length - 1).containsExactly(100, 100, 30);
    }

    @Test
    void deleteAndMetricsAndListenerBodiesFollowTheContract() {
        wm.stubFor(post(urlPathEqualTo(BASE + "integrations/DeleteChannelTemplates")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlPathEqualTo(BASE + "integrations/UpdateCampaignMetrics")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlPathEqualTo(BASE + "general/RegisterEventListener")).willReturn(aResponse().withStatus(200)));
        List<CampaignMetric> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(CampaignMetric.of(504, 1001, 9001 + i, OptimoveMetric.UNIQUE_OPENS, i));
        }

        client.channelTemplates().delete(504, List.of(9001L));
        int calls = client.metrics().update(rows);
        client.eventListeners().register(EventListener.of(1, "https://host.example/optimove/s3cret", 504));

        wm.verify(postRequestedFor(urlPathEqualTo(BASE + "integrations/DeleteChannelTemplates"))
                .withRequestBody(equalToJson("[{\"ChannelID\": 504, \"TemplateID\": 9001}]")));
        assertThat(calls).isEqualTo(3);
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo(BASE + "integrations/UpdateCampaignMetrics"))))
                .extracting(r -> r.getBodyAsString().split("MetricID").length - 1).containsExactly(99, 99, 2);
        wm.verify(postRequestedFor(urlPathEqualTo(BASE + "integrations/UpdateCampaignMetrics"))
                .withRequestBody(equalToJson("[{\"ChannelID\": 504, \"CampaignID\": 1001, \"TemplateID\": 9200,"
                        + " \"MetricID\": 6, \"MetricValue\": 199}]", true, true)));
        wm.verify(postRequestedFor(urlPathEqualTo(BASE + "general/RegisterEventListener"))
                .withRequestBody(equalToJson("{\"EventTypeID\": 1, \"ListenerURL\": "
                        + "\"https://host.example/optimove/s3cret\", \"ChannelID\": 504}")));
    }

    @Test
    void errorsAreTypedWithStatusAndOptimovesWordsButNeverTheKey() {
        wm.stubFor(get(urlPathEqualTo(BASE + "actions/GetCampaignDetails")).willReturn(aResponse().withStatus(404)
                .withBody("{\"status\": 404, \"error\": \"Not Found\", \"message\": \"no campaign 9\"}")));
        wm.stubFor(get(urlPathEqualTo(BASE + "integrations/GetChannelTemplates")).willReturn(aResponse().withStatus(401)
                .withBody("{\"status\": 401, \"error\": \"Unauthorized\", \"message\": \"bad key\"}")));
        wm.stubFor(get(urlPathEqualTo(BASE + "general/GetRegisteredEventListeners")).willReturn(aResponse()
                .withStatus(400).withBody("<html>gateway</html>")));

        assertThatThrownBy(() -> client.campaigns().get(9)).isInstanceOfSatisfying(OptimoveNotFoundException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.error()).contains("Not Found");
            assertThat(e.getMessage()).isEqualTo("GET /current/actions/GetCampaignDetails 404 [Not Found]: no campaign 9");
        });
        assertThatThrownBy(() -> client.channelTemplates().list(504))
                .isInstanceOf(OptimoveAuthenticationException.class).hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> client.eventListeners().list()).isInstanceOf(OptimoveValidationException.class)
                .hasMessageContaining("no JSON body");
        assertThat(client.toString()).doesNotContain(KEY);
    }

    @Test
    void serverErrorsAndTooManyRequestsAreRetried() {
        wm.stubFor(get(urlPathEqualTo(BASE + "integrations/GetChannelTemplates")).inScenario("s")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("limited"));
        wm.stubFor(get(urlPathEqualTo(BASE + "integrations/GetChannelTemplates")).inScenario("s")
                .whenScenarioStateIs("limited").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withBody("{\"status\": 429, \"error\": \"Too Many Requests\", \"message\": \"slow down\"}"))
                .willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo(BASE + "integrations/GetChannelTemplates")).inScenario("s")
                .whenScenarioStateIs("ok").willReturn(okJson("[{\"TemplateID\": 9001, \"TemplateName\": \"Welcome\"}]")));

        assertThat(client.channelTemplates().list(504)).containsExactly(OptimoveTemplate.of(9001, "Welcome"));
        assertThat(client.rateLimitedAnswers()).isEqualTo(1);
        wm.verify(3, getRequestedFor(urlPathEqualTo(BASE + "integrations/GetChannelTemplates")));
    }

    @Test
    void aStoredRowIsReadWithATextualTemplateIdAndWithoutAScheduledTime() {
        SendDetail d = SendDetail.fromRow(java.util.Map.of("CustomerID", "7", "TemplateID", "9001",
                "CustomerAttribute", "g@example.com;Gus"), List.of("Email", "FirstName"), AttributeDelimiter.SEMICOLON);
        SendDetail bad = SendDetail.fromRow(java.util.Map.of("CustomerID", "8", "TemplateID", 9001.5,
                "CustomerAttributes", List.of("h@example.com", "Hal")), List.of("Email", "FirstName"),
                AttributeDelimiter.COMMA);

        assertThat(d.readable()).isTrue();
        assertThat(d.templateId()).isEqualTo(9001);
        assertThat(d.scheduledTime()).isEmpty();
        assertThat(d.attributes()).containsEntry("FirstName", "Gus");
        assertThat(bad.rejection()).contains("TemplateID is not a number");
    }

    @Test
    void eventsParseKnownAndUnknownTypes() {
        OptimoveEvent e13 = OptimoveEvent.parse(("{\"eventTypeId\": 13, \"timeStamp\": \"2026-11-30 05:04:54\","
                + " \"campaignId\": 1001, \"channelId\": 504, \"new\": true}").getBytes(StandardCharsets.UTF_8));
        OptimoveEvent e99 = OptimoveEvent.parse("{\"eventTypeId\": 99}".getBytes(StandardCharsets.UTF_8));

        assertThat(e13.type()).isEqualTo(OptimoveEvent.Type.CAMPAIGN_EXECUTED_VIA_CHANNEL);
        assertThat(e13.timeStamp()).contains(LocalDateTime.parse("2026-11-30T05:04:54"));
        assertThat(e13.campaignId()).isEqualTo(1001);
        assertThat(e99.type()).isEqualTo(OptimoveEvent.Type.UNKNOWN);
        assertThat(e99.eventTypeId()).isEqualTo(99);
        assertThatThrownBy(() -> OptimoveEvent.parse("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventTypeId");
    }

    @Test
    void builderNamesEverythingMissingAndRefusesPlainHttp() {
        assertThatThrownBy(() -> OptimoveClient.builder().baseUrl(null).apiKey(System.getenv("NO_SUCH_VARIABLE")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl, apiKey");
        assertThatThrownBy(() -> OptimoveClient.builder().baseUrl("http://api5.optimove.net").apiKey("k").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowInsecureHttp");
    }
}
