package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether a build may replace a folder. A build swaps the whole folder for the new site,
 * so a wrong {@code -o} would delete what it held: only a missing or empty folder, a site carnet
 * built (it holds {@link #MARKER}) or the blog's own {@code public/} may be replaced, and never
 * the blog, a folder holding it, or one of its own folders.
 */
public final class OutputFolder {
    /** Written at the top of every site carnet builds into a folder. */
    public static final String MARKER = ".carnet-site";
    static final String MARKER_TEXT = "This folder is a site built by carnet; carnet build replaces it whole.\n";
    /** The blog's own folders and files: a build may never land in them. */
    private static final Set<String> BLOG_PARTS = Set.of("notes", "pages", "static", "templates", "comments",
            ".git", ".carnet", "carnet.yml", ".gitignore");

    private OutputFolder() {
    }

    /**
     * @param shown how to name the target in a message (as the author typed it)
     * @throws CarnetException naming the folder and what to do, when it may not be replaced
     */
    public static void checkReplaceable(Path blogRoot, Path target, String shown) {
        Path blog = real(blogRoot);
        Path out = real(target);
        if (blog.startsWith(out)) {
            throw refused(shown, Phrase.of(out.equals(blog) ? "output.isBlog" : "output.holdsBlog"));
        }
        if (out.startsWith(blog)) {
            String first = blog.relativize(out).getName(0).toString();
            if (BLOG_PARTS.contains(first)) {
                throw refused(shown, Phrase.of("output.inBlog", first));
            }
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw refused(shown, Phrase.of("output.file"));
        }
        if (out.equals(blog.resolve("public")) || Files.isRegularFile(out.resolve(MARKER))) {
            return;
        }
        List<String> found = firstEntries(out);
        if (!found.isEmpty()) {
            throw refused(shown, Phrase.of("output.foreign", String.join(", ", found) + (found.size() == 3 ? ", …" : "")));
        }
    }

    private static CarnetException refused(String shown, Phrase why) {
        return new CarnetException(Phrase.of("output.refused", shown, why));
    }

    private static List<String> firstEntries(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().limit(3).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path with every existing part's links resolved, so a link to the blog is the blog. */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
