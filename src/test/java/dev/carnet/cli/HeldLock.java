package dev.carnet.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One of carnet's lock files, held by the test as another carnet would hold it. */
final class HeldLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private HeldLock(FileChannel channel) throws IOException {
        this.channel = channel;
        this.lock = channel.lock();
    }

    static HeldLock on(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return new HeldLock(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    }

    void release() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
    }

    @Override
    public void close() throws IOException {
        release();
        channel.close();
    }
}
