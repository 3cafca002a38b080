package dev.carnet.serve;

import dev.carnet.store.Blog;
import dev.carnet.store.NoteListing;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tells when the author's files change: carnet.yml, redirects.yml and everything under notes/,
 * pages/, comments/, static/ and templates/ (new folders included), through the system's file
 * notifications, so a save is seen in milliseconds rather than at the next poll. Editors' and
 * carnet's own temporary files are not changes; a burst of events (a save is several) is one.
 */
final class SiteWatcher implements AutoCloseable {
    static final List<String> FOLDERS = Blog.CONTENT_FOLDERS;
    static final List<String> FILES = Blog.CONTENT_FILES;
    /** Events that close together are one change: an editor's save is a write, a rename, a delete. */
    private static final long QUIET_MILLIS = 15;

    private final Path root;
    private final Path notes;
    private final NoteListing listing;
    private final WatchService watcher;
    private final Thread thread;

    /** @param listing told of each change under {@code notes/}, so that a build walks the notes only when it must */
    SiteWatcher(Path root, Runnable changed, NoteListing listing) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.notes = this.root.resolve("notes");
        this.listing = listing;
        this.watcher = FileSystems.getDefault().newWatchService();
        watch(root);
        for (String folder : FOLDERS) {
            watchTree(root.resolve(folder));
        }
        this.thread = new Thread(() -> loop(changed), "carnet-serve-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Runnable changed) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = handle(key);
                for (WatchKey more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // the preview is closing
        }
    }

    private boolean handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                listing.unknown();
                relevant = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            tell(event.kind(), child);
            // A new folder inside the content, or a content folder made after the start (the first note's notes/).
            boolean content = !dir.equals(root) || FOLDERS.contains(child.getFileName().toString());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && content && Files.isDirectory(child)) {
                watchTree(child);
            }
            relevant |= matters(dir, child);
        }
        key.reset();
        return relevant;
    }

    /**
     * A note written (in place, or replaced by a rename: a creation) is touched; a note deleted,
     * a folder made, {@code notes/} itself changed: walk again. Hidden and other files are no notes.
     */
    private void tell(WatchEvent.Kind<?> kind, Path child) {
        if (child.equals(notes)) {
            listing.unknown();
            return;
        }
        if (!child.startsWith(notes)) {
            return;
        }
        String name = child.getFileName().toString();
        boolean note = name.endsWith(".md") && !name.startsWith(".");
        if (kind == StandardWatchEventKinds.ENTRY_DELETE) {
            if (note || !name.contains(".")) {
                listing.unknown(); // a note, or maybe a folder of them
            }
        } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            listing.unknown();
        } else if (note) {
            listing.touched(child);
        }
    }

    private boolean matters(Path dir, Path child) {
        String name = child.getFileName().toString();
        if (dir.equals(root)) {
            return FILES.contains(name) || FOLDERS.contains(name);
        }
        return !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.startsWith("#"));
    }

    private void watchTree(Path top) {
        if (!Files.isDirectory(top)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(top)) {
            dirs.filter(Files::isDirectory).forEach(this::watch);
        } catch (IOException e) {
            // a folder that went away while being walked: its parent's events say the rest
        }
    }

    private void watch(Path dir) {
        try {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            // gone already
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
