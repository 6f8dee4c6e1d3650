package io.github.cheetahoptimove.cheetah;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API refused the request's content (HTTP {@code 400}, or {@code 413} for a batch over the
 * limits); {@link #details()} names the fields.
 */
public class ValidationException extends CheetahException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> details;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    ValidationException(String method, String path, int status, String apiCode, String requestId,
            String detail, Map<String, String> details) {
        super(method, path, status, apiCode, requestId, detail, null);
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * The API's field-level details: the field's name to what is wrong with it, in the order the
     * answer gave them (two messages for one field are joined with {@code "; "}). Possibly empty.
     */
    public Map<String, String> details() {
        return details == null ? Map.of() : details;
    }
}
