package dev.carnet.vcs;

import java.util.List;

/**
 * Where the blog's repository stands.
 *
 * @param changes files of the author's content (notes, pages, static, templates, carnet.yml) that
 *     differ from HEAD; while a sync is stopped, those the author changed since it stopped
 * @param upstream the remote branch main follows, or null when there is none yet (or it was never fetched)
 * @param ahead local commits the remote does not have (0 without upstream)
 * @param behind commits of the remote not merged yet, as of the last fetch
 * @param sync the sync stopped on a conflict, or null when none is
 */
public record RepoStatus(String branch, List<FileChange> changes, String upstream, int ahead, int behind, int commits,
                         StoppedSync sync) {
    public RepoStatus {
        changes = List.copyOf(changes);
    }

    public RepoStatus(String branch, List<FileChange> changes, String upstream, int ahead, int behind, int commits) {
        this(branch, changes, upstream, ahead, behind, commits, null);
    }
}
