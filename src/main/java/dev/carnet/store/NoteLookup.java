package dev.carnet.store;

import dev.carnet.error.NoteNotFoundException;
import dev.carnet.error.Phrase;
import dev.carnet.model.Note;
import dev.carnet.model.NoteProblem;
import dev.carnet.model.Notebook;
import dev.carnet.model.Slug;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the note a person means: a path ({@code notes/2024/06-x.md}, relative to where they
 * stand), a month ({@code 2024-06}), a slug, the start of a slug, or words of it ({@code juin}). Answers with the note's
 * blog-relative path so that even a malformed note can still be opened in an editor.
 */
public final class NoteLookup {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern FILE_NAME = Pattern.compile("\\d{2}-(.+)\\.md");
    private static final int LISTED = 8;

    private final Blog blog;
    private final Notebook notebook;

    public NoteLookup(Blog blog, Notebook notebook) {
        this.blog = blog;
        this.notebook = notebook;
    }

    public String resolve(String reference, Path workingDir) {
        String ref = reference.strip();
        if (ref.isEmpty()) {
            throw new NoteNotFoundException(Phrase.of("lookup.noneGiven"), List.of());
        }
        if (ref.contains("/") || ref.endsWith(".md")) {
            return byPath(ref, workingDir);
        }
        if (MONTH.matcher(ref).matches()) {
            YearMonth month = YearMonth.parse(ref);
            return unique(ref, candidates(n -> n.month().equals(month), p -> monthOf(p).equals(ref)),
                    Phrase.of("lookup.noMonth", ref));
        }
        String slug = Slug.slugify(ref);
        List<String> exact = candidates(n -> n.slug().value().equals(slug) || stem(n.path()).equals(slug),
                p -> stem(p).equals(slug));
        if (!exact.isEmpty()) {
            return unique(ref, exact, null);
        }
        List<String> prefix = candidates(n -> n.slug().value().startsWith(slug) || stem(n.path()).startsWith(slug),
                p -> stem(p).startsWith(slug));
        if (!prefix.isEmpty()) {
            return unique(ref, prefix, null);
        }
        // Last, whole words inside the slug: "juin-2024" finds "notes-de-juin-2024".
        String word = "-" + slug;
        List<String> inside = candidates(n -> ("-" + n.slug().value()).contains(word) || ("-" + stem(n.path())).contains(word),
                p -> ("-" + stem(p)).contains(word));
        return unique(ref, inside, Phrase.of("lookup.noMatch", ref));
    }

    private String byPath(String ref, Path workingDir) {
        Path file;
        try {
            file = workingDir.resolve(ref).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new NoteNotFoundException(Phrase.of("lookup.noPath", ref), List.of());
        }
        if (!file.startsWith(blog.root())) {
            file = blog.root().resolve(ref).toAbsolutePath().normalize();
        }
        String path = blog.relative(file);
        boolean known = notebook.notes().stream().anyMatch(n -> n.path().equals(path))
                || notebook.problems().stream().anyMatch(p -> p.path().equals(path));
        if (!known && path.startsWith("pages/") && path.endsWith(".md") && Files.isRegularFile(file)) {
            return path;
        }
        if (!known) {
            throw new NoteNotFoundException(Phrase.of("lookup.noPath", path), List.of());
        }
        return path;
    }

    private List<String> candidates(Predicate<Note> noteMatches, Predicate<String> brokenMatches) {
        Set<String> paths = new LinkedHashSet<>();
        for (Note note : notebook.notes()) {
            if (noteMatches.test(note)) {
                paths.add(note.path());
            }
        }
        for (NoteProblem problem : notebook.problems()) {
            if (brokenMatches.test(problem.path())) {
                paths.add(problem.path());
            }
        }
        return new ArrayList<>(paths);
    }

    private static String unique(String ref, List<String> paths, Phrase noneMessage) {
        if (paths.size() == 1) {
            return paths.get(0);
        }
        if (paths.isEmpty()) {
            throw new NoteNotFoundException(noneMessage, List.of());
        }
        String listed = String.join(", ", paths.subList(0, Math.min(LISTED, paths.size())));
        throw new NoteNotFoundException(Phrase.of("lookup.several", ref, paths.size(), listed, Math.max(0, paths.size() - LISTED)), paths);
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        var m = FILE_NAME.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    private static String monthOf(String path) {
        String[] parts = path.split("/");
        if (parts.length == 3 && parts[2].length() > 2) {
            return parts[1] + "-" + parts[2].substring(0, 2);
        }
        return "";
    }
}
