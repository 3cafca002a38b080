package dev.carnet.store;

import dev.carnet.config.BlogConfig;
import dev.carnet.model.ConflictMarkers;
import dev.carnet.model.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Notes already parsed, for a process that builds the same blog again and again (the preview),
 * or kept on disk from the last build ({@link ParsedNotesFile}): a note whose file has the same
 * size and modification time as when it was read is not read again, as git's index trusts a
 * file's stat. A change of carnet.yml (the time zone dates are read in) forgets them all. Only
 * good notes are kept: a broken one is read again each time.
 *
 * <p>A note kept on disk comes back without its body (ten thousand bodies are the 90 MB a build
 * would otherwise read): {@link NoteStore#body} reads it when it is needed, and the line of its
 * first conflict marker, if any, is kept with it.
 */
public final class ParsedNotes {
    /** @param conflictLine the body line of the note's first conflict marker (1-based), or 0 */
    record Known(long size, FileTime modified, Note note, int conflictLine, boolean bodyless) {
    }

    private final Map<String, Known> notes = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile BlogConfig config;
    private volatile boolean changed;
    /** The last walk of the notes, kept when a watcher tells of every change (the preview), else null. */
    private volatile NoteListing listing;

    public ParsedNotes() {
    }

    ParsedNotes(BlogConfig config, Map<String, Known> known) {
        this.config = config;
        notes.putAll(known);
    }

    /** Forgets every note when the settings they were read with changed. */
    void use(BlogConfig current) {
        // none known yet (a clean build) needs no equals: a record's is linked at its first call, 15 ms
        if (config == null || current != config && !current.equals(config)) {
            notes.clear();
            config = current;
            changed = true;
        }
    }

    /**
     * The note at {@code file}, from memory when its stat is as it was, else from {@code read}.
     *
     * @param stat the file's stat as the listing just read it, or null to read it here
     */
    Object get(Path file, String path, BasicFileAttributes stat, Supplier<Object> read) {
        used.add(path);
        if (stat == null) {
            try {
                stat = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                forget(path);
                return read.get();
            }
        }
        FileTime modified = stat.lastModifiedTime(); // to the nanosecond where the file system keeps it
        Known known = notes.get(path);
        if (known != null && known.size() == stat.size() && known.modified().equals(modified)) {
            return known.note();
        }
        Object result = read.get();
        if (result instanceof Note note) {
            notes.put(path, new Known(stat.size(), modified, note, ConflictMarkers.firstLine(note.body()), false));
            changed = true;
        } else {
            forget(path);
        }
        return result;
    }

    private void forget(String path) {
        if (notes.remove(path) != null) {
            changed = true;
        }
    }

    /** Keeps the walk of the notes from load to load, from now on: the caller tells it of every change under {@code notes/}. */
    public synchronized NoteListing watched() {
        if (listing == null) {
            listing = new NoteListing();
        }
        return listing;
    }

    NoteListing listing() {
        return listing;
    }

    /** Takes {@code listing} as the notes' files for the next load (see {@link NoteListing#walked}). */
    public void listed(NoteListing listing) {
        this.listing = listing;
    }

    /** The kept note at {@code path}, or null. */
    Known known(String path) {
        return notes.get(path);
    }

    /** The kept note at {@code path} when it came from disk without its body, else null. */
    Known bodyless(String path) {
        Known known = notes.get(path);
        return known != null && known.bodyless() ? known : null;
    }

    /** Whether a load read or dropped anything since these were kept (else there is nothing new to save). */
    boolean changed() {
        if (changed) {
            return true;
        }
        for (String path : notes.keySet()) {
            if (!used.contains(path)) {
                return true;
            }
        }
        return false;
    }

    /** The notes the last load went through (a deleted note's entry is not worth keeping). */
    Map<String, Known> inUse() {
        Map<String, Known> result = new ConcurrentHashMap<>();
        notes.forEach((path, known) -> {
            if (used.contains(path)) {
                result.put(path, known);
            }
        });
        return result;
    }

    BlogConfig config() {
        return config;
    }

    /** How many notes are kept. */
    public int size() {
        return notes.size();
    }
}
