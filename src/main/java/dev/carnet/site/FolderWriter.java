package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a site's files under one folder (the next site of a full build, the staged files of an
 * incremental one), from several threads; a site path may never lead out of it.
 */
final class FolderWriter {
    private final Path root;

    FolderWriter(Path root) {
        this.root = root;
    }

    void write(String relative, byte[] content) {
        try {
            Path path = inside(relative);
            Files.createDirectories(path.getParent());
            Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void copy(String relative, Path source) {
        try {
            Path path = inside(relative);
            Files.createDirectories(path.getParent());
            Files.copy(source, path, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path inside(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new CarnetException(Phrase.of("site.outside", relative));
        }
        return path;
    }
}
