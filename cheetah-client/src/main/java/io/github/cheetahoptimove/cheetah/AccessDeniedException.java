package io.github.cheetahoptimove.cheetah;

/** The API answered {@code 403}. Without a JSON body this is most often a calling IP address missing from the account's whitelist. */
public class AccessDeniedException extends CheetahException {
    private static final long serialVersionUID = 1L;

    /** Built by the client; see {@link CheetahException} for the fields. */
    public AccessDeniedException(String method, String path, int status, String apiCode, String requestId, String detail,
            Throwable cause) {
        super(method, path, status, apiCode, requestId, detail, cause);
    }
}
