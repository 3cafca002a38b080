package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes the site into a fresh folder next to the output while it is rendered, then swaps it in:
 * readers of {@code public/} never see half a site, and files of earlier builds that no longer
 * belong go.
 */
public final class DirectorySink implements OutputSink {
    private final Path target;
    private final Path next;
    private final Path old;
    private final FolderWriter files;

    /** @param scratch a folder on the same disk for the new and the old site (e.g. {@code .carnet/}) */
    public DirectorySink(Path target, Path scratch) {
        this.target = target.toAbsolutePath().normalize();
        Path work = scratch.toAbsolutePath().normalize();
        // Carnet's own names: the scratch folder may be the author's (the parent of -o DIR).
        this.next = work.resolve("." + this.target.getFileName() + ".carnet-next");
        this.old = work.resolve("." + this.target.getFileName() + ".carnet-old");
        this.files = new FolderWriter(next);
    }

    @Override
    public void open() {
        try {
            finishInterruptedSwap();
            delete(next);
            delete(old);
            Files.createDirectories(next);
            Files.writeString(next.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void accept(OutputFile file) {
        files.write(file.path(), file.content());
    }

    @Override
    public void copy(String relative, Path source) {
        files.copy(relative, source);
    }

    @Override
    public void commit() {
        try {
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(next, target, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * A carnet killed between {@link #commit()}'s two renames left no site at all: the old one
     * moved aside, the new one (complete: commit comes after the last file) not yet in place.
     * Finish the swap, so the folder holds the newer site again before anything is deleted.
     */
    private void finishInterruptedSwap() throws IOException {
        if (!Files.exists(target) && Files.isDirectory(old) && Files.isRegularFile(next.resolve(OutputFolder.MARKER))) {
            Files.move(next, target, StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.exists(target) && Files.isDirectory(old)) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public void abort() {
        try {
            delete(next);
        } catch (IOException ignored) {
            // the build's own error is what the author needs to see
        }
    }

    private CarnetException failure(IOException e) {
        return new CarnetException(Phrase.of("site.cannotWriteTo", target, e.getMessage()), e);
    }

    /**
     * Makes the folders from {@code top} down to {@code folder}, replacing a link or a file found
     * where one goes (put there by hand, it would go anyway): what is then written there lands in
     * the site, not wherever a link leads.
     */
    static void foldersInside(Path top, Path folder) throws IOException {
        Path at = top;
        for (Path name : top.relativize(folder)) {
            at = at.resolve(name);
            // Not following links: a link, even to a folder, is not one of the site's folders.
            if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(at);
            }
            if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(at);
            }
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
