package io.github.cheetahoptimove.cheetah;

import java.time.Duration;
import java.util.Optional;

/** The API answered {@code 429} more often than the retry policy allowed to wait for. */
public class RateLimitedException extends CheetahException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    RateLimitedException(String method, String path, int status, String apiCode, String requestId,
            String detail, Duration retryAfter) {
        super(method, path, status, apiCode, requestId, detail, null);
        this.retryAfter = retryAfter;
    }

    /** How long the API asked to wait, from its {@code Retry-After} header. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
