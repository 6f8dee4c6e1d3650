package io.github.cheetahoptimove.cheetah;

import java.util.Optional;

/**
 * The root of every exception a CheetahMail call throws. Unchecked.
 *
 * <p>Each carries the HTTP method and path of the call (never its query or body), the HTTP status
 * ({@code 0} when no answer came), the API's error code and the {@code X-Request-Id} when the
 * answer had them. Messages read like
 * {@code POST /services2/api/Lists 409 [DUPLICATE]: name already exists (request-id abc)} and never
 * contain the consumer secret, a token or a record's values.
 */
public class CheetahException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final String apiCode;
    private final String requestId;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    CheetahException(String method, String path, int status, String apiCode, String requestId,
            String detail, Throwable cause) {
        super(format(method, path, status, apiCode, requestId, detail), cause);
        this.method = method;
        this.path = path;
        this.status = status;
        this.apiCode = apiCode;
        this.requestId = requestId;
    }

    private static String format(String method, String path, int status, String apiCode, String requestId,
            String detail) {
        StringBuilder sb = new StringBuilder();
        sb.append(method).append(' ').append(path);
        if (status > 0) {
            sb.append(' ').append(status);
        }
        if (apiCode != null) {
            sb.append(" [").append(apiCode).append(']');
        }
        sb.append(": ").append(detail);
        if (requestId != null) {
            sb.append(" (request-id ").append(requestId).append(')');
        }
        return sb.toString();
    }

    /** The HTTP method of the failed call, e.g. {@code POST}. */
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

    /** The API's error {@code code}, when the answer carried one. */
    public Optional<String> apiCode() {
        return Optional.ofNullable(apiCode);
    }

    /** The answer's {@code X-Request-Id}, to quote to CheetahMail support. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
