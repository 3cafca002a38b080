package dev.carnet.vcs;

import org.eclipse.jgit.internal.util.CleanupService;

/**
 * Keeps JGit from deleting its lock files when the JVM is stopped by a signal (SIGHUP from a
 * dropped SSH connection, SIGTERM, Ctrl-C). JGit registers a shutdown hook that unlocks every
 * lock still held; the thread committing goes on meanwhile, and when it then renames
 * {@code refs/heads/main.lock} over {@code refs/heads/main}, the rename fails for want of the
 * lock, and JGit's fallback deletes {@code main} before trying again: the branch was gone
 * ({@code git log main}: unknown revision), found by the crash suite killing {@code carnet commit}
 * with SIGHUP. Without the hook a signal leaves the locks as SIGKILL does, and the next carnet
 * clears them ({@link IndexLock}). JGit's own switch for this is the public constructor of its
 * {@code CleanupService}, meant for OSGi containers that run the clean-up themselves: made first,
 * it is the instance JGit uses, and it keeps the clean-up instead of hooking it to the JVM.
 */
public final class GitShutdown {
    private GitShutdown() {
    }

    /** Once, at the program's start, before any repository is opened. */
    public static void leaveLocksToTheNextRun() {
        new CleanupService();
    }
}
