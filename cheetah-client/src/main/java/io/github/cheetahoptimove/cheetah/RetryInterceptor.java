package io.github.cheetahoptimove.cheetah;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a call that failed in a way that may pass: a connection failure, {@code 429}, or a 5xx
 * gateway/server answer. Only requests that are safe to repeat are (see {@link Idempotency}), with
 * two exceptions that are safe for any request: a {@code 429} (the server refused it unprocessed)
 * and a connection that could not even be opened.
 */
final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    private final RetryPolicy policy;
    private final CallListener listener;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;

    /** Retries by {@code policy}, waiting with {@code sleeper}, telling {@code listener} of each retry. */
    RetryInterceptor(RetryPolicy policy, Sleeper sleeper, LongSupplier nanoTime, CallListener listener) {
        this.listener = listener;
        this.policy = policy;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean safe = Idempotency.safeToRepeat(request);
        long start = nanoTime.getAsLong();
        long[] waited = {0};
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (CheetahIOException e) {
                throw e;
            } catch (IOException e) {
                if (!(safe || Errors.neverSent(e)) || chain.call().isCanceled()) {
                    throw e;
                }
                Duration wait = policy.backoff(attempt, null);
                if (!mayRetry(attempt, start, waited, wait)) {
                    throw e;
                }
                LOG.debug("{} {} failed with {}; attempt {} in {} ms", request.method(),
                        request.url().encodedPath(), e.getClass().getSimpleName(), attempt + 1, wait.toMillis());
                listener.retry(request.method(), CallListener.routeOf(request.url().encodedPath()), 0);
                sleep(wait);
                continue;
            }
            int code = response.code();
            boolean retryable = code == 429 || (safe && (code == 500 || code == 502 || code == 503 || code == 504));
            if (!retryable) {
                return response;
            }
            Duration wait = policy.backoff(attempt, Errors.parseRetryAfter(response.header("Retry-After")));
            if (!mayRetry(attempt, start, waited, wait)) {
                return response;
            }
            LOG.debug("{} {} answered {}; attempt {} in {} ms", request.method(), request.url().encodedPath(), code,
                    attempt + 1, wait.toMillis());
            response.close();
            listener.retry(request.method(), CallListener.routeOf(request.url().encodedPath()), code);
            sleep(wait);
        }
    }

    /**
     * Whether one more attempt fits the policy. Time spent counts as the larger of the clock's
     * elapsed time and the waits asked for, so that a sleeper that does not sleep (tests) sees the
     * same decisions as a real one.
     */
    private boolean mayRetry(int attempt, long start, long[] waited, Duration wait) {
        if (attempt >= policy.maxAttempts()) {
            return false;
        }
        long spent = Math.max(nanoTime.getAsLong() - start, waited[0]);
        if (spent + wait.toNanos() > policy.maxElapsed().toNanos()) {
            return false;
        }
        waited[0] += wait.toNanos();
        return true;
    }

    private void sleep(Duration wait) throws InterruptedIOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
