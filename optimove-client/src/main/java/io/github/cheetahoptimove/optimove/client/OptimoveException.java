package io.github.cheetahoptimove.optimove.client;

import java.util.Optional;

/**
 * The root of every exception an Optimove call throws. Unchecked. Carries the call (method and
 * path, never the query, which may name customers' attributes), the HTTP status ({@code 0} when no
 * answer came) and Optimove's {@code error} and {@code message} when the answer had them. Never
 * contains the API key.
 */
public class OptimoveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final String error;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    OptimoveException(String method, String path, int status, String error, String detail, Throwable cause) {
        super(method + " " + path + (status > 0 ? " " + status : "") + (error == null ? "" : " [" + error + "]")
                + ": " + detail, cause);
        this.method = method;
        this.path = path;
        this.status = status;
        this.error = error;
    }

    /** The HTTP method of the failed call. */
    public String method() {
        return method;
    }

    /** The path of the failed call, without its query. */
    public String path() {
        return path;
    }

    /** The HTTP status, or {@code 0} when no answer arrived. */
    public int status() {
        return status;
    }

    /** Optimove's {@code error}, e.g. {@code Too Many Requests}, when the answer carried one. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
