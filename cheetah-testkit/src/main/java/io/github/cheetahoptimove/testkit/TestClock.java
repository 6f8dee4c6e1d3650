package io.github.cheetahoptimove.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until told to move: the fake's notion of "now" for token expiry,
 * schedule validation and {@link FakeCheetahMail#sendDue()}. Thread-safe.
 */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> now;

    private TestClock(Instant now) {
        this.now = new AtomicReference<>(now);
    }

    /** A clock standing at {@code instant}. */
    public static TestClock at(Instant instant) {
        return new TestClock(instant);
    }

    /** Moves the clock forward (or back, with a negative duration); atomic, so no advance is lost. */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Sets the clock. */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public String toString() {
        return "TestClock[" + now + "]";
    }
}
