package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.FileClock;
import dev.carnet.store.XxHash64;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The sink of a build that knows the last one ({@link BuildIndex}): a file whose key is
 * unchanged is kept where it is, a changed one is staged beside the folder, and only once the
 * whole build succeeded are the staged files renamed in (each atomically) and the files that no
 * longer belong deleted. A failed build leaves the folder as it was.
 *
 * <p>Without a usable index (the first build, {@code --clean}, other settings) it is a
 * {@link DirectorySink}: the whole site is written and swapped in, and every key recorded.
 */
final class IncrementalSink implements KeyedSink {
    private final Path target;
    private final Path staged;
    private final BuildIndex previous;
    private final Path index;
    private final DirectorySink whole;
    private final FolderWriter stagedFiles;
    private final Map<String, Long> outputs = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger untouched = new AtomicInteger();
    /** The input files changed since the last build when they are all notes or comments, else null. */
    private final Set<String> changed;
    private volatile long shown;
    /** Whether a file may be kept by its inputs alone (see {@link #keepUnchanged}). */
    private volatile boolean byInputs;
    /** What the folder holds, found in the background from the start of an incremental build. */
    private final FutureTask<SiteFolders.Listing> listing = new FutureTask<>(this::filesInTarget);
    /** The folders this build put files in or deleted files from (and those they are in). */
    private final Set<String> touched = new HashSet<>();

    /**
     * @param previous the last build's index, or null for a full build
     * @param index where that index is kept: deleted before the folder is changed in place, so a
     *     build killed half-way is followed by a full one
     * @param changed the input files changed since the last build, when they are only notes and
     *     their comments; null when anything else changed (every key is then made)
     */
    IncrementalSink(Path target, Path scratch, BuildIndex previous, Path index, Set<String> changed) {
        this.target = target.toAbsolutePath().normalize();
        this.staged = scratch.toAbsolutePath().normalize().resolve("." + this.target.getFileName() + ".carnet-staged");
        this.previous = previous;
        this.index = index;
        this.changed = previous == null ? null : changed;
        this.whole = previous == null ? new DirectorySink(target, scratch) : null;
        this.stagedFiles = new FolderWriter(staged);
        if (previous != null) {
            // What the folder holds is listed while the notes load and the pages render (26,000 files and folders on
            // 10,000 notes): begun at the end, the build waited for it.
            Thread lister = new Thread(listing, "carnet-site-listing");
            lister.setDaemon(true);
            lister.start();
        }
    }

    /** Each file of the site and its key, for the next build's index (once the build is done: not copied). */
    Map<String, Long> outputs() {
        return Collections.unmodifiableMap(outputs);
    }

    /** The digest {@link #listing} was given, for the next build's index. */
    long listing() {
        return shown;
    }

    /** How many files were kept by their inputs alone, their keys not made. */
    int untouched() {
        return untouched.get();
    }

    /** How many files this build wrote (all of them in a full build). */
    int written() {
        return written.get();
    }

    @Override
    public void open() {
        if (whole != null) {
            whole.open();
            return;
        }
        try {
            DirectorySink.delete(staged);
            Files.createDirectories(staged);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean keep(String path, long key) {
        Long before = previous == null ? null : previous.outputs().get(path);
        if (before == null || before != key) {
            return false;
        }
        outputs.put(path, key);
        return true;
    }

    @Override
    public void listing(long digest) {
        shown = digest;
        byInputs = changed != null && previous.listing() == digest;
    }

    /**
     * Kept with its last key when only notes changed, what the pages show of them is the same
     * ({@link SiteListing}), and none of the file's inputs is among the changed: of 13,000 pages
     * after one note's body was edited, its page and the feeds and lists that carry it.
     */
    @Override
    public boolean keepUnchanged(String path, List<String> inputs) {
        if (!byInputs) {
            return false;
        }
        for (String input : inputs) {
            if (changed.contains(input)) {
                return false;
            }
        }
        Long before = previous.outputs().get(path);
        if (before == null) {
            return false;
        }
        outputs.put(path, before);
        untouched.incrementAndGet();
        return true;
    }

    @Override
    public void accept(OutputFile file, long key) {
        outputs.put(file.path(), key);
        written.incrementAndGet();
        if (whole != null) {
            whole.accept(file);
        } else {
            stagedFiles.write(file.path(), file.content());
        }
    }

    /** A file without a key of its own (sitemap, robots.txt, assets): written only when its bytes changed. */
    @Override
    public void accept(OutputFile file) {
        long key = XxHash64.hash(file.content());
        if (!keep(file.path(), key)) {
            accept(file, key);
        }
    }

    /** A static file, copied again only when its stamp (size, time, identity) changed. */
    @Override
    public void copy(String path, Path source) {
        long key = InputStamps.Stamp.of(source).key();
        if (keep(path, key)) {
            return;
        }
        outputs.put(path, key);
        written.incrementAndGet();
        if (whole != null) {
            whole.copy(path, source);
        } else {
            stagedFiles.copy(path, source);
        }
    }

    @Override
    public void commit() {
        if (whole != null) {
            whole.commit();
            return;
        }
        try {
            BuildIndex.forget(index);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(staged)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path into = target.resolve(staged.relativize(file));
                DirectorySink.foldersInside(target, into.getParent());
                move(file, into);
                SiteFolders.foldersOf(SiteFolders.sitePath(target, into), touched);
            }
            // Whatever else is in the folder goes, as a full build's swap would drop it: the last
            // build's files no longer made, and anything put there by hand.
            for (String path : listing.get().files()) {
                if (outputs.containsKey(path)) {
                    continue;
                }
                Path file = target.resolve(path);
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // a link or a file where a folder goes, which foldersInside just made a folder
                }
                Files.deleteIfExists(file);
                SiteFolders.foldersOf(path, touched);
                removeEmptyFolders(file.getParent());
            }
            DirectorySink.delete(staged);
        } catch (IOException | UncheckedIOException e) {
            throw failure(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        } catch (ExecutionException e) {
            throw failure(e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(new IOException(e));
        }
    }

    @Override
    public void abort() {
        if (whole != null) {
            whole.abort();
            return;
        }
        try {
            DirectorySink.delete(staged);
        } catch (IOException ignored) {
            // the build's own error is what the author needs to see
        }
    }

    /** A note deleted leaves its page's folder empty: it goes too, up to the site's top. */
    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(target) && !dir.equals(target); dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private SiteFolders.Listing filesInTarget() throws IOException {
        return SiteFolders.list(target, previous.folders(), previous.outputs().keySet());
    }

    /**
     * The stamps of the folder's folders for the next build's index, once {@link #commit} is done.
     * @param started the file system's clock as the build began (an incremental build found the folders then)
     * @param clockFolder where to read the clock now, after a full build
     */
    Map<String, InputStamps.Stamp> folders(FileClock started, Path clockFolder) {
        if (whole != null) {
            return SiteFolders.forNextBuild(SiteFolders.stamped(target, outputs.keySet()), Set.of(),
                    FileClock.of(clockFolder));
        }
        try {
            return SiteFolders.forNextBuild(listing.get().folders(), touched, started);
        } catch (ExecutionException e) {
            return Map.of(); // commit failed on it first: no index is written
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private CarnetException failure(IOException e) {
        return new CarnetException(Phrase.of("site.cannotWriteTo", target, e.getMessage()), e);
    }
}
