package io.github.cheetahoptimove.cheetah;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Builds every exception of the client, in one place, from an answer or a transport failure. */
final class Errors {
    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final String WHITELIST_HINT = "the calling machine's IP address is most likely not on the "
            + "account's IP whitelist; ask the CheetahMail account manager to add it";

    private final ObjectMapper mapper;

    /** Errors parsed with {@code mapper}. */
    public Errors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The exception for a non-2xx answer; reads (and closes) its body. */
    public CheetahException fromResponse(Response response) {
        byte[] body = readBody(response.body());
        return fromAnswer(response.request().method(), response.request().url().encodedPath(), response.code(),
                response.header("X-Request-Id"), response.header("Retry-After"), body);
    }

    /** The exception for an answer of {@code status} with {@code body} (possibly empty). */
    public CheetahException fromAnswer(String method, String path, int status, String requestId, String retryAfter,
            byte[] body) {
        Wire.ErrorDto dto = parse(body);
        String code = dto == null ? null : blankToNull(dto.code != null ? dto.code : dto.error);
        String message = dto == null ? null : blankToNull(dto.message != null ? dto.message : dto.errorDescription);
        String detail = message != null ? message : (body.length == 0 ? "no body" : "no JSON body");
        switch (status) {
            case 400:
            case 413:
            case 422:
                return new ValidationException(method, path, status, code, requestId,
                        status == 413 ? "batch over the API's limits (1,000 records, 4 MiB): " + detail : detail,
                        details(dto));
            case 401:
                return new AuthenticationException(method, path, status, code, requestId,
                        detail + "; check the endpoint, consumerKey, consumerSecret and clientId settings", null);
            case 403:
                return new AuthenticationException(method, path, status, code, requestId,
                        dto == null ? "access denied with " + detail + ": " + WHITELIST_HINT : detail, null);
            case 404:
                return new NotFoundException(method, path, status, code, requestId, detail, null);
            case 409:
                return new ConflictException(method, path, status, code, requestId, detail, null);
            case 429:
                return new RateLimitedException(method, path, status, code, requestId, detail,
                        parseRetryAfter(retryAfter));
            default:
                if (status >= 500) {
                    return new ServerException(method, path, status, code, requestId, detail, null);
                }
                return new CheetahException(method, path, status, code, requestId, detail, null);
        }
    }

    /**
     * The exception for a call that got no answer. A write that is not safe to repeat and may have
     * reached the server becomes an {@link AmbiguousOutcomeException}.
     */
    public CheetahException transport(Request request, IOException e) {
        if (e instanceof CheetahIOException) {
            return ((CheetahIOException) e).failure();
        }
        String method = request.method();
        String path = request.url().encodedPath();
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        if (neverSent(e)) {
            return new ConnectionException(method, path, 0, null, null,
                    "could not connect to " + request.url().host() + ": " + what + "; check the endpoint, and "
                            + "note that " + WHITELIST_HINT,
                    e);
        }
        if (!Idempotency.safeToRepeat(request)) {
            return new AmbiguousOutcomeException(method, path, "the request was sent but no answer came (" + what
                    + "): the server may or may not have acted. Look the object up (campaign by external "
                    + "reference, list by name) before creating it again", e);
        }
        String kind = e instanceof SocketTimeoutException ? "timed out" : "connection failed";
        return new ConnectionException(method, path, 0, null, null, kind + ": " + what, e);
    }

    /** Whether the failure happened before any byte of the request could reach the server. */
    static boolean neverSent(IOException e) {
        return e instanceof ConnectException || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException;
    }

    /** The {@code Retry-After} header in seconds, or {@code null}. */
    static Duration parseRetryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Wire.ErrorDto parse(byte[] body) {
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i == body.length || body[i] != '{') {
            return null;
        }
        try {
            return mapper.readValue(body, Wire.ErrorDto.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> details(Wire.ErrorDto dto) {
        Map<String, String> out = new LinkedHashMap<>();
        if (dto != null && dto.details != null) {
            for (Wire.DetailDto d : dto.details) {
                if (d != null) {
                    out.merge(d.field == null ? "" : d.field, d.message == null ? "" : d.message,
                            (a, b) -> a + "; " + b);
                }
            }
        }
        return out;
    }

    /** A 2xx answer that should have had a JSON body and had none. */
    static CheetahException missingBody(okhttp3.Response raw) {
        Request r = raw.request();
        return new ServerException(r.method(), r.url().encodedPath(), raw.code(), null, raw.header("X-Request-Id"),
                "answered without the expected JSON body", null);
    }

    /** A token request answered 2xx without a usable {@code access_token}. */
    static CheetahException tokenWithoutAccessToken(Response response) {
        Request r = response.request();
        return new AuthenticationException(r.method(), r.url().encodedPath(), response.code(), null,
                response.header("X-Request-Id"), "the token answer carried no access_token", null);
    }

    /** A token request refused with {@code 400}/{@code 401}: wrong credentials, never retried. */
    CheetahException tokenRefused(Response response) {
        CheetahException parsed = fromResponse(response);
        String apiCode = parsed.apiCode().orElse(null);
        return new AuthenticationException(parsed.method(), parsed.path(), response.code(), apiCode,
                parsed.requestId().orElse(null),
                "the token request was refused" + (apiCode == null ? "" : " (" + apiCode + ")")
                        + "; check the endpoint, consumerKey, consumerSecret and clientId settings",
                null);
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

    private static String blankToNull(String s) {
        return s == null || s.trim().isEmpty() ? null : s;
    }
}
