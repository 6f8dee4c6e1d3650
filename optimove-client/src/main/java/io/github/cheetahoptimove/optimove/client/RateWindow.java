package io.github.cheetahoptimove.optimove.client;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * Optimove's limit as the client keeps it: at most {@code limit} requests in any sliding window of
 * {@code window}, for all threads of one client together. A request waits for a slot instead of
 * collecting a {@code 429}. When a {@code 429} comes anyway (another program shares the key), every
 * request pauses for its {@code Retry-After}, or until the window has room, and the client allows
 * itself a quarter fewer requests a window; each window that passes without one gives one back.
 */
final class RateWindow {
    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();
    private int allowed;
    private long pausedUntil = Long.MIN_VALUE;
    private long lastChange;
    private long tooMany;

    RateWindow(int limit, Duration window, LongSupplier nanoTime) {
        this.limit = limit;
        // A little margin: the server counts arrivals, which trail the client's sends.
        this.windowNanos = window.toNanos() + window.toNanos() / 100 + 20_000_000L;
        this.nanoTime = nanoTime;
        this.allowed = limit;
        this.lastChange = nanoTime.getAsLong();
    }

    /** Waits for a slot and takes it. */
    void acquire() throws InterruptedIOException {
        while (true) {
            long wait = reserve();
            if (wait <= 0) {
                return;
            }
            try {
                Thread.sleep(Math.max(1, wait / 1_000_000L), (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for Optimove's rate limit");
            }
        }
    }

    /** Takes a slot and returns 0, or returns how long to wait before asking again. */
    private synchronized long reserve() {
        long now = nanoTime.getAsLong();
        while (!sent.isEmpty() && sent.peekFirst() <= now - windowNanos) {
            sent.pollFirst();
        }
        if (now < pausedUntil) {
            return pausedUntil - now;
        }
        if (allowed < limit && now - lastChange > windowNanos) {
            allowed++;
            lastChange = now;
        }
        if (sent.size() < allowed) {
            sent.addLast(now);
            return 0;
        }
        return sent.peekFirst() + windowNanos - now;
    }

    /** Optimove answered {@code 429}: pause everyone and allow fewer requests a window for a while. */
    synchronized void tooMany(Duration retryAfter) {
        long now = nanoTime.getAsLong();
        tooMany++;
        long until = retryAfter != null ? now + retryAfter.toNanos()
                : sent.isEmpty() ? now + windowNanos : sent.peekFirst() + windowNanos;
        pausedUntil = Math.max(pausedUntil, until);
        allowed = Math.max(1, allowed - Math.max(1, allowed / 4));
        lastChange = now;
    }

    /** How many {@code 429}s the client received. */
    synchronized long tooManyCount() {
        return tooMany;
    }
}
