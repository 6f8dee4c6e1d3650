package io.github.cheetahoptimove.cheetah;

/** No answer could be had: the connection was refused or dropped, or a timeout ran out. A refused connection often means the calling IP is not whitelisted. */
public class ConnectionException extends CheetahException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    ConnectionException(String method, String path, int status, String apiCode, String requestId, String detail,
            Throwable cause) {
        super(method, path, status, apiCode, requestId, detail, cause);
    }
}
