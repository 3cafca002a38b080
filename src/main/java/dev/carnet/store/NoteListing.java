package dev.carnet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The notes' files as the last walk of {@code notes/} found them, for a process told of every
 * change there (the preview's file watcher): after a save of one note, that note's stat is read
 * again and the walk of ten thousand files (a quarter of the preview's rebuild) is not done. A
 * note added or deleted, a folder made, or events lost make the next load walk again.
 */
public final class NoteListing {
    /** What a walk found: the note files in order, the stat of each plain file, the links. */
    record Walk(List<Path> files, Map<Path, BasicFileAttributes> stats, Set<Path> links) {
    }

    private final Set<Path> touched = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean unknown = new AtomicBoolean(true);
    private volatile Walk last;

    /**
     * What a walk of {@code notes/} made a moment ago found, for the next load to take instead of
     * walking again (a build that walked the blog for its files' stamps).
     *
     * @param files the {@code *.md} files under {@code notes/} whose names do not start with a dot, in order
     * @param stats the stat of each of them that is a plain file
     * @param links those that are links to a file
     */
    public static NoteListing walked(List<Path> files, Map<Path, BasicFileAttributes> stats, Set<Path> links) {
        NoteListing listing = new NoteListing();
        listing.walked(new Walk(files, stats, links));
        listing.unknown.set(false);
        return listing;
    }

    /**
     * Whether a file a walk of {@code notes/} came upon is a note file: a {@code *.md} not hidden,
     * a link only when it leads to a file. Puts a link in {@code links}, a plain file's stat in {@code stats}.
     */
    public static boolean take(Path file, BasicFileAttributes attributes, Set<Path> links, Map<Path, BasicFileAttributes> stats) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".md") || name.startsWith(".")) {
            return false;
        }
        if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
            links.add(file);
            return true;
        }
        if (attributes.isRegularFile()) {
            stats.put(file, attributes);
            return true;
        }
        return false;
    }

    /** A note file was written (or replaced by a rename). */
    public void touched(Path file) {
        touched.add(file.toAbsolutePath().normalize());
    }

    /** Something else happened under {@code notes/} (a file added or deleted, a folder, lost events): walk again. */
    public void unknown() {
        unknown.set(true);
    }

    /** The last walk, with the files written since stat'ed again; or null when the notes must be walked. */
    Walk reuse() {
        boolean walk = unknown.getAndSet(false);
        Set<Path> written = new HashSet<>(touched);
        touched.removeAll(written);
        Walk before = last;
        if (walk || before == null) {
            return null;
        }
        Map<Path, BasicFileAttributes> stats = new HashMap<>(before.stats());
        Set<Path> links = new HashSet<>(before.links());
        for (Path file : written) {
            if (!stats.containsKey(file) && !links.contains(file)) {
                return null; // not a note the walk found (a new one, or not a note): walk
            }
            BasicFileAttributes stat;
            try {
                stat = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return null;
            }
            if (stat.isSymbolicLink()) {
                stats.remove(file);
                links.add(file);
            } else if (stat.isRegularFile()) {
                stats.put(file, stat);
                links.remove(file);
            } else {
                return null;
            }
        }
        return new Walk(before.files(), stats, links);
    }

    void walked(Walk walk) {
        last = walk;
    }
}
