package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import okhttp3.Request;
import okhttp3.ResponseBody;

/** Builds every exception of the client, in one place. */
final class Errors {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private Errors() {}

    /** The exception for a non-2xx answer with {@code body} (possibly empty or not JSON). */
    static OptimoveException fromAnswer(Request request, int status, byte[] body) {
        String method = request.method();
        String path = request.url().encodedPath();
        JsonNode n = null;
        try {
            n = body.length == 0 ? null : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            n = null;
        }
        String error = n != null && n.path("error").isTextual() ? n.path("error").asText() : null;
        String message = n != null && n.path("message").isTextual() ? n.path("message").asText()
                : body.length == 0 ? "no body" : "no JSON body";
        switch (status) {
            case 400:
                return new OptimoveValidationException(method, path, status, error, message, null);
            case 401:
            case 403:
                return new OptimoveAuthenticationException(method, path, status, error,
                        message + "; check the Optimove API key (generated in Optimove's settings by a user with "
                                + "Admin or Integrations access)", null);
            case 404:
                return new OptimoveNotFoundException(method, path, status, error, message, null);
            case 429:
                return new OptimoveRateLimitedException(method, path, status, error, message, null);
            default:
                if (status >= 500) {
                    return new OptimoveServerException(method, path, status, error, message, null);
                }
                return new OptimoveException(method, path, status, error, message, null);
        }
    }

    /** The exception for a call that got no answer. */
    static OptimoveException transport(Request request, IOException e) {
        String kind = e instanceof SocketTimeoutException ? "timed out"
                : e instanceof ConnectException || e instanceof NoRouteToHostException
                        || e instanceof UnknownHostException ? "could not connect to " + request.url().host()
                        : "connection failed";
        return new OptimoveConnectionException(request.method(), request.url().encodedPath(), 0, null,
                kind + " (" + e.getClass().getSimpleName() + ")", e);
    }

    /** A 2xx answer whose body is not what the contract says. */
    static OptimoveException unexpectedBody(Request request, String what) {
        return new OptimoveServerException(request.method(), request.url().encodedPath(), 200, null,
                "answered with an unexpected body: " + what, null);
    }

    static byte[] readBody(ResponseBody body) {
        if (body == null) {
            return new byte[0];
        }
        try (ResponseBody b = body) {
            okio.BufferedSource source = b.source();
            source.request(MAX_ERROR_BODY);
            long n = Math.min(source.getBuffer().size(), MAX_ERROR_BODY);
            return source.getBuffer().readByteArray(n);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
