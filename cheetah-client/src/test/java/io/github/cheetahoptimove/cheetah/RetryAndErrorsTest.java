package io.github.cheetahoptimove.cheetah;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.API;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.jsonFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is retried, what is not, and how each failure is reported. */
class RetryAndErrorsTest extends WireMockClientTest {

    @Override
    CheetahClient.Builder configure(CheetahClient.Builder builder) {
        return builder.readTimeout(Duration.ofMillis(500));
    }

    private static NewCampaign newCampaign() {
        return NewCampaign.builder().custId(CustId.of(1234)).name("Winback").templateId(TemplateId.of(9001))
                .listId(ListId.of(3100)).externalRef("optimove:1:2026-11-28").build();
    }

    private static void stubFailThenSucceed(com.github.tomakehurst.wiremock.client.MappingBuilder first,
            com.github.tomakehurst.wiremock.client.MappingBuilder then) {
        wm.stubFor(first.inScenario("retry").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok"));
        wm.stubFor(then.inScenario("retry").whenScenarioStateIs("ok"));
    }

    @Test
    void rateLimitedCallWaitsRetryAfterThenSucceeds() {
        stubFailThenSucceed(get(urlPathEqualTo(API + "Account")).willReturn(aResponse().withStatus(429)
                        .withHeader("Retry-After", "3")),
                get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));

        assertThat(client.accounts().get().name()).isEqualTo("Acme");

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
        wm.verify(2, getRequestedFor(urlPathEqualTo(API + "Account")));
    }

