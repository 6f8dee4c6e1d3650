package io.github.cheetahoptimove.cheetah;

import java.time.Duration;

/**
 * How the client waits between retries. The default sleeps the calling thread; tests pass one that
 * records the waits and returns at once.
 */
@FunctionalInterface
public interface Sleeper {
    /** The default: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
