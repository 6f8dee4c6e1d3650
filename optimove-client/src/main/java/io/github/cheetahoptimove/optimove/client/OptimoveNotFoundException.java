package io.github.cheetahoptimove.optimove.client;

/** The addressed object does not exist (404), e.g. an unknown campaign id. */
public class OptimoveNotFoundException extends OptimoveException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}. */
    OptimoveNotFoundException(String method, String path, int status, String error, String detail, Throwable cause) {
        super(method, path, status, error, detail, cause);
    }
}
