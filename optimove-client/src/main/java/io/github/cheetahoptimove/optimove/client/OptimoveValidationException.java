package io.github.cheetahoptimove.optimove.client;

/** Optimove refused the call's parameters or body (400); the message names what. */
public class OptimoveValidationException extends OptimoveException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}. */
    OptimoveValidationException(String method, String path, int status, String error, String detail, Throwable cause) {
        super(method, path, status, error, detail, cause);
    }
}
