package io.github.cheetahoptimove.optimove;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * An {@link ExecutionLock} over ShedLock's {@link LockProvider}, so that any of its providers (JDBC,
 * Redis, ZooKeeper, Mongo…) keeps two hosts from executing the same campaign at once. ShedLock
 * locks do not wait; this adapter polls until the lock is free or {@code waitAtMost} has passed, on
 * the calling thread.
 *
 * <pre>{@code
 * ExecutionLock lock = ShedLockExecutionLock.of(new JdbcTemplateLockProvider(dataSource));
 * OptimoveBridge bridge = OptimoveBridge.builder().client(client).settings(settings).lock(lock).build();
 * }</pre>
 *
 * Needs {@code net.javacrumbs.shedlock:shedlock-core} (4.x or later) on the host's classpath: the
 * bridge declares it optional. Thread-safe.
 */
public final class ShedLockExecutionLock implements ExecutionLock {
    private final LockProvider provider;
    private final Duration lockAtMostFor;
    private final Duration waitAtMost;
    private final Duration pollEvery;

    private ShedLockExecutionLock(LockProvider provider, Duration lockAtMostFor, Duration waitAtMost,
            Duration pollEvery) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.lockAtMostFor = lockAtMostFor;
        this.waitAtMost = waitAtMost;
        this.pollEvery = pollEvery;
    }

    /**
     * A lock held at most 4 hours (so a crashed host's lock expires), waiting at most 30 minutes,
     * polling every second.
     */
    public static ShedLockExecutionLock of(LockProvider provider) {
        return new ShedLockExecutionLock(provider, Duration.ofHours(4), Duration.ofMinutes(30), Duration.ofSeconds(1));
    }

    /** The same lock with other timings; {@code lockAtMostFor} must outlast the longest execution. */
    public ShedLockExecutionLock withTimings(Duration lockAtMostFor, Duration waitAtMost, Duration pollEvery) {
        return new ShedLockExecutionLock(provider, lockAtMostFor, waitAtMost, pollEvery);
    }

    @Override
    public Lease acquire(String name) {
        Instant deadline = Instant.now().plus(waitAtMost);
        while (true) {
            Optional<SimpleLock> lock = provider.lock(new LockConfiguration(Instant.now(), name, lockAtMostFor,
                    Duration.ZERO));
            if (lock.isPresent()) {
                SimpleLock held = lock.get();
                return held::unlock;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ExecutionLockException("the lock " + name + " stayed taken for " + waitAtMost
                        + "; another host is executing this campaign, or its lock has not expired yet");
            }
            try {
                Thread.sleep(pollEvery.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExecutionLockException("interrupted while waiting for the lock " + name);
            }
        }
    }
}
