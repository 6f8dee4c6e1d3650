package io.github.cheetahoptimove.optimove.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a slot of the {@link RateWindow} for every attempt and repeats what may pass on a second
 * try: a {@code 429} (after the window's pause), a 5xx, a lost connection. Every call of the
 * contract may be repeated: reads change nothing, and the writes replace (a channel template's name,
 * a metric's value, a listener's registration) or delete, so a second arrival changes nothing more.
 * Logs method, path, status and time at DEBUG, never the query (it names customer attributes) or
 * the key.
 */
final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    private final RateWindow window;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxElapsed;

    RetryInterceptor(RateWindow window, int maxAttempts, Duration initialBackoff, Duration maxElapsed) {
        this.window = window;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxElapsed = maxElapsed;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            window.acquire();
            long sent = System.nanoTime();
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (chain.call().isCanceled() || !mayRetry(attempt, start)) {
                    throw e;
                }
                LOG.debug("{} {} failed ({}); attempt {}", request.method(), request.url().encodedPath(),
                        e.getClass().getSimpleName(), attempt + 1);
                backoff(attempt);
                continue;
            }
            int code = response.code();
            LOG.debug("{} {} {} in {} ms", request.method(), request.url().encodedPath(), code,
                    (System.nanoTime() - sent) / 1_000_000);
            if (code == 429) {
                window.tooMany(retryAfter(response.header("Retry-After")));
                if (!mayRetry(attempt, start)) {
                    return response;
                }
                response.close();
                continue;
            }
            if (code >= 500 && code <= 504 && code != 501 && mayRetry(attempt, start)) {
                response.close();
                backoff(attempt);
                continue;
            }
            return response;
        }
    }

    private boolean mayRetry(int attempt, long start) {
        return attempt < maxAttempts && System.nanoTime() - start < maxElapsed.toNanos();
    }

    private void backoff(int attempt) throws InterruptedIOException {
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 6);
        long wait = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private static Duration retryAfter(String header) {
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
}
