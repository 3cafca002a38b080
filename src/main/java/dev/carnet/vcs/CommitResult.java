package dev.carnet.vcs;

import java.util.List;

/** What {@code carnet commit} did: {@code id} is null when there was nothing to commit. */
public record CommitResult(String id, List<FileChange> committed, Identity author) {
    public CommitResult {
        committed = List.copyOf(committed);
    }

    public static CommitResult nothing() {
        return new CommitResult(null, List.of(), null);
    }

    public boolean nothingToCommit() {
        return id == null;
    }
}
