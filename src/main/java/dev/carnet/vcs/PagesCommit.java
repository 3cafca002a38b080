package dev.carnet.vcs;

import java.util.List;

/**
 * The pages branch after carnet wrote the site into it.
 *
 * @param id the branch's commit now (the new one, or the unchanged old one)
 * @param previous the branch's commit before, or null when the branch is new
 * @param changed false when the site is byte for byte the last published one (no commit made)
 * @param changes for a dry run, every file that would be added, changed or removed; else empty
 */
public record PagesCommit(String branch, String id, String previous, boolean changed, int files, List<FileChange> changes) {
    public PagesCommit {
        changes = List.copyOf(changes);
    }

    public PagesCommit(String branch, String id, String previous, boolean changed, int files) {
        this(branch, id, previous, changed, files, List.of());
    }
}
