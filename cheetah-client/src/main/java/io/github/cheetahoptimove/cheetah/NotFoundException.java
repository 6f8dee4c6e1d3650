package io.github.cheetahoptimove.cheetah;

/** The addressed object does not exist (HTTP {@code 404}), e.g. a deleted campaign or a wrong folder id. */
public class NotFoundException extends CheetahException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    NotFoundException(String method, String path, int status, String apiCode, String requestId, String detail,
            Throwable cause) {
        super(method, path, status, apiCode, requestId, detail, cause);
    }
}
