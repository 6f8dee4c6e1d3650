package io.github.cheetahoptimove.cheetah;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Spaces requests evenly so that a client never sends more than {@code perSecond} a second, the
 * API's limit per token: calls wait their turn here instead of collecting {@code 429}s. Shared by
 * all threads of a client; each request (retries included) takes one slot. It adapts: a {@code 429}
 * (someone else spending the same limit) stretches the spacing by a quarter, up to one call a
 * second, and every twenty answers without one take a tenth of the stretch back.
 */
final class PacingInterceptor implements Interceptor {
    private final long baseInterval;
    private long intervalNanos;
    private int calmAnswers;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private long nextFree = Long.MIN_VALUE;

    /** Paces to {@code perSecond} requests a second, waiting with {@code sleeper}. */
    public PacingInterceptor(int perSecond, Sleeper sleeper, LongSupplier nanoTime) {
        // 2 % under the limit: even spacing at exactly the limit meets a sliding window with jitter.
        this.baseInterval = 1_020_000_000L / perSecond;
        this.intervalNanos = baseInterval;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        long wait = reserve();
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for a request slot");
            }
        }
        Response response = chain.proceed(chain.request());
        adapt(response.code() == 429);
        return response;
    }

    private synchronized void adapt(boolean limited) {
        if (limited) {
            intervalNanos = Math.min(1_000_000_000L, intervalNanos + Math.max(1, intervalNanos / 4));
            calmAnswers = 0;
        } else if (intervalNanos > baseInterval && ++calmAnswers >= 20) {
            intervalNanos = Math.max(baseInterval, intervalNanos - Math.max(1, (intervalNanos - baseInterval) / 10));
            calmAnswers = 0;
        }
    }

    /** The current spacing between requests (tests). */
    synchronized long intervalNanos() {
        return intervalNanos;
    }

    /** Takes the next free slot; returns how long to wait for it. */
    private synchronized long reserve() {
        long now = nanoTime.getAsLong();
        long slot = nextFree == Long.MIN_VALUE ? now : Math.max(now, nextFree);
        nextFree = slot + intervalNanos;
        return slot - now;
    }
}
