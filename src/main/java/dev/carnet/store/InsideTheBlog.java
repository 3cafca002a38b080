package dev.carnet.store;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A link in the blog may point anywhere on the disk ({@code static/key -> ~/.ssh/id_ed25519}):
 * carnet reads, builds and publishes only files whose real place is inside the blog folder.
 */
public final class InsideTheBlog {
    private final Path root;
    private final Path realRoot;

    public InsideTheBlog(Path blogRoot) {
        this.root = blogRoot.toAbsolutePath().normalize();
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root;
        }
        this.realRoot = real;
    }

    /**
     * @param file a file of the blog, a link or under a linked folder maybe
     * @throws CarnetException naming the file and where it leads, when that is outside the blog
     */
    public void check(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new CarnetException(shown(file), 0, Phrase.of("link.nowhere", e.getMessage()), e);
        }
        if (!real.startsWith(realRoot)) {
            throw new CarnetException(shown(file), 0, Phrase.of("link.outside", real), null);
        }
    }

    /** Whether {@code file} or a folder it is in (up to the blog) is a link: only those need {@link #check}. */
    public boolean linked(Path file) {
        for (Path p = file.toAbsolutePath().normalize(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }

    public void checkIfLinked(Path file) {
        if (linked(file)) {
            check(file);
        }
    }

    private String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace(File.separatorChar, '/') : abs.toString();
    }
}
