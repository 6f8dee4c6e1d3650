package io.github.cheetahoptimove.optimove.client;

/** Optimove failed on its side (5xx) after the retries the client allows. */
public class OptimoveServerException extends OptimoveException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}. */
    OptimoveServerException(String method, String path, int status, String error, String detail, Throwable cause) {
        super(method, path, status, error, detail, cause);
    }
}
