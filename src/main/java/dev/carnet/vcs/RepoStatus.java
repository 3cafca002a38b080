package dev.carnet.vcs;

import java.util.List;

/**
 * Where the blog's repository stands.
 *
 * @param changes files of the author's content (notes, pages, static, templates, carnet.yml) that differ from HEAD
 * @param upstream the remote branch main follows, or null when there is none yet
 * @param ahead local commits the remote does not have (0 without upstream)
 * @param behind commits of the remote not merged yet, as of the last fetch
 */
public record RepoStatus(String branch, List<FileChange> changes, String upstream, int ahead, int behind, int commits) {
    public RepoStatus {
        changes = List.copyOf(changes);
    }
}
