package io.github.cheetahoptimove.examples;

import io.github.cheetahoptimove.optimove.ExecutionLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An {@link ExecutionLock} on a file, so that two runs of the tool on one machine take turns. It
 * locks the whole file whatever the execution's name: runs on one machine are serialized. For a
 * cluster, give the bridge a lock shared between hosts instead.
 */
final class FileExecutionLock implements ExecutionLock {
    private final Path file;

    FileExecutionLock(Path file) {
        this.file = file;
    }

    @Override
    public Lease acquire(String name) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            return () -> {
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }
}
