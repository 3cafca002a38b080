package dev.carnet.site;

import dev.carnet.store.FileClock;
import dev.carnet.store.FolderText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an output folder holds, for a build to delete what no longer belongs there, found from the
 * stamps of its folders rather than by reading all of it. A folder's modification time changes
 * whenever a name in it is added, removed or renamed, so a folder whose stamp is the last build's
 * holds what that build left in it; only the others are read. On 10,000 notes the site is 13,000
 * folders: reading each and the stat of each of their 26,000 names was 340 ms of CPU of a build
 * after one edit, against 13,000 stats now.
 *
 * <p>Folders are taken from the top down, and one is looked into only when its parent was found
 * to be a real folder: a folder replaced by a link is listed as a file to delete, never followed.
 */
final class SiteFolders {
    /** A folder whose stamp is not known: it is read. */
    static final InputStamps.Stamp UNKNOWN = new InputStamps.Stamp(-2, 0, 0);

    /**
     * @param files every file in the folder but its {@link OutputFolder#MARKER} (links included, folders not), from the site's top
     * @param folders the stamp of each folder as it was found, from the site's top ({@code ""} for the top)
     * @param read how many folders had to be read
     */
    record Listing(List<String> files, Map<String, InputStamps.Stamp> folders, int read) {
    }

    private final Path target;
    private final Map<String, InputStamps.Stamp> before;
    private final Collection<String> filesBefore;
    private final List<String> files = new ArrayList<>();
    /** Parents before what is in them, as {@link #fromStamps} needs them in the next build's index. */
    private final Map<String, InputStamps.Stamp> folders = new LinkedHashMap<>();
    private int read;

    private SiteFolders(Path target, Map<String, InputStamps.Stamp> before, Collection<String> filesBefore) {
        this.target = target;
        this.before = before;
        this.filesBefore = filesBefore;
    }

    /**
     * What {@code target} holds now.
     *
     * @param before the folders the last build left and their stamps (empty when not known: all is read)
     * @param filesBefore the files the last build left
     */
    static Listing list(Path target, Map<String, InputStamps.Stamp> before, Collection<String> filesBefore) throws IOException {
        SiteFolders listing = new SiteFolders(target, before, filesBefore);
        if (before.isEmpty() || !before.containsKey("")) {
            listing.readAll(target);
        } else {
            listing.fromStamps();
        }
        listing.files.remove(OutputFolder.MARKER);
        return new Listing(listing.files, listing.folders, listing.read);
    }

    private void fromStamps() throws IOException {
        Set<String> unchanged = new HashSet<>();
        // In the index's order, a folder before those inside it (see forNextBuild).
        for (Map.Entry<String, InputStamps.Stamp> folder : before.entrySet()) {
            String path = folder.getKey();
            if (!path.isEmpty() && !folders.containsKey(parent(path))) {
                continue; // its parent is gone, or not a folder: nothing of it is there to be reached
            }
            Path dir = path.isEmpty() ? target : target.resolve(path);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (!attributes.isDirectory()) {
                files.add(path); // a file or a link where a folder was
                continue;
            }
            InputStamps.Stamp stamp = InputStamps.Stamp.of(attributes);
            folders.put(path, stamp);
            if (stamp.equals(folder.getValue())) {
                unchanged.add(path);
            } else {
                readNames(dir, path);
            }
        }
        for (String file : filesBefore) {
            if (unchanged.contains(parent(file))) {
                files.add(file);
            }
        }
    }

    /** The names in a folder whose stamp changed: folders the last build left are taken on their own. */
    private void readNames(Path dir, String path) throws IOException {
        read++;
        try (DirectoryStream<Path> names = Files.newDirectoryStream(dir)) {
            for (Path entry : names) {
                String name = entry.getFileName().toString();
                String child = path.isEmpty() ? name : path + "/" + name;
                if (before.containsKey(child)) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (attributes.isDirectory()) {
                    readAll(entry);
                } else {
                    files.add(child);
                }
            }
        } catch (NoSuchFileException e) {
            // gone meanwhile: nothing in it to delete
        }
    }

    /** Everything under {@code dir}, read (links are not followed: they are files to delete). */
    private void readAll(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                read++;
                folders.put(sitePath(target, folder), InputStamps.Stamp.of(attributes));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isDirectory()) {
                    files.add(sitePath(target, file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** {@code file}'s path from the site's top, cut from the file's text ({@link FolderText}): 26,000 of them when all is read. */
    static String sitePath(Path target, Path file) {
        if (file.equals(target)) {
            return "";
        }
        String cut = FolderText.under(target.toString(), file);
        return cut != null ? cut : target.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The stamps for the next build, each folder before those inside it: each folder found, with
     * the stamp found before this build changed anything, unless this build put or deleted
     * something in it (or made it), or it changed too lately to be trusted ({@link FileClock}):
     * those are read next time.
     *
     * @param found the folders as {@link #list} found them (judged by the clock of that moment), or after a full build
     * @param touched the folders this build wrote or deleted in after {@code found} was taken, and those they are in
     */
    static Map<String, InputStamps.Stamp> forNextBuild(Map<String, InputStamps.Stamp> found, Set<String> touched, FileClock clock) {
        Map<String, InputStamps.Stamp> next = new LinkedHashMap<>(found.size() * 2);
        found.forEach((folder, stamp) -> next.put(folder, touched.contains(folder) || !clock.settled(stamp.modified()) ? UNKNOWN : stamp));
        List<String> made = new ArrayList<>();
        for (String folder : touched) {
            if (!next.containsKey(folder)) {
                made.add(folder);
            }
        }
        made.sort(null); // "a" before "a/b"
        for (String folder : made) {
            next.put(folder, UNKNOWN);
        }
        return next;
    }

    /** The stamps of the folders of a site just written whole, read now, each folder before those inside it. */
    static Map<String, InputStamps.Stamp> stamped(Path target, Collection<String> outputs) {
        Map<String, InputStamps.Stamp> found = new LinkedHashMap<>(outputs.size() * 2);
        List<String> chain = new ArrayList<>();
        for (String file : outputs) {
            chain.clear();
            for (String folder = parent(file); !found.containsKey(folder); folder = parent(folder)) {
                chain.add(folder);
                if (folder.isEmpty()) {
                    break; // the top, which is its own parent
                }
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                String folder = chain.get(i);
                found.put(folder, InputStamps.Stamp.of(folder.isEmpty() ? target : target.resolve(folder)));
            }
        }
        return found;
    }

    /** Each folder {@code file} is in, from its own up to the top ({@code ""}), into {@code into}. */
    static void foldersOf(String file, Set<String> into) {
        String folder = file;
        do {
            folder = parent(folder);
        } while (into.add(folder) && !folder.isEmpty());
    }

    /** The folder a path is in, from the site's top: {@code ""} for the top's own files. */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
