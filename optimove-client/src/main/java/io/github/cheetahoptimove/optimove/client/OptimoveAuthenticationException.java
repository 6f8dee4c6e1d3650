package io.github.cheetahoptimove.optimove.client;

/** The API key was refused (401, 403): check that it is current and has Integrations access. */
public class OptimoveAuthenticationException extends OptimoveException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}. */
    OptimoveAuthenticationException(String method, String path, int status, String error, String detail, Throwable cause) {
        super(method, path, status, error, detail, cause);
    }
}
