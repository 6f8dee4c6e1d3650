package io.github.cheetahoptimove.cheetah;

/** The call conflicts with the object's state (HTTP {@code 409}): a list name already taken, an action on a campaign that is sending or sent. */
public class ConflictException extends CheetahException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    ConflictException(String method, String path, int status, String apiCode, String requestId, String detail,
            Throwable cause) {
        super(method, path, status, apiCode, requestId, detail, cause);
    }
}
