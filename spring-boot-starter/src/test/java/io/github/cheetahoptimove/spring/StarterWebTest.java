package io.github.cheetahoptimove.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cheetahoptimove.optimove.EventReport;
import io.github.cheetahoptimove.testkit.FakeCheetahMail;
import io.github.cheetahoptimove.testkit.FakeOptimove;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A whole Spring Boot web host on both fakes: the event endpoint answers at once and the work follows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterWebTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TOMORROW = LocalDate.now(BERLIN).plusDays(1);
    static final String SECRET = "7f2a9c1e5b3d4a6f";
    static final FakeCheetahMail CHEETAH = FakeCheetahMail.builder().start();
    static final FakeOptimove OPTIMOVE = FakeOptimove.builder().siteZone(BERLIN)
            .campaign(1001, 504, TOMORROW.atTime(10, 0), 8, 9001, 9002).start();

    /** The host application: nothing but Spring Boot and the starter. */
    @SpringBootApplication
    static class Host {
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("cheetah-optimove.cheetah.endpoint", CHEETAH::baseUrl);
        r.add("cheetah-optimove.cheetah.allow-insecure-http", () -> "true");
        r.add("cheetah-optimove.cheetah.consumer-key", CHEETAH::consumerKey);
        r.add("cheetah-optimove.cheetah.consumer-secret", CHEETAH::consumerSecret);
        r.add("cheetah-optimove.integration.cust-id", () -> "1234");
        r.add("cheetah-optimove.integration.folder-id", () -> "77");
        r.add("cheetah-optimove.integration.data-map-id", () -> "55");
        r.add("cheetah-optimove.integration.identifier-attribute", () -> "Email");
        r.add("cheetah-optimove.integration.identifier-field", () -> "EMAIL");
        r.add("cheetah-optimove.integration.fields.FirstName", () -> "FNAME");
        r.add("cheetah-optimove.optimove.base-url", OPTIMOVE::baseUrl);
        r.add("cheetah-optimove.optimove.allow-insecure-http", () -> "true");
        r.add("cheetah-optimove.optimove.api-key", OPTIMOVE::apiKey);
        r.add("cheetah-optimove.optimove.channel-id", () -> "504");
        r.add("cheetah-optimove.optimove.site-time-zone", () -> "Europe/Berlin");
        r.add("cheetah-optimove.events.enabled", () -> "true");
        r.add("cheetah-optimove.events.secret", () -> SECRET);
    }

    @AfterAll
    static void stop() {
        CHEETAH.close();
        OPTIMOVE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    OptimoveEventController controller;

    private int post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aNotificationAtTheSecretPathIsAnsweredAtOnceAndExecutesTheCampaign() throws Exception {
        BlockingQueue<EventReport> handled = new LinkedBlockingQueue<>();
        controller.onHandled(handled::add);
        String body = "{\"eventTypeId\": 1, \"timeStamp\": \"" + TOMORROW + " 06:00:00\", \"campaignId\": 1001, "
                + "\"channelId\": 504}";

        assertThat(post("/optimove/events/wrong-secret-value", body)).isEqualTo(404);
        assertThat(post("/optimove/events/" + SECRET, "not json")).isEqualTo(400);
        assertThat(post("/optimove/events/" + SECRET, body)).isEqualTo(200);
        EventReport report = handled.poll(30, TimeUnit.SECONDS);

        assertThat(report).isNotNull();
        assertThat(report.action()).isEqualTo(EventReport.Action.EXECUTED);
        assertThat(report.succeeded()).isTrue();
        assertThat(CHEETAH.campaigns()).hasSize(2);
    }
}
