package dev.carnet.service;

import java.util.List;

/**
 * The pages branch after a publish wrote the site into it.
 *
 * @param id the branch's commit now (the new one, or the unchanged old one)
 * @param changed false when the site is byte for byte the last published one (no commit made)
 * @param changes for a dry run, every file that would be added, changed or removed; else empty
 */
public record SiteCommit(String branch, String id, boolean changed, int files, List<ChangedFile> changes) {
    public SiteCommit {
        changes = List.copyOf(changes);
    }
}
