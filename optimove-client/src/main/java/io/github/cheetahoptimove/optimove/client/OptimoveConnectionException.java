package io.github.cheetahoptimove.optimove.client;

/** No answer could be had: the connection was refused or dropped, or a timeout ran out. */
public class OptimoveConnectionException extends OptimoveException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}. */
    OptimoveConnectionException(String method, String path, int status, String error, String detail, Throwable cause) {
        super(method, path, status, error, detail, cause);
    }
}
