package io.github.cheetahoptimove.cheetah;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.API;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.SECRET;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.TOKEN_PATH;
import static io.github.cheetahoptimove.cheetah.WireMockSupport.jsonFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OAuth password grant, the shared token cache and the one-refresh rule. */
class AuthenticationTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockSupport.server();

    private final WireMockSupport.RecordingSleeper sleeper = new WireMockSupport.RecordingSleeper();

    @Test
    void tokenRequestCarriesExactlyTheGrantFieldsAndSpecialCharacterSecretArrivesIntact() {
        WireMockSupport.stubToken(wm, "tok-1");
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));

        try (CheetahClient client = WireMockSupport.clientFor(wm, sleeper).consumerKey("key +&1").build()) {
            client.accounts().get();
        }

        List<LoggedRequest> tokenRequests = wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertThat(tokenRequests).hasSize(1);
        LoggedRequest r = tokenRequests.get(0);
        assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = decodeForm(r.getBodyAsString());
        assertThat(form).containsOnlyKeys("grant_type", "username", "password", "client_id");
        assertThat(form).containsEntry("grant_type", "password")
                .containsEntry("username", "key +&1")
                .containsEntry("password", SECRET)
                .containsEntry("client_id", "client-7");
    }

    @Test
    void tokenRequestLeavesClientIdOutWhenNoneIsConfigured() throws Exception {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{\"access_token\":\"tok-9\",\"token_type\":\"bearer\",\"expires_in\":28800}")));
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));

        try (CheetahClient client = WireMockSupport.clientFor(wm, sleeper).clientId(null).build()) {
            client.accounts().get();
        }

        LoggedRequest r = wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertThat(decodeForm(r.getBodyAsString())).containsOnlyKeys("grant_type", "username", "password");
    }

    @Test
    void concurrentCallsWithoutTokenCauseExactlyOneTokenRequest() throws Exception {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":28800}").withFixedDelay(300)));
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (CheetahClient client = WireMockSupport.clientFor(wm, sleeper).build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.accounts().get().name();
                }));
            }
            start.countDown();
            for (Future<String> f : results) {
                assertThat(f.get(20, TimeUnit.SECONDS)).isEqualTo("Acme");
            }
        } finally {
            pool.shutdownNow();
        }

        wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        wm.verify(threads, getRequestedFor(urlPathEqualTo(API + "Account"))
                .withHeader("Authorization", equalTo("Bearer tok-1")));
    }

    @Test
    void expiredTokenIsRefreshedOnceAndCallRepeatedOnce() {
        stubTwoTokens();
        wm.stubFor(get(urlPathEqualTo(API + "Account")).withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Authorization has been denied for this request.\"}")));
        wm.stubFor(get(urlPathEqualTo(API + "Account")).withHeader("Authorization", equalTo("Bearer tok-2"))
                .willReturn(jsonFixture("account.json")));

        try (CheetahClient client = WireMockSupport.clientFor(wm, sleeper).build()) {
            assertThat(client.accounts().get().name()).isEqualTo("Acme");
        }

        wm.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        wm.verify(2, getRequestedFor(urlPathEqualTo(API + "Account")));
    }

    @Test
    void secondUnauthorizedAnswerFailsWithoutFurtherAttempts() {
        stubTwoTokens();
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(aResponse().withStatus(401)
                .withHeader("X-Request-Id", "r-401")
                .withBody("{\"message\": \"Authorization has been denied for this request.\"}")));

        try (CheetahClient client = WireMockSupport.clientFor(wm, sleeper).build()) {
            assertThatThrownBy(() -> client.accounts().get())
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("GET /services2/api/Account 401")
                    .hasMessageContaining("request-id r-401")
                    .satisfies(e -> assertThat(((CheetahException) e).status()).isEqualTo(401));
        }

        wm.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        wm.verify(2, getRequestedFor(urlPathEqualTo(API + "Account")));
    }

    @Test
    void wrongCredentialsRaiseAuthenticationErrorNamingSettingsWithoutSecret() {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "r-tok")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"The user name or password is incorrect.\"}")));

        try (CheetahClient client = WireMockSupport.clientFor(wm, sleeper).build()) {
            assertThatThrownBy(() -> client.accounts().get())
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("consumerSecret")
                    .hasMessageContaining("invalid_grant")
                    .hasMessageContaining("r-tok")
                    .hasMessageNotContaining(SECRET);
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        wm.verify(0, getRequestedFor(urlPathEqualTo(API + "Account")));
    }

    @Test
    void tokenIsReusedUntilShortlyBeforeExpiryThenReplaced() {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":600}")));
        wm.stubFor(get(urlPathEqualTo(API + "Account")).willReturn(jsonFixture("account.json")));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T06:00:00Z"));

        try (CheetahClient client = WireMockSupport.clientFor(wm, sleeper).clock(clock).build()) {
            client.accounts().get();
            clock.advance(Duration.ofSeconds(500));
            client.accounts().get();
            wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
            clock.advance(Duration.ofSeconds(45)); // 545 s: inside the 60 s margin
            client.accounts().get();
        }

        wm.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    private static void stubTwoTokens() {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":28800}"))
                .willSetStateTo("second"));
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"tok-2\",\"token_type\":\"bearer\",\"expires_in\":28800}")));
    }

    private static Map<String, String> decodeForm(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
