package dev.carnet.service;

import java.time.OffsetDateTime;

/**
 * One commit of the blog's history, its time in the blog's time zone.
 *
 * @param path the note's path in that commit (it changes across renames); null for the blog's log
 * @param patch the diff of that commit for the note, when asked for; else null
 */
public record HistoryEntry(String id, OffsetDateTime when, String author, String message, String path, String patch) {
    public String shortId() {
        return id.substring(0, 7);
    }
}
