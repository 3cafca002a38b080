package dev.carnet.vcs;

import dev.carnet.error.Phrase;
import java.util.List;

/**
 * What {@code carnet commit} did: {@code id} is null when there was nothing to commit.
 *
 * @param fallbackAuthor true when git's config names nobody (no user.name or user.email), so the
 *     commit is by carnet's stand-in: the author should be told, and how to set their own
 * @param lockNotice when a {@code .git/index.lock} left by a killed carnet was cleared first, what to say; else null
 */
public record CommitResult(String id, List<FileChange> committed, Identity author, boolean fallbackAuthor, Phrase lockNotice) {
    public CommitResult {
        committed = List.copyOf(committed);
    }

    public CommitResult(String id, List<FileChange> committed, Identity author, boolean fallbackAuthor) {
        this(id, committed, author, fallbackAuthor, null);
    }

    public CommitResult(String id, List<FileChange> committed, Identity author) {
        this(id, committed, author, false);
    }

    CommitResult withLockNotice(Phrase notice) {
        return new CommitResult(id, committed, author, fallbackAuthor, notice);
    }

    public static CommitResult nothing() {
        return new CommitResult(null, List.of(), null);
    }

    public boolean nothingToCommit() {
        return id == null;
    }
}
