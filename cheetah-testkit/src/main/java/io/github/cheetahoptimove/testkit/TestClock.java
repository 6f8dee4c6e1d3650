package io.github.cheetahoptimove.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until told to move: the fake's notion of "now" for token expiry,
 * schedule validation and {@link FakeCheetahMail#sendDue()}. Thread-safe.
 */
public final class TestClock extends Clock {
    private volatile Instant now;

    private TestClock(Instant now) {
        this.now = now;
    }

    /** A clock standing at {@code instant}. */
    public static TestClock at(Instant instant) {
        return new TestClock(instant);
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Sets the clock. */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
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
