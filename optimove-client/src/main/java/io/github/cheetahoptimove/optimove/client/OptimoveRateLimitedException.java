package io.github.cheetahoptimove.optimove.client;

/** Optimove kept answering 429 (50 calls per 10 seconds per key) longer than the client waits. */
public class OptimoveRateLimitedException extends OptimoveException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}. */
    OptimoveRateLimitedException(String method, String path, int status, String error, String detail, Throwable cause) {
        super(method, path, status, error, detail, cause);
    }
}
