package io.github.cheetahoptimove.cheetah;

/**
 * The caller was refused. {@code 401}: the credentials were refused, or a fresh token was refused
 * again (check the endpoint, consumer key, consumer secret and client identifier). {@code 403}:
 * access denied; without a JSON body this is most often a calling IP address missing from the
 * account's whitelist, and the message says so.
 */
public class AuthenticationException extends CheetahException {
    private static final long serialVersionUID = 1L;

    /** Built by {@code Errors}, the one place that turns failures into exceptions. */
    AuthenticationException(String method, String path, int status, String apiCode, String requestId, String detail,
            Throwable cause) {
        super(method, path, status, apiCode, requestId, detail, cause);
    }
}
