package dev.carnet.tui;

import dev.carnet.service.DiskStamp;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Follows the blog on disk without a restart: every {@code every} (about a second and a half on a
 * terminal), on its own thread, it takes a {@link DiskStamp} and runs {@code changed} on that same
 * thread when the stamp differs from the last one. Cheaper and simpler than a recursive
 * WatchService, and it sees git's own files too. On a big blog, where a stamp costs more (60 ms of
 * a core for 10,000 notes), the polls space out so that they never take more than
 * 1/{@value #SHARE} of a core.
 */
final class DiskWatcher implements AutoCloseable {
    /** A poll waits at least this many times what the last stamp took. */
    static final int SHARE = 25;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "carnet-disk-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Supplier<DiskStamp> stamp;
    private final long every;
    private final Runnable changed;
    private volatile DiskStamp last;

    /** @param changed slow work is welcome there (it is not the UI thread); the next poll waits for it */
    DiskWatcher(Supplier<DiskStamp> stamp, Duration every, Runnable changed) {
        this.stamp = stamp;
        this.every = every.toNanos();
        this.changed = changed;
        // The first stamp now, on the caller's thread: a change made right after (before the timer's
        // thread first runs) must count as a change, not become the baseline.
        this.last = first(stamp);
        timer.schedule(this::poll, this.every, TimeUnit.NANOSECONDS);
    }

    private static DiskStamp first(Supplier<DiskStamp> stamp) {
        try {
            return stamp.get();
        } catch (RuntimeException e) {
            return null; // the first poll takes it
        }
    }

    private void poll() {
        long start = System.nanoTime();
        long cost = 0;
        try {
            DiskStamp now = stamp.get();
            cost = System.nanoTime() - start; // reading the notes again after a change is not the poll's own cost
            boolean differs = last != null && !Objects.equals(now, last);
            if (differs) {
                changed.run();
            }
            // Only once the change was read: a failed read (a note half written) is tried again next time.
            last = now;
        } catch (RuntimeException e) {
            // A file vanished mid-read or a note was half written: the next poll looks again.
        }
        try {
            timer.schedule(this::poll, Math.max(every, SHARE * cost), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
