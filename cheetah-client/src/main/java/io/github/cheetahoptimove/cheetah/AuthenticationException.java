package io.github.cheetahoptimove.cheetah;

/** The credentials were refused, or a fresh token was refused again: check the endpoint, consumer key, consumer secret and client identifier. */
public class AuthenticationException extends CheetahException {
    private static final long serialVersionUID = 1L;

    /** Built by the client; see {@link CheetahException} for the fields. */
    public AuthenticationException(String method, String path, int status, String apiCode, String requestId, String detail,
            Throwable cause) {
        super(method, path, status, apiCode, requestId, detail, cause);
    }
}
