package dev.carnet.store;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One writer at a time on a blog: a text UI open in one shell and {@code carnet tag} in another
 * each read a note, change it and write it back, and without this the later write would drop the
 * other's change. The lock is the system's file lock on {@code .carnet/write.lock}, which the
 * system releases when a process dies, so a killed carnet never leaves it held.
 */
public final class WriterLock {
    /** Writes take milliseconds: a writer still waiting after this is stuck, and says so. */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A build of ten thousand notes from nothing takes a minute on a slow machine. */
    static final Duration BUILD_PATIENCE = Duration.ofMinutes(10);
    private static final long RETRY_MILLIS = 5;

    private WriterLock() {
    }

    static <T> T around(Path blogRoot, Supplier<T> write) {
        return around(blogRoot.resolve(".carnet/write.lock"), PATIENCE, "store.writeLockBusy", write);
    }

    /**
     * The writer lock, for work that changes notes outside {@link NoteStore}: a sync replaying
     * commits into the work tree, a restored version. Not reentrant: the work must not save a
     * note through {@link NoteStore} (it would wait for itself).
     */
    public static <T> T aroundWrites(Path blogRoot, Supplier<T> write) {
        return around(blogRoot, write);
    }

    /**
     * One conversation with the remote at a time (publish, sync): two pushes of the pages branch
     * from two shells would each write a commit on the same parent, and one would be refused or
     * would drop the other. A push may take minutes on a slow line, hence the build's patience.
     */
    public static <T> T aroundRemote(Path blogRoot, Supplier<T> talk) {
        return around(blogRoot.resolve(".carnet/remote.lock"), BUILD_PATIENCE, "store.remoteLockBusy", talk);
    }

    /**
     * One build at a time into a blog's site and its {@code .carnet/build/} (a text UI and a
     * shell both building); on a lock of its own, so that saving a note never waits for a build.
     */
    public static <T> T aroundBuild(Path blogRoot, Supplier<T> build) {
        return around(blogRoot.resolve(".carnet/build/lock"), BUILD_PATIENCE, "store.buildLockBusy", build);
    }

    private static <T> T around(Path file, Duration patience, String busy, Supplier<T> write) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = acquire(channel, file, patience, busy);
                try {
                    return write.get();
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("store.writeLock", file.toString(), e.getMessage()), e);
        }
    }

    private static FileLock acquire(FileChannel channel, Path file, Duration patience, String busy) throws IOException {
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // Another thread of this process holds it (the system lock is per process): wait our turn as well.
            }
            if (System.nanoTime() > until) {
                throw new CarnetException(Phrase.of(busy, file.toString()));
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CarnetException(Phrase.of(busy, file.toString()));
            }
        }
    }
}
