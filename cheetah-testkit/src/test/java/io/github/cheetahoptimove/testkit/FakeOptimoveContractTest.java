package io.github.cheetahoptimove.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FakeOptimove against the contract in raw HTTP, through its JUnit 5 extension. */
class FakeOptimoveContractTest {
    static final LocalDateTime TEN = LocalDateTime.parse("2030-01-01T10:00:00");

    @RegisterExtension
    static FakeOptimoveExtension optimove = FakeOptimoveExtension.customized(b -> b
            .campaign(1001, 504, TEN, 25, 9001, 9002).rateLimit(5, Duration.ofSeconds(30)));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> call(FakeOptimove fake, String method, String path, String type, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/current/" + path))
                .header("X-API-KEY", fake.apiKey());
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sendDetailsPageByTopAndSkipInEitherShapeAndCheckTheirParameters(FakeOptimove fake) throws Exception {
        String q = "customers/GetCustomerSendDetailsByChannel?ChannelID=504&CampaignID=1001"
                + "&CustomerAttributes=Email;FirstName&CustomerAttributesDelimiter=%3B";
        JsonNode page = JSON.readTree(call(fake, "GET", q + "&$top=10&$skip=20", null, null).body());
        fake.shape(FakeOptimove.Shape.JOINED);
        JsonNode joined = JSON.readTree(call(fake, "GET", q + "&$top=1&$skip=0", null, null).body());

        assertThat(page).hasSize(5);
        assertThat(page.get(0).get("CustomerID").asText()).isEqualTo("1001-20");
        assertThat(page.get(0).get("CustomerAttributes").get(0).asText()).isEqualTo("1001-20@example.com");
        assertThat(page.get(1).get("TemplateID").asLong()).isEqualTo(9002);
        assertThat(joined.get(0).get("CustomerAttribute").asText()).isEqualTo("1001-0@example.com;Name0");
        assertThat(call(fake, "GET", q + "&$top=10001", null, null).statusCode()).as("$top over 10,000").isEqualTo(400);
    }

    @Test
    void theKeyTheContentTypeAndTheChunkLimitsAreEnforced(FakeOptimove fake) throws Exception {
        HttpResponse<String> noKey = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
                + "/current/integrations/GetChannelTemplates?ChannelID=504")).build(), HttpResponse.BodyHandlers.ofString());
        String one = "[{\"TemplateID\": 9001, \"TemplateName\": \"Welcome\"}]";

        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(noKey.body()).get("error").asText()).isEqualTo("Unauthorized");
        assertThat(call(fake, "POST", "integrations/AddChannelTemplates?ChannelID=504",
                "application/json; charset=UTF-8", one).statusCode()).as("charset on AddChannelTemplates").isEqualTo(400);
        assertThat(call(fake, "POST", "integrations/AddChannelTemplates?ChannelID=504", "application/json", one)
                .statusCode()).isEqualTo(200);
        assertThat(fake.channelTemplates(504)).containsEntry(9001L, "Welcome");
        StringBuilder hundred = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            hundred.append(i == 0 ? "" : ",").append("{\"ChannelID\": 504, \"CampaignID\": 1001, \"TemplateID\": ")
                    .append(9000 + i).append(", \"MetricID\": 0, \"MetricValue\": 1}");
        }
        assertThat(call(fake, "POST", "integrations/UpdateCampaignMetrics", "application/json; charset=UTF-8",
                hundred + "]").statusCode()).as("100 metric rows").isEqualTo(400);
    }

    @Test
    void theSlidingWindowAnswers429sOnceItIsFull(FakeOptimove fake) throws Exception {
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            if (call(fake, "GET", "general/GetRegisteredEventListeners", null, null).statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(3);
        assertThat(fake.rateLimitedAnswers()).isEqualTo(3);
    }
}
