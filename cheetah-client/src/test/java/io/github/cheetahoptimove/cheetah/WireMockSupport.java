package io.github.cheetahoptimove.cheetah;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared set-up of the WireMock tests: a dynamic-port server, a token stub and a client on it. */
final class WireMockSupport {
    static final String TOKEN_PATH = "/services2/authorization/oAuth2/Token";
    static final String API = "/services2/api/";
    static final String SECRET = "s3cr$t&=+% é";

    private WireMockSupport() {}

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().jettyHeaderRequestSize(64 * 1024)
                        .maxRequestJournalEntries(20_000))
                .build();
    }

    static void stubToken(WireMockExtension wm, String token) {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(
                okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":28800}")));
    }

    static CheetahClient.Builder clientFor(WireMockExtension wm, Sleeper sleeper) {
        return CheetahClient.builder()
                .endpoint(wm.baseUrl())
                .allowInsecureHttp()
                .consumerKey("key-1")
                .consumerSecret(SECRET)
                .clientId("client-7")
                .readTimeout(Duration.ofSeconds(5))
                .maxRequestsPerSecond(0) // the waits these tests record are the retry policy's alone
                .sleeper(sleeper);
    }

    static String fixture(String name) {
        try (InputStream in = WireMockSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder jsonFixture(String name) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-" + name).withBody(fixture(name));
    }

    /** Records the waits instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }
}
