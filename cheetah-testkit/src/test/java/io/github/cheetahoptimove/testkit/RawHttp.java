package io.github.cheetahoptimove.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain JDK HTTP client for testing the fake against the contract without cheetah-client. */
final class RawHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    private final FakeCheetahMail fake;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    String token;

    RawHttp(FakeCheetahMail fake) {
        this.fake = fake;
    }

    static String form(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    HttpResponse<String> tokenRequest(String body) {
        return send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/services2/authorization/oAuth2/Token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    RawHttp login() {
        HttpResponse<String> r = tokenRequest(form("grant_type", "password", "username", fake.consumerKey(),
                "password", fake.consumerSecret(), "client_id", fake.clientId()));
        token = json(r).get("access_token").asText();
        return this;
    }

    HttpResponse<String> call(String method, String pathAndQuery, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/services2/api/" + pathAndQuery))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.header("Content-Type", "application/json");
        b.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody));
        return send(b.build());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return call("GET", pathAndQuery, null);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