    @Test
    void persistentRateLimitEndsInRateLimitedExceptionAfterMaxAttempts() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1").withHeader("X-Request-Id", "r-429")
                .withBody("{\"message\":\"Too many requests\",\"code\":\"RATE_LIMIT\"}")));

        assertThatThrownBy(() -> client.accounts().get())
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                    assertThat(e.apiCode()).contains("RATE_LIMIT");
                    assertThat(e.requestId()).contains("r-429");
                });
        wm.verify(4, getRequestedFor(urlPathEqualTo(API + "Account")));
        assertThat(sleeper.waits).hasSize(3);
    }

    @Test
    void retryAfterLongerThanTheBackoffCapIsHonouredAndOneBeyondTheTotalTimeGivesUp() {
        stubFailThenSucceed(get(urlPathEqualTo(API + "Account")).willReturn(aResponse().withStatus(503)
                        .withHeader("Retry-After", "30")),
                get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));
        wm.stubFor(get(urlPathEqualTo(API + "DataMaps")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120")));

        assertThat(client.accounts().get().name()).isEqualTo("Acme");
        assertThatThrownBy(() -> client.dataMaps().get(io.github.cheetahoptimove.cheetah.DataMapId.of(55)))
                .isInstanceOf(RateLimitedException.class);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(30));
        wm.verify(1, getRequestedFor(urlPathEqualTo(API + "DataMaps")));
    }

    @Test
    void pacingSlowsDownByAQuarterAfterA429() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).inScenario("limit")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(jsonFixture("account.json")).willSetStateTo("second"));
        wm.stubFor(get(urlPathEqualTo(API + "Account")).inScenario("limit").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("calm"));
        wm.stubFor(get(urlPathEqualTo(API + "Account")).inScenario("limit").whenScenarioStateIs("calm")
                .willReturn(jsonFixture("account.json")));
        WireMockSupport.RecordingSleeper paced = new WireMockSupport.RecordingSleeper();

        CheetahClient.Builder b = WireMockSupport.clientFor(wm, paced).maxRequestsPerSecond(10)
                .retryPolicy(RetryPolicy.none());
        b.nanoTime = () -> 0L; // time stands still: each wait is exactly the distance to its slot
        try (CheetahClient c = b.build()) {
            c.accounts().get();
            assertThatThrownBy(() -> c.accounts().get()).isInstanceOf(RateLimitedException.class);
            c.accounts().get();
            c.accounts().get();
        }

        // token (no wait), then four calls: 102 ms apart (2 % under the limit) until the 429, a quarter more after
        assertThat(paced.waits).containsExactly(Duration.ofMillis(102), Duration.ofMillis(204),
                Duration.ofMillis(306), Duration.ofNanos(433_500_000));
    }

    @Test
    void aCallThatLeavesLateMakesTheCallAWindowAfterItWaitForIt() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
        Sleeper lateOnce = d -> {
            waits.add(d);
            // the second wait oversleeps by half a second, as a thread does behind a long GC pause
            clock.addAndGet(d.toNanos() + (waits.size() == 2 ? 500_000_000L : 0));
        };
        CheetahClient.Builder b = WireMockSupport.clientFor(wm, lateOnce).maxRequestsPerSecond(4)
                .retryPolicy(RetryPolicy.none());
        b.nanoTime = clock::get;
        try (CheetahClient c = b.build()) {
            for (int i = 0; i < 6; i++) {
                c.accounts().get();
            }
        }

        // slots of 255 ms: token at 0, calls at 255, 1010 (planned 510), 1010, 1265, 1520; the sixth
        // call would fit at 1775 by spacing alone, but that puts five calls in the second after
        // 1010, so it waits until 2030, a window of 1020 ms after the late call really left
        assertThat(waits).containsExactly(Duration.ofMillis(255), Duration.ofMillis(255), Duration.ofMillis(255),
                Duration.ofMillis(255), Duration.ofMillis(510));
    }

    @Test
    void twentyCalmAnswersAfterA429TakeHalfTheStretchBack() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("calm"));
        wm.stubFor(get(urlPathEqualTo(API + "Account")).inScenario("limit").whenScenarioStateIs("calm")
                .willReturn(jsonFixture("account.json")));
        WireMockSupport.RecordingSleeper paced = new WireMockSupport.RecordingSleeper();
        CheetahClient.Builder b = WireMockSupport.clientFor(wm, paced).maxRequestsPerSecond(10)
                .retryPolicy(RetryPolicy.none());
        b.nanoTime = () -> 0L; // time stands still: the gap between two waits is the spacing in force
        try (CheetahClient c = b.build()) {
            assertThatThrownBy(() -> c.accounts().get()).isInstanceOf(RateLimitedException.class);
            for (int i = 0; i < 22; i++) {
                c.accounts().get();
            }
        }

        List<Duration> w = paced.waits;
        Duration gapBeforeRecovery = w.get(w.size() - 3).minus(w.get(w.size() - 4));
        Duration lastGap = w.get(w.size() - 1).minus(w.get(w.size() - 2));
        assertThat(gapBeforeRecovery).isEqualTo(Duration.ofNanos(127_500_000)); // 102 ms stretched by a quarter
        assertThat(lastGap).isEqualTo(Duration.ofNanos(114_750_000)); // half of the 25.5 ms stretch taken back
    }

    @Test
    void theCallListenerHearsEachExchangeRetryAndTokenRequestByRouteWithoutQueryOrSecrets() {
        wm.stubFor(get(urlPathEqualTo(API + "DataMaps")).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo(API + "DataMaps")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(jsonFixture("datamap.json")));
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        CallListener listener = new CallListener() {
            @Override
            public void exchange(String method, String route, int status, Duration duration) {
                heard.add("exchange " + method + " " + route + " " + status);
            }

            @Override
            public void retry(String method, String route, int status) {
                heard.add("retry " + method + " " + route + " " + status);
            }

            @Override
            public void tokenRequested() {
                heard.add("token");
            }
        };

        try (CheetahClient c = WireMockSupport.clientFor(wm, sleeper).callListener(listener).build()) {
            c.dataMaps().get(DataMapId.of(55));
        }

        assertThat(heard).containsExactly("token", "exchange POST Token 200", "exchange GET DataMaps 503",
                "retry GET DataMaps 503", "exchange GET DataMaps 200");
        assertThat(String.join(" ", heard)).doesNotContain(WireMockSupport.SECRET).doesNotContain("id=55");
    }

    @Test
    void pacedClientSpacesRequestsEvenlyInsteadOfCollecting429s() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));
        WireMockSupport.RecordingSleeper paced = new WireMockSupport.RecordingSleeper();

        try (CheetahClient c = WireMockSupport.clientFor(wm, paced).maxRequestsPerSecond(4).build()) {
            for (int i = 0; i < 4; i++) {
                c.accounts().get();
            }
        }

        // token + 4 calls at 4 a second: every request after the first waits for its slot
        assertThat(paced.waits).hasSize(4);
        assertThat(paced.waits.get(3)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1020)); // 4 slots of 255 ms
        assertThat(paced.waits).isSortedAccordingTo(Duration::compareTo);
    }

    @Test
    void rateLimitedCampaignCreationIsRetriedBecauseTheServerDidNotAct() {
        stubFailThenSucceed(post(urlPathEqualTo(API + "EmailCampaign")).willReturn(aResponse().withStatus(429)
                        .withHeader("Retry-After", "1")),
                post(urlPathEqualTo(API + "EmailCampaign")).willReturn(aResponse().withStatus(201)
                        .withBody("{\"campId\": 4400}")));

        assertThat(client.campaigns().create(newCampaign())).isEqualTo(CampaignId.of(4400));
        wm.verify(2, postRequestedFor(urlPathEqualTo(API + "EmailCampaign")));
    }

    @Test
    void serverErrorOnGetIsRetriedWithBackoff() {
        stubFailThenSucceed(get(urlPathEqualTo(API + "Account")).willReturn(aResponse().withStatus(500)),
                get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));

        assertThat(client.accounts().get().name()).isEqualTo("Acme");

        wm.verify(2, getRequestedFor(urlPathEqualTo(API + "Account")));
        assertThat(sleeper.waits).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
    }

    @Test
    void serverErrorOnCampaignCreationIsNotRetried() {
        wm.stubFor(post(urlPathEqualTo(API + "EmailCampaign")).willReturn(aResponse().withStatus(500)
                .withHeader("X-Request-Id", "r-500").withBody("{\"message\":\"boom\"}")));

        assertThatThrownBy(() -> client.campaigns().create(newCampaign()))
                .isInstanceOf(ServerException.class)
                .hasMessage("POST /services2/api/EmailCampaign 500: boom (request-id r-500)");
        wm.verify(1, postRequestedFor(urlPathEqualTo(API + "EmailCampaign")));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void readTimeoutOnCampaignCreationIsAmbiguousAfterExactlyOneRequest() {
        wm.stubFor(post(urlPathEqualTo(API + "EmailCampaign")).willReturn(aResponse().withStatus(201)
                .withBody("{\"campId\": 4400}").withFixedDelay(2000)));

        assertThatThrownBy(() -> client.campaigns().create(newCampaign()))
                .isInstanceOf(AmbiguousOutcomeException.class)
                .hasMessageContaining("POST /services2/api/EmailCampaign")
                .hasMessageContaining("Look the object up");
        wm.verify(1, postRequestedFor(urlPathEqualTo(API + "EmailCampaign")));
    }

    @Test
    void droppedConnectionOnListCreationIsAmbiguousAndNotResent() {
        wm.stubFor(post(urlPathEqualTo(API + "Lists")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.lists().create(NewList.of(CustId.of(1), "l", DataMapId.of(55))))
                .isInstanceOf(AmbiguousOutcomeException.class);
        wm.verify(1, postRequestedFor(urlPathEqualTo(API + "Lists")));
    }

    @Test
    void droppedConnectionOnRecordUploadIsRetriedBecauseUploadsUpsert() {
        stubFailThenSucceed(post(urlPathEqualTo(API + "ListRecords"))
                        .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)),
                post(urlPathEqualTo(API + "ListRecords")).willReturn(jsonFixture("upload-result.json")
                        .withBody("{\"accepted\":1,\"rejected\":[]}")));

        assertThat(client.lists().upload(ListId.of(3100), DataMapId.of(55),
                List.of(Record.of("EMAIL", "a@example.com"))).accepted()).isEqualTo(1);
        wm.verify(2, postRequestedFor(urlPathEqualTo(API + "ListRecords")));
    }

    @Test
    void readTimeoutOnGetIsRetriedThenReportedAsConnectionFailure() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json").withFixedDelay(2000)));

        assertThatThrownBy(() -> client.accounts().get())
                .isExactlyInstanceOf(ConnectionException.class)
                .hasMessageContaining("timed out");
        wm.verify(4, getRequestedFor(urlPathEqualTo(API + "Account")));
    }

    @Test
    void bareForbiddenPointsAtTheIpWhitelist() {
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(aResponse().withStatus(403)
                .withBody("<html>Forbidden</html>")));

        assertThatThrownBy(() -> client.accounts().get())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(403))
                .hasMessageContaining("whitelist");
    }

    @Test
    void refusedConnectionPointsAtTheIpWhitelist() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (CheetahClient offline = CheetahClient.builder().endpoint("http://127.0.0.1:" + port).allowInsecureHttp()
                .consumerKey("k").consumerSecret("s").clientId("c").retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> offline.accounts().get())
                    .isExactlyInstanceOf(ConnectionException.class)
                    .hasMessageContaining("whitelist")
                    .satisfies(e -> assertThat(((CheetahException) e).status()).isZero());
        }
    }

    @Test
    void statusCodesMapToTypedExceptionsWithApiDetails() {
        wm.stubFor(get(urlPathEqualTo(API + "EmailCampaign")).willReturn(aResponse().withStatus(404)
                .withHeader("X-Request-Id", "r-404").withBody("{\"message\":\"Campaign not found\",\"code\":\"NOT_FOUND\"}")));
        wm.stubFor(post(urlPathEqualTo(API + "Lists")).willReturn(aResponse().withStatus(409)
                .withBody("{\"message\":\"name already exists\",\"code\":\"DUPLICATE\"}")));
        wm.stubFor(post(urlPathEqualTo(API + "EmailCampaign")).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"invalid\",\"details\":[{\"field\":\"TemplateId\",\"message\":\"unknown template\"}]}")));

        assertThatThrownBy(() -> client.campaigns().get(CampaignId.of(9)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("GET /services2/api/EmailCampaign 404 [NOT_FOUND]: Campaign not found (request-id r-404)");
        assertThatThrownBy(() -> client.lists().create(NewList.of(CustId.of(1), "l", DataMapId.of(55))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("name already exists");
        assertThatThrownBy(() -> client.campaigns().create(newCampaign()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.details()).containsOnlyKeys("TemplateId");
                    assertThat(e.status()).isEqualTo(400);
                });
    }
}
