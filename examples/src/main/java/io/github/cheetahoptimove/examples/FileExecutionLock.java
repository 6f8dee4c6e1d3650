package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.ExecutionLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An {@link ExecutionLock} on a file, so that two runs of the tool on one machine take turns. It
 * locks the whole file whatever the execution's name: runs on one machine are serialized. The file
 * lock keeps other processes out; since a JVM may hold a file lock only once, threads of one process
 * first take turns on an in-process lock per file. For a cluster, give the bridge a lock shared
 * between hosts instead (e.g. {@code ShedLockExecutionLock}).
 */
final class FileExecutionLock implements ExecutionLock {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    FileExecutionLock(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    @Override
    public Lease acquire(String name) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            return () -> {
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    local.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e instanceof IOException ? new UncheckedIOException("cannot lock " + file, (IOException) e)
                    : (RuntimeException) e;
        }
    }
}
