package dev.carnet.tui;

import dev.carnet.service.DiskStamp;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Follows the blog on disk without a restart: every {@code every} (about a second and a half on a
 * terminal), on its own thread, it takes a {@link DiskStamp} and runs {@code changed} on that same
 * thread when the stamp differs from the last one. Cheaper and simpler than a recursive
 * WatchService, and it sees git's own files too.
 */
final class DiskWatcher implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "carnet-disk-watch");
        thread.setDaemon(true);
        return thread;
    });
    private DiskStamp last;

    /** @param changed slow work is welcome there (it is not the UI thread); a poll waits for it to end */
    DiskWatcher(Supplier<DiskStamp> stamp, Duration every, Runnable changed) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                DiskStamp now = stamp.get();
                boolean differs = last != null && !Objects.equals(now, last);
                last = now;
                if (differs) {
                    changed.run();
                }
            } catch (RuntimeException e) {
                // A file vanished mid-read or a note was half written: the next poll looks again.
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
