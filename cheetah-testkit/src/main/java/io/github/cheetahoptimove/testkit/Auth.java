package io.github.cheetahoptimove.testkit;

import static io.github.cheetahoptimove.testkit.Replies.JSON;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * OAuth as the API does it: the password grant at the token endpoint, bearer tokens that expire
 * by the fake's clock, and the per-token rate limit. The rate window is real elapsed time (a
 * client waits it out with real sleeps), not the fake's clock, which a test may hold still.
 */
final class Auth {
    private final FakeSettings settings;
    private final LongSupplier nanoTime;
    private final Object lock = new Object();
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Map<String, Deque<Long>> callTimes = new HashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private volatile int rateLimitPerSecond;

    Auth(FakeSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.rateLimitPerSecond = settings.rateLimitPerSecond;
    }

    /** {@code POST …/oAuth2/Token}. */
    Answer token(Request r) {
        tokenRequests.incrementAndGet();
        if (!r.method.equals("POST")) {
            return Replies.error(405, "use POST", null);
        }
        String type = r.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return oauthError("invalid_request", "the body must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = Request.decode(new String(r.body, StandardCharsets.UTF_8));
        for (String required : new String[] {"grant_type", "username", "password"}) {
            if (!form.containsKey(required)) {
                return oauthError("invalid_request", "the " + required + " field is missing");
            }
        }
        if (!form.get("grant_type").equals("password")) {
            return oauthError("unsupported_grant_type", "only the password grant is supported");
        }
        if (form.containsKey("client_id") && !form.get("client_id").equals(settings.clientId)) {
            return oauthError("invalid_client", "the client identifier is unknown");
        }
        if (!form.get("username").equals(settings.consumerKey) || !form.get("password").equals(settings.consumerSecret)) {
            return oauthError("invalid_grant", "The user name or password is incorrect.");
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        synchronized (lock) {
            tokens.put(token, settings.clock.instant().plus(settings.tokenLifetime));
        }
        return Answer.ok(JSON.createObjectNode().put("access_token", token).put("token_type", "bearer")
                .put("expires_in", settings.tokenLifetime.getSeconds()));
    }

    private static Answer oauthError(String error, String description) {
        return new Answer(400, JSON.createObjectNode().put("error", error).put("error_description", description));
    }

    /** The {@code 401} or {@code 429} an API call gets, or {@code null} when it may proceed. */
    Answer refusal(Request r) {
        String auth = r.header("Authorization");
        String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
        synchronized (lock) {
            Instant expiry = token == null ? null : tokens.get(token);
            if (expiry == null || !settings.clock.instant().isBefore(expiry)) {
                return new Answer(401, JSON.createObjectNode()
                        .put("message", "Authorization has been denied for this request."));
            }
            if (overRateLimit(token)) {
                rateLimited.incrementAndGet();
                return Replies.error(429, "Too many requests: at most " + rateLimitPerSecond + " a second",
                        "RATE_LIMIT").with("Retry-After", "1");
            }
        }
        return null;
    }

    private boolean overRateLimit(String token) {
        int limit = rateLimitPerSecond;
        if (limit <= 0) {
            return false;
        }
        long now = nanoTime.getAsLong();
        Deque<Long> times = callTimes.computeIfAbsent(token, t -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() > 1_000_000_000L) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return true;
        }
        times.addLast(now);
        return false;
    }

    void rateLimit(int perSecond) {
        this.rateLimitPerSecond = perSecond;
    }

    void expireAll() {
        synchronized (lock) {
            tokens.replaceAll((t, exp) -> Instant.MIN);
        }
    }

    Set<String> issued() {
        synchronized (lock) {
            return Set.copyOf(tokens.keySet());
        }
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    int rateLimitedAnswers() {
        return rateLimited.get();
    }

    void reset() {
        synchronized (lock) {
            tokens.clear();
            callTimes.clear();
        }
        tokenRequests.set(0);
        rateLimited.set(0);
        rateLimitPerSecond = settings.rateLimitPerSecond;
    }
}
