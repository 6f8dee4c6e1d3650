package io.github.cheetahoptimove.cheetah;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings of one {@link CheetahClient}: where the API is, the credentials the account manager
 * handed out, timeouts and the retry policy. Set through {@link CheetahClient#builder()}; {@code CheetahClient.builder().config(existing)} starts a
 * new client from these settings.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the consumer secret.
 */
@Value.Immutable
@ValueStyle
public abstract class ClientConfig {
    ClientConfig() {}

    /** The account's API endpoint, e.g. {@code https://api.eccmp.com}. */
    public abstract URI endpoint();

    /** The consumer key (the OAuth user name). */
    public abstract String consumerKey();

    /** The consumer secret (the OAuth password). Never printed. */
    @Value.Redacted
    public abstract String consumerSecret();

    /**
     * The client identifier, when the account manager handed one out: sent as the token request's
     * {@code client_id}, which is left out when there is none.
     */
    public abstract Optional<String> clientId();

    /** Time to open a connection. Default 10 s. */
    @Value.Default
    public Duration connectTimeout() {
        return Duration.ofSeconds(10);
    }

    /** Time to wait for each read of an answer. Default 30 s. */
    @Value.Default
    public Duration readTimeout() {
        return Duration.ofSeconds(30);
    }

    /** Time to write a request. Default 30 s. */
    @Value.Default
    public Duration writeTimeout() {
        return Duration.ofSeconds(30);
    }

    /** Time for a whole call, its retries and their waits included. Default 2 min. */
    @Value.Default
    public Duration callTimeout() {
        return Duration.ofMinutes(2);
    }

    /** How failed calls are repeated where that is safe. */
    @Value.Default
    public RetryPolicy retryPolicy() {
        return RetryPolicy.defaults();
    }

    /**
     * Paces requests to at most this many a second (the API allows 10 per token), shared by all
     * threads of the client, so that calls wait their turn instead of collecting {@code 429}s; the
     * pace slows down when {@code 429}s come anyway. Default 10; 0 turns pacing off ({@code 429}s
     * are then waited out by the retry policy).
     */
    @Value.Default
    public int maxRequestsPerSecond() {
        return 10;
    }

    /** How long before its expiry a token is replaced. Default 60 s. */
    @Value.Default
    public Duration tokenRefreshMargin() {
        return Duration.ofSeconds(60);
    }

    /** Whether a plain {@code http://} endpoint is allowed (local fakes only). Default false. */
    @Value.Default
    public boolean allowInsecureHttp() {
        return false;
    }

    @Value.Check
    final void check() {
        String scheme = endpoint().getScheme() == null ? "" : endpoint().getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("endpoint must be an https:// URL such as https://api.eccmp.com, was "
                    + endpoint());
        }
        if (endpoint().getHost() == null) {
            throw new IllegalArgumentException("endpoint has no host: " + endpoint());
        }
        if (scheme.equals("http") && !allowInsecureHttp()) {
            throw new IllegalArgumentException("endpoint " + endpoint() + " is plain http: the consumer secret and "
                    + "customer data would travel unencrypted. Use the account's https:// endpoint, or call "
                    + "allowInsecureHttp() for a local fake server.");
        }
        requireText(consumerKey(), "consumerKey");
        requireText(consumerSecret(), "consumerSecret");
        clientId().ifPresent(id -> requireText(id, "clientId"));
        if (maxRequestsPerSecond() < 0) {
            throw new IllegalArgumentException("maxRequestsPerSecond must not be negative (0 turns pacing off)");
        }
        for (Duration d : new Duration[] {connectTimeout(), readTimeout(), writeTimeout(), callTimeout()}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("timeouts must not be negative");
            }
        }
    }

    private static void requireText(String value, String name) {
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank: set it to the value the CheetahMail "
                    + "account manager handed out");
        }
    }

    /** A new builder; only {@link CheetahClient.Builder} uses it. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ClientConfig}. */
    static final class Builder extends ImmutableClientConfig.Builder {}
}
