package io.github.cheetahoptimove.cheetah;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DEBUG line per HTTP exchange: method, path, status, milliseconds and request id, and the same
 * exchange told to the {@link CallListener}. Query values, headers and bodies are left out, so no
 * secret, token or customer value reaches the log or the listener.
 */
final class LoggingInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.cheetahoptimove.cheetah.http");

    private final CallListener listener;

    LoggingInterceptor(CallListener listener) {
        this.listener = listener;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String route = CallListener.routeOf(request.url().encodedPath());
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            listener.exchange(request.method(), route, response.code(), java.time.Duration.ofNanos(System.nanoTime() - start));
            LOG.debug("{} {} {} {}ms request-id={}", request.method(), request.url().encodedPath(), response.code(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), response.header("X-Request-Id", "-"));
            return response;
        } catch (IOException e) {
            listener.exchange(request.method(), route, 0, java.time.Duration.ofNanos(System.nanoTime() - start));
            LOG.debug("{} {} failed ({}) {}ms", request.method(), request.url().encodedPath(),
                    e.getClass().getSimpleName(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            throw e;
        }
    }
}
