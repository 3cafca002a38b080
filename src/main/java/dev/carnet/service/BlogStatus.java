package dev.carnet.service;

import java.util.List;

/**
 * Where the blog's repository stands, for {@code carnet status}.
 *
 * @param changes files of the author's content that differ from HEAD; while a sync is stopped,
 *     those the author changed since it stopped
 * @param upstream the remote branch the notes follow, or null when there is none yet (or it was never fetched)
 * @param ahead local commits the remote does not have (0 without upstream)
 * @param behind commits of the remote not merged yet, as of the last fetch
 * @param sync the sync stopped on a conflict, or null when none is
 */
public record BlogStatus(String branch, List<ChangedFile> changes, String upstream, int ahead, int behind, int commits,
                         SyncState sync) {
    public BlogStatus {
        changes = List.copyOf(changes);
    }
}
