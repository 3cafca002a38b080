package dev.carnet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The file system's own time, which stamps files, and whether a file's stamp can be trusted to
 * change with its next edit. A file changed just before a stamp was taken may be changed again
 * within the same tick of the file system's clock and keep its size and time: git calls such
 * entries "racily clean" and checks them again; so does carnet.
 */
public final class FileClock {
    private static final long TICK = Duration.ofMillis(20).toNanos();
    /** A file system that keeps whole seconds (FAT keeps two). */
    private static final long COARSE_TICK = Duration.ofSeconds(2).toNanos();

    private final long now;

    private FileClock(long now) {
        this.now = now;
    }

    /** The time of a file written now in {@code folder} (created if need be). */
    public static FileClock of(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = folder.resolve(".now");
            Files.write(probe, new byte[0]);
            return new FileClock(nanos(Files.getLastModifiedTime(probe)));
        } catch (IOException e) {
            return new FileClock(Long.MAX_VALUE); // nothing is trusted: correct, only slower
        }
    }

    /** Whether a file last modified at {@code modifiedNanos} cannot change again unseen. */
    public boolean settled(long modifiedNanos) {
        long tick = now % 1_000_000_000L == 0 ? COARSE_TICK : TICK;
        return modifiedNanos < now - tick;
    }

    public static long nanos(FileTime time) {
        Instant instant = time.toInstant();
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }
}
