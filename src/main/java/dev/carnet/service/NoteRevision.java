package dev.carnet.service;

import java.time.OffsetDateTime;

/**
 * One commit in a note's history, for a front end that must not see git's types.
 *
 * @param id the full commit id (what {@link GitService#restore} and {@link GitService#diff} take)
 * @param when when the commit was authored, at the author's offset
 * @param subject the first line of the commit message
 * @param path the note's path in that commit (an older name when it was renamed since)
 */
public record NoteRevision(String id, OffsetDateTime when, String author, String subject, String path) {
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }
}
