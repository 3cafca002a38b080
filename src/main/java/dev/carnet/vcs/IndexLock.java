package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * git's {@code .git/index.lock}, as carnet meets it before staging. A carnet killed while it
 * committed (a dropped SSH connection in the middle of {@code c}) leaves the lock behind, and
 * every later commit would fail until the author found and deleted it. So carnet writes, for the
 * time of a commit, its own record {@code .carnet/git.lock} naming its process: a lock whose
 * record names a process that is gone is carnet's own leftover and is cleared; any other lock
 * belongs to a git at work, which is waited for a moment, then reported with what to do.
 */
final class IndexLock {
    /** Long enough for a git command run by hand to finish a small add or commit. */
    static final Duration WAIT = Duration.ofSeconds(3);
    private static final long POLL_MILLIS = 50;

    private final Path lock;
    private final Path record;

    IndexLock(Path gitDir, Path workTree) {
        this.lock = gitDir.resolve("index.lock");
        this.record = workTree.resolve(".carnet/git.lock");
    }

    /**
     * Runs {@code work} (a commit) under carnet's record, after clearing a lock a dead carnet left.
     *
     * @return what the work returned, and the notice to give when a stale lock was cleared
     */
    <T> Held<T> around(Supplier<T> work) {
        Phrase notice = clearStale();
        writeRecord();
        try {
            return new Held<>(work.get(), notice);
        } finally {
            try {
                Files.deleteIfExists(record);
            } catch (IOException e) {
                // a record left behind names this process; the next carnet sees it is gone
            }
        }
    }

    record Held<T>(T value, Phrase notice) {
    }

    private Phrase clearStale() {
        Optional<Long> holder = recordedProcess();
        if (holder.isPresent() && !ProcessHandle.of(holder.get()).map(ProcessHandle::isAlive).orElse(false)) {
            boolean index = Files.exists(lock);
            try {
                Files.deleteIfExists(lock);
                clearRefLocks();
                Files.deleteIfExists(record);
            } catch (IOException e) {
                throw new CarnetException(Phrase.of("git.lockUndeletable", lock.toString(), e.getMessage()), e);
            }
            return index ? Phrase.of("git.staleLockCleared", String.valueOf(holder.get())) : null;
        }
        if (!Files.exists(lock)) {
            return null;
        }
        long until = System.nanoTime() + WAIT.toNanos();
        while (Files.exists(lock) && System.nanoTime() < until) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (Files.exists(lock)) {
            throw new CarnetException(Phrase.of("git.lockHeld", lock.toString()));
        }
        return null;
    }

    /**
     * The locks of branches a killed commit, replay or fast-forward was moving ({@code HEAD.lock},
     * {@code refs/heads/main.lock}, carnet's {@code refs/carnet/…}): left, the next one could not
     * move them. Only when the record says the carnet that held them is gone.
     */
    private void clearRefLocks() throws IOException {
        Path gitDir = lock.getParent();
        for (String name : new String[] {"HEAD.lock", "ORIG_HEAD.lock"}) {
            Files.deleteIfExists(gitDir.resolve(name));
        }
        StaleFetchLocks.deleteLocksUnder(gitDir.resolve("refs/heads"));
        StaleFetchLocks.deleteLocksUnder(gitDir.resolve("refs/carnet"));
    }

    private Optional<Long> recordedProcess() {
        try {
            String text = Files.readString(record, StandardCharsets.UTF_8).strip();
            return text.matches("\\d+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void writeRecord() {
        try {
            Files.createDirectories(record.getParent());
            Files.writeString(record, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Without the record a lock left by this commit is reported rather than cleared: still no loss.
        }
    }
}
