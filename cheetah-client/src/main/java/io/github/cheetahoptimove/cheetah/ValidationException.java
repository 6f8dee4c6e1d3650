package io.github.cheetahoptimove.cheetah;

import io.github.cheetahoptimove.cheetah.model.FieldError;
import java.util.List;

/**
 * The API refused the request's content (HTTP {@code 400}, or {@code 413} for a batch over the
 * limits); {@link #details()} names the fields.
 */
public class ValidationException extends CheetahException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> details;

    /** Built by the client; see {@link CheetahException} for the fields. */
    public ValidationException(String method, String path, int status, String apiCode, String requestId,
            String detail, List<FieldError> details) {
        super(method, path, status, apiCode, requestId, detail, null);
        this.details = List.copyOf(details);
    }

    /** The API's field-level details, possibly empty. */
    public List<FieldError> details() {
        return details == null ? List.of() : details;
    }
}
