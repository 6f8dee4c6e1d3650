package io.github.cheetahoptimove.cheetah;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.immutables.value.Value;

/**
 * When and how long the client waits before repeating a failed call: exponential backoff with jitter
 * (half of each wait fixed, half random), bounded in attempts and in total time, with the API's {@code Retry-After} honoured.
 *
 * <p>Only calls that cannot double an effect are repeated: reads, {@code PUT} and {@code DELETE},
 * record uploads (an upsert) and token requests, on connection failures and on 429/500/502/503/504.
 * Creating a campaign or a list is repeated only when the request provably never reached the server
 * (connection refused) or was refused with {@code 429}.
 *
 * <pre>{@code
 * RetryPolicy p = RetryPolicy.builder().maxAttempts(6).maxElapsed(Duration.ofMinutes(2)).build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class RetryPolicy {
    RetryPolicy() {}

    /** The default: 4 attempts, 200 ms doubling up to 10 s, within 60 s in all. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** One attempt, never repeated. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** Attempts in all, the first included; at least 1. */
    @Value.Default
    public int maxAttempts() {
        return 4;
    }

    /** The first backoff; each later one doubles, up to {@link #maxBackoff()}. */
    @Value.Default
    public Duration initialBackoff() {
        return Duration.ofMillis(200);
    }

    /** The longest backoff between two attempts; a longer {@code Retry-After} is still honoured. */
    @Value.Default
    public Duration maxBackoff() {
        return Duration.ofSeconds(10);
    }

    /** The longest time a call may spend in attempts and waits before it gives up. */
    @Value.Default
    public Duration maxElapsed() {
        return Duration.ofSeconds(60);
    }

    @Value.Check
    final void check() {
        if (maxAttempts() < 1) {
            throw new IllegalArgumentException("RetryPolicy.maxAttempts must be at least 1");
        }
        if (initialBackoff().isNegative() || maxBackoff().isNegative() || maxElapsed().isNegative()) {
            throw new IllegalArgumentException("RetryPolicy durations must not be negative");
        }
    }

    /**
     * The wait before attempt {@code attempt + 1}: the server's {@code retryAfter} when given (a call
     * gives up instead when that wait would take it past {@link #maxElapsed()}), else a random time of
     * half to all of the exponential backoff.
     */
    public Duration backoff(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter;
        }
        long base = initialBackoff().toMillis();
        long cap = maxBackoff().toMillis();
        long exp = base << Math.min(attempt - 1, 20);
        long bound = Math.max(1, Math.min(cap, exp));
        return Duration.ofMillis(bound / 2 + ThreadLocalRandom.current().nextLong(bound / 2 + 1));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder extends ImmutableRetryPolicy.Builder {}
}
