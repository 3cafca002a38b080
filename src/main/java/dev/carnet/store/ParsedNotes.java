package dev.carnet.store;

import dev.carnet.config.BlogConfig;
import dev.carnet.model.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Notes already parsed, for a process that builds the same blog again and again (the preview):
 * a note whose file has the same size and modification time as when it was read is not read
 * again, as git's index trusts a file's stat. A change of carnet.yml (the time zone dates are
 * read in) forgets them all. Only good notes are kept: a broken one is read again each time.
 */
public final class ParsedNotes {
    private record Known(long size, FileTime modified, Note note) {
    }

    private final Map<String, Known> notes = new ConcurrentHashMap<>();
    private volatile BlogConfig config;

    /** Forgets every note when the settings they were read with changed. */
    void use(BlogConfig current) {
        if (!current.equals(config)) {
            notes.clear();
            config = current;
        }
    }

    /** The note at {@code file}, from memory when its stat is as it was, else from {@code read}. */
    Object get(Path file, String path, Supplier<Object> read) {
        BasicFileAttributes stat;
        try {
            stat = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            notes.remove(path);
            return read.get();
        }
        FileTime modified = stat.lastModifiedTime(); // to the nanosecond where the file system keeps it
        Known known = notes.get(path);
        if (known != null && known.size() == stat.size() && known.modified().equals(modified)) {
            return known.note();
        }
        Object result = read.get();
        if (result instanceof Note note) {
            notes.put(path, new Known(stat.size(), modified, note));
        } else {
            notes.remove(path);
        }
        return result;
    }

    int size() {
        return notes.size();
    }
}
