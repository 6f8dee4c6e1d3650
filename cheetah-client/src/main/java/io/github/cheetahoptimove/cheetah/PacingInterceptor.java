package io.github.cheetahoptimove.cheetah;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Spaces requests evenly so that a client never sends more than {@code perSecond} in any second,
 * the API's limit per token: calls wait their turn here instead of collecting {@code 429}s. Shared
 * by all threads of a client; each request (retries included) takes one slot.
 *
 * <p>Slots are 2 % wider than the limit allows, and a call also waits until the call
 * {@code perSecond} slots before it went out at least {@code perSecond} slots' time ago, counting
 * from when that call really left, not when it was planned to: a thread that wakes late (a garbage
 * collection, a busy machine) pushes the calls a second after it back instead of letting eleven
 * land in one second of the server's window.
 *
 * <p>It adapts: a {@code 429} (someone else spending the same limit) stretches the spacing by a
 * quarter, up to one call a second, and every twenty answers without one take half of the stretch
 * back, so that a lone {@code 429} costs about a second of pace, while a key shared for good stays
 * stretched.
 */
final class PacingInterceptor implements Interceptor {
    private final long baseInterval;
    /** The shortest time between a call and the call {@code sent.length} after it. */
    private final long window;
    /** When the last {@code perSecond} reserved calls left (their planned slot until they do). */
    private final long[] sent;
    private long reservations;
    private long intervalNanos;
    private int calmAnswers;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private long nextFree = Long.MIN_VALUE;

    /** Paces to {@code perSecond} requests a second, waiting with {@code sleeper}. */
    public PacingInterceptor(int perSecond, Sleeper sleeper, LongSupplier nanoTime) {
        // 2 % under the limit: even spacing at exactly the limit meets a sliding window with jitter.
        this.baseInterval = 1_020_000_000L / perSecond;
        this.window = baseInterval * perSecond;
        this.sent = new long[perSecond];
        this.intervalNanos = baseInterval;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        long[] slot = reserve();
        long wait = slot[1] - slot[2];
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for a request slot");
            }
        }
        leaving(slot[0], slot[1]);
        Response response = chain.proceed(chain.request());
        adapt(response.code() == 429);
        return response;
    }

    private synchronized void adapt(boolean limited) {
        if (limited) {
            intervalNanos = Math.min(1_000_000_000L, intervalNanos + Math.max(1, intervalNanos / 4));
            calmAnswers = 0;
        } else if (intervalNanos > baseInterval && ++calmAnswers >= 20) {
            intervalNanos = baseInterval + (intervalNanos - baseInterval) / 2;
            calmAnswers = 0;
        }
    }

    /** The current spacing between requests (tests). */
    synchronized long intervalNanos() {
        return intervalNanos;
    }

    /** Takes the next free slot: returns the reservation's number, its slot and the time now. */
    private synchronized long[] reserve() {
        long now = nanoTime.getAsLong();
        long slot = nextFree == Long.MIN_VALUE ? now : Math.max(now, nextFree);
        long n = reservations++;
        int i = (int) (n % sent.length);
        if (n >= sent.length) {
            slot = Math.max(slot, sent[i] + window); // sent[i] is still the call sent.length before this one
        }
        sent[i] = slot;
        nextFree = slot + intervalNanos;
        return new long[] {n, slot, now};
    }

    /** The reserved call leaves now: when later than planned, the calls a window after it wait for that. */
    private synchronized void leaving(long n, long planned) {
        long now = nanoTime.getAsLong();
        int i = (int) (n % sent.length);
        if (now > planned && reservations - n <= sent.length && sent[i] == planned) {
            sent[i] = now;
        }
    }
}
