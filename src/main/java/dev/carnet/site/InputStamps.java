package dev.carnet.site;

import dev.carnet.store.Blog;
import dev.carnet.store.FileClock;
import dev.carnet.store.FolderText;
import dev.carnet.store.NoteListing;
import dev.carnet.store.PublishedAddressesFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stat of every file a build reads (notes, pages, comments, templates, static files,
 * carnet.yml, redirects.yml): size, modification time and file identity, as git's index trusts
 * them. The same stamps as the last build's mean the same site; reading ten thousand notes to
 * find that out would cost seconds.
 */
final class InputStamps {
    /**
     * @param modified nanoseconds since the epoch (as precise as the file system keeps them)
     * @param identity the file's inode where the system has one (a file replaced by a copy has another), else 0
     */
    record Stamp(long size, long modified, long identity) {
        static Stamp of(BasicFileAttributes attributes) {
            Object key = attributes.fileKey();
            return new Stamp(attributes.size(), FileClock.nanos(attributes.lastModifiedTime()), key == null ? 0 : key.hashCode());
        }

        /** Written out: a record's own equals is linked at its first call, 15 ms of every build's comparison of the stamps. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Stamp stamp && size == stamp.size && modified == stamp.modified && identity == stamp.identity;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(key());
        }

        /** The stamp as one key: a file whose size, time or identity changed has another. */
        long key() {
            return (size * 31 + modified) * 31 + identity;
        }

        static Stamp of(Path file) {
            try {
                return of(Files.readAttributes(file, BasicFileAttributes.class));
            } catch (IOException e) {
                return new Stamp(-1, 0, 0);
            }
        }
    }

    private InputStamps() {
    }

    /**
     * The note files the walk went through, for the build's own load of the notes to take rather
     * than walk {@code notes/} a second time (those {@link NoteListing#take} takes, as the load's own walk).
     */
    static final class NoteFiles {
        private final List<Path> files = new ArrayList<>();
        private final Map<Path, BasicFileAttributes> stats = new HashMap<>();
        private final Set<Path> links = new HashSet<>();
        private boolean whole = true;

        private void visited(Path file, BasicFileAttributes attributes) {
            if (NoteListing.take(file, attributes, links, stats)) {
                files.add(file);
            }
        }

        /** What to give the notes' load, or null when the walk of notes/ did not go through all of it. */
        NoteListing listing() {
            if (!whole) {
                return null;
            }
            files.sort(null);
            return NoteListing.walked(List.copyOf(files), stats, links);
        }
    }

    /** Blog-relative path → stamp, for every input file there is (links followed). */
    static Map<String, Stamp> of(Path root) {
        return of(root, new NoteFiles());
    }

    /** {@link #of(Path)}, and the note files in {@code notes}. */
    static Map<String, Stamp> of(Path root, NoteFiles notes) {
        Map<String, Stamp> stamps = new HashMap<>(16_384);
        for (String name : Blog.CONTENT_FILES) {
            Path file = root.resolve(name);
            if (Files.exists(file)) {
                stamps.put(name, Stamp.of(file));
            }
        }
        // The addresses published before: a publish changes the redirects and feed ids the next build writes.
        Path published = root.resolve(PublishedAddressesFile.PATH);
        if (Files.exists(published)) {
            stamps.put(PublishedAddressesFile.PATH, Stamp.of(published));
        }
        for (String folder : Blog.CONTENT_FOLDERS) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                walk(root, dir, stamps, folder.equals("notes") ? notes : null);
            } else if (folder.equals("notes")) {
                notes.whole = false; // no folder (or a link to one): the load says what it finds
            }
        }
        return stamps;
    }

    /** @param notes told of each file when {@code dir} is {@code notes/}, else null */
    private static void walk(Path root, Path dir, Map<String, Stamp> stamps, NoteFiles notes) {
        String top = root.toString();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // A link's own stat does not change when what it points to does.
                    Stamp stamp = attributes.isSymbolicLink() ? Stamp.of(file) : Stamp.of(attributes);
                    stamps.put(relative(top, root, file), stamp);
                    if (notes != null) {
                        notes.visited(file, attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    stamps.put(relative(top, root, file), new Stamp(-1, 0, 0));
                    if (notes != null) {
                        notes.whole = false;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // the folder went away while being read: the stamps differ, so the site is built
            if (notes != null) {
                notes.whole = false;
            }
        } catch (IOException e) {
            if (notes != null) {
                notes.whole = false;
            }
            stamps.put(root.relativize(dir).toString().replace('\\', '/'), new Stamp(-1, 0, 0));
        }
    }

    /** The file's path from the blog's folder: the files walked are under it ({@link FolderText}). */
    private static String relative(String top, Path root, Path file) {
        String cut = FolderText.under(top, file);
        return cut != null ? cut : root.relativize(file).toString().replace('\\', '/');
    }
}
