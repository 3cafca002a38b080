package dev.carnet.service;

import dev.carnet.error.Phrase;

/**
 * What {@code carnet commit} did: {@code id} is null when there was nothing to commit.
 *
 * @param lockNotice when a .git/index.lock left by a killed carnet was cleared before committing, what to tell
 * @param identityNotice when git names nobody and the commit is by carnet's stand-in, what to tell
 *     the author (and how to set their own); else null
 */
public record CommitReport(String id, int files, Phrase identityNotice, Phrase lockNotice) {
    public CommitReport(String id, int files, Phrase identityNotice) {
        this(id, files, identityNotice, null);
    }

    public boolean nothingToCommit() {
        return id == null;
    }

    public String shortId() {
        return id.substring(0, 7);
    }
}
