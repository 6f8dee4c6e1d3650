package io.github.cheetahoptimove.cheetah;

import java.time.Duration;

/**
 * Hears the client's HTTP traffic, for metrics: each exchange with its route, status and time,
 * each retry, each token request. Routes are the API's resource names ({@code ListRecords},
 * {@code EmailCampaign}, {@code Token}); no query, header or body is ever passed on. Called on
 * OkHttp's threads, possibly several at once: keep it thread-safe and quick. The starter binds it to
 * Micrometer; give one with {@link CheetahClient.Builder#callListener}.
 */
public interface CallListener {
    /** Hears nothing. */
    CallListener NONE = new CallListener() { };

    /**
     * An exchange finished.
     *
     * @param status the HTTP status, or 0 when no answer came (the connection failed)
     */
    default void exchange(String method, String route, int status, Duration duration) { }

    /**
     * A call is about to be sent again.
     *
     * @param status the status that caused it, or 0 after a connection failure
     */
    default void retry(String method, String route, int status) { }

    /** A token request is about to be sent. */
    default void tokenRequested() { }

    /** The resource name of a path: its last segment. */
    static String routeOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
