package io.github.cheetahoptimove.cheetah;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Obtains, caches and replaces the OAuth 2 access token (password grant with the consumer key and
 * secret). Thread-safe: all threads of one client share one token, and threads that find it missing
 * or expired at the same moment cause one token request between them.
 *
 * <p>scribejava builds the grant request (form encoding of any character) and parses the token
 * answer; the request itself travels through the client's OkHttp stack, so the host's proxy, TLS
 * settings and the retry policy apply to it too.
 */
final class TokenManager {
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

    private final ClientConfig config;
    private final OkHttpClient http;
    private final Clock clock;
    private final Errors errors;
    private final PasswordGrant grant;
    private final Object lock = new Object();
    private volatile Token current;

    /** A token cache for {@code config}, fetching through {@code http}, telling {@code listener} of each token request. */
    TokenManager(ClientConfig config, OkHttpClient http, Clock clock, Errors errors, CallListener listener) {
        this.listener = listener;
        this.config = config;
        this.http = http;
        this.clock = clock;
        this.errors = errors;
        String base = config.endpoint().toString();
        String tokenUrl = (base.endsWith("/") ? base : base + "/") + CheetahApi.TOKEN_PATH;
        this.grant = new PasswordGrant(new Api(tokenUrl), config.clientId().orElse(null));
    }

    /** A valid token, fetched when there is none or it is about to expire. */
    public String token() {
        Token t = current;
        if (t != null && t.freshAt(clock.instant())) {
            return t.value;
        }
        synchronized (lock) {
            t = current;
            if (t != null && t.freshAt(clock.instant())) {
                return t.value;
            }
            t = fetch();
            current = t;
            return t.value;
        }
    }

    /**
     * A token other than {@code rejected}, which the API just refused: fetched anew unless another
     * thread already replaced it.
     */
    public String replace(String rejected) {
        synchronized (lock) {
            Token t = current;
            if (t != null && !t.value.equals(rejected) && t.freshAt(clock.instant())) {
                return t.value;
            }
            t = fetch();
            current = t;
            return t.value;
        }
    }

    private final CallListener listener;

    private Token fetch() {
        listener.tokenRequested();
        OAuthRequest oauth = grant.passwordGrant(config.consumerKey(), config.consumerSecret());
        Request.Builder rb = new Request.Builder().url(oauth.getCompleteUrl())
                .post(RequestBody.create(oauth.getBodyParams().asFormUrlEncodedString(), FORM));
        oauth.getHeaders().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Content-Type") && !k.equalsIgnoreCase("Content-Length")) {
                rb.header(k, v);
            }
        });
        Request request = rb.build();
        Instant requestedAt = clock.instant();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw refused(request, response);
            }
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            Map<String, String> headers = new HashMap<>();
            response.headers().forEach(p -> headers.put(p.getFirst(), p.getSecond()));
            OAuth2AccessToken token;
            try {
                token = grant.getApi().getAccessTokenExtractor()
                        .extract(new com.github.scribejava.core.model.Response(response.code(), response.message(),
                                headers, text));
            } catch (RuntimeException e) {
                throw Errors.tokenWithoutAccessToken(response);
            }
            return new Token(token.getAccessToken(), expiry(requestedAt, token.getExpiresIn()));
        } catch (IOException e) {
            throw errors.transport(request, e);
        }
    }

    private CheetahException refused(Request request, Response response) {
        int code = response.code();
        if (code == 400 || code == 401) {
            return errors.tokenRefused(response);
        }
        return errors.fromResponse(response);
    }

    private Instant expiry(Instant requestedAt, Integer expiresIn) {
        if (expiresIn == null || expiresIn <= 0) {
            // No lifetime given: use the token until the API refuses it (a 401 replaces it).
            return Instant.MAX;
        }
        Duration life = Duration.ofSeconds(expiresIn);
        Duration margin = config.tokenRefreshMargin();
        if (margin.compareTo(life.dividedBy(2)) > 0) {
            margin = life.dividedBy(2);
        }
        return requestedAt.plus(life).minus(margin);
    }

    private static final class Token {
        final String value;
        final Instant refreshAt;

        Token(String value, Instant refreshAt) {
            this.value = value;
            this.refreshAt = refreshAt;
        }

        boolean freshAt(Instant now) {
            return now.isBefore(refreshAt);
        }

        @Override
        public String toString() {
            return "Token{***}";
        }
    }

    /** The token endpoint of one account; client authentication is the {@code client_id} form field, when there is one. */
    private static final class Api extends DefaultApi20 {
        private final String tokenUrl;

        Api(String tokenUrl) {
            this.tokenUrl = tokenUrl;
        }

        @Override
        public String getAccessTokenEndpoint() {
            return tokenUrl;
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return tokenUrl;
        }

        @Override
        public ClientAuthentication getClientAuthentication() {
            return (request, apiKey, apiSecret) -> {
                if (apiKey != null) {
                    request.addParameter("client_id", apiKey);
                }
            };
        }
    }

    /** Exposes scribejava's password-grant request builder; never executes requests itself. */
    private static final class PasswordGrant extends OAuth20Service {
        PasswordGrant(DefaultApi20 api, String clientId) {
            super(api, clientId, null, null, null, "code", null, null, null, null);
        }

        OAuthRequest passwordGrant(String username, String password) {
            return createAccessTokenPasswordGrantRequest(username, password, null);
        }
    }
}
