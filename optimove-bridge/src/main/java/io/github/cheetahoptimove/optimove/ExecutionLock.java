package io.github.cheetahoptimove.optimove;

/**
 * A lock per execution, provided by the host, that keeps two hosts from executing the same campaign
 * at the same time. CheetahMail has no atomic "create if absent" for campaigns: two unlocked hosts
 * racing on the same execution can both create one. With a lock, every rerun and every racing host
 * finds the other's work and creates nothing twice.
 *
 * <p>The default, {@link #NONE}, does not lock: safe for a single host running one day at a time.
 */
@FunctionalInterface
public interface ExecutionLock {
    /** No locking. */
    ExecutionLock NONE = name -> () -> { };

    /**
     * Takes the lock of that name, waiting for it as the implementation chooses.
     *
     * @param name e.g. {@code optimove-1234-20261128}
     * @return the held lock; closing it releases the lock
     * @throws RuntimeException when it cannot be had; the execution then fails and can be rerun
     */
    Lease acquire(String name);

    /** A held lock. */
    @FunctionalInterface
    interface Lease extends AutoCloseable {
        /** Releases the lock. */
        @Override
        void close();
    }
}
