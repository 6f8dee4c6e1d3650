package io.github.cheetahoptimove.testkit;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** One request as a fake's routes see it: method, route, headers, decoded query, raw body. Immutable. */
final class Request {
    final String method;
    final String route;
    final Headers headers;
    final Map<String, String> query;
    final byte[] body;

    Request(String method, String route, Headers headers, String rawQuery, byte[] body) {
        this.method = method;
        this.route = route;
        this.headers = headers;
        this.query = Collections.unmodifiableMap(decode(rawQuery));
        this.body = body;
    }

    /** A {@code k=v&k=v} string decoded; a name without {@code =} gets an empty value. */
    static Map<String, String> decode(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    /** The first value of a header, or {@code null}. */
    String header(String name) {
        return headers.getFirst(name);
    }

    /** A query parameter as a number: {@code null} when absent, {@code -1} when not a number. */
    Long longParam(String name) {
        String v = query.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
