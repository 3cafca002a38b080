package dev.carnet.store;

import dev.carnet.config.BlogConfig;
import dev.carnet.config.ConfigLoader;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** A blog folder and its settings. Every path the store writes stays inside {@code root}. */
public record Blog(Path root, BlogConfig config) {

    public Blog {
        root = root.toAbsolutePath().normalize();
    }

    /** Opens the blog at {@code root} exactly (no search upward). */
    /** The folders of the author's content: what a build reads, a commit takes and the preview watches. */
    public static final List<String> CONTENT_FOLDERS = List.of("notes", "pages", "comments", "static", "templates");
    /** The files of the author's content at the blog's top. */
    public static final List<String> CONTENT_FILES = List.of("carnet.yml", "redirects.yml");

    public static Blog open(Path root) {
        return new Blog(root, ConfigLoader.load(root));
    }

    /** Finds the blog like git finds its repository: {@code start}, then each parent in turn. */
    public static Blog find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(ConfigLoader.FILE_NAME))) {
                return open(d);
            }
        }
        throw new CarnetException(Phrase.of("blog.notFound", ConfigLoader.FILE_NAME, dir));
    }

    public static boolean isBlog(Path dir) {
        return Files.isRegularFile(dir.resolve(ConfigLoader.FILE_NAME));
    }

    public Path notesDir() {
        return root.resolve("notes");
    }

    /** The absolute file of a blog-relative path, refusing anything that would leave the blog. */
    public Path resolve(String relative) {
        Path resolved;
        try {
            resolved = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            // A NUL byte (a YAML "\0", a pasted name): no file has that name, say so in one line.
            throw new CarnetException(relative, 0, Phrase.of("blog.invalidPath", e.getReason()), null);
        }
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new CarnetException(relative, 0, Phrase.of("blog.outside", root), null);
        }
        return resolved;
    }

    /** The blog-relative form of a file, with '/' separators. */
    public String relative(Path file) {
        // Ten thousand notes a build: a file named under the folder (no "." or ".." in the way) is cut from its text.
        String cut = file.isAbsolute() && !file.toString().contains(File.separator + ".") ? FolderText.under(root.toString(), file) : null;
        if (cut != null) {
            return cut;
        }
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            throw new CarnetException(file.toString(), 0, Phrase.of("blog.outside", root), null);
        }
        return root.relativize(abs).toString().replace(File.separatorChar, '/');
    }
}
