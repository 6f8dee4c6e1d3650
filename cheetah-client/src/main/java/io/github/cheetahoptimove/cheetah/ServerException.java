package io.github.cheetahoptimove.cheetah;

/** The API failed on its side (HTTP 5xx), after the retries the policy allowed where they were safe. */
public class ServerException extends CheetahException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    ServerException(String method, String path, int status, String apiCode, String requestId, String detail,
            Throwable cause) {
        super(method, path, status, apiCode, requestId, detail, cause);
    }
}
