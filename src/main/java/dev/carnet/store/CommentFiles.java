package dev.carnet.store;

import dev.carnet.config.SafeYaml;
import dev.carnet.config.YamlMap;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.error.Utf8Text;
import dev.carnet.model.Comment;
import dev.carnet.model.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Readers' comments, one file per note beside it: {@code notes/2024/06-x.md} has its comments in
 * {@code comments/2024/06-x.yml}. Read-only for carnet. The format has no e-mail or IP field, and
 * any key it does not know is an error rather than ignored: what the file may hold is what the
 * site may show.
 */
public final class CommentFiles {
    public static final String DIR = "comments";
    private static final Set<String> KEYS = Set.of("id", "parent", "author", "url", "date", "text");

    private final Blog blog;
    private final NoteParser dates;

    public CommentFiles(Blog blog) {
        this.blog = blog;
        this.dates = new NoteParser(blog.config().timezone());
    }

    /** {@code notes/2024/06-x.md} → {@code comments/2024/06-x.yml} */
    public static String fileOf(String notePath) {
        return DIR + notePath.substring("notes".length(), notePath.length() - ".md".length()) + ".yml";
    }

    /** {@code comments/2024/06-x.yml} → {@code notes/2024/06-x.md} */
    static String noteOf(String commentPath) {
        return "notes" + commentPath.substring(DIR.length(), commentPath.length() - ".yml".length()) + ".md";
    }

    /** The comments of one note, in file order (none without a file). */
    public List<Comment> of(String notePath) {
        String path = fileOf(notePath);
        Path file = blog.resolve(path);
        return Files.isRegularFile(file) ? parse(path, read(file, path)) : List.of();
    }

    /**
     * Every comments file, by the path of its note; a file whose note does not exist is an error
     * (its comments would silently never be shown).
     */
    public Map<String, List<Comment>> all() {
        Path dir = blog.root().resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        InsideTheBlog inside = new InsideTheBlog(blog.root());
        inside.checkIfLinked(dir);
        Map<String, List<Comment>> byNote = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(".yml") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                if (Files.isSymbolicLink(file)) {
                    inside.check(file);
                }
                String path = blog.relative(file);
                String note = noteOf(path);
                if (!Files.isRegularFile(blog.root().resolve(note))) {
                    throw new CarnetException(path, 0, Phrase.of("comments.noNote", note), null);
                }
                byNote.put(note, parse(path, read(file, path)));
            }
        } catch (IOException e) {
            throw new CarnetException(DIR + "/", 0, Phrase.of("site.cannotList", e.getMessage()), e);
        }
        return byNote;
    }

    private static String read(Path file, String path) {
        try {
            return Utf8Text.decode(Files.readAllBytes(file), path);
        } catch (IOException e) {
            throw new CarnetException(path, 0, Phrase.of("file.cannotRead", e.getMessage()), e);
        }
    }

    List<Comment> parse(String path, String text) {
        YamlMap yaml = SafeYaml.parseMapping(text, path, 1, "a comments file");
        for (String key : yaml.keys()) {
            if (!key.equals("comments")) {
                throw new CarnetException(path, yaml.line(key), Phrase.of("comments.unknownTop", key), null);
            }
        }
        List<Comment> comments = new ArrayList<>();
        Map<String, YamlMap> items = new HashMap<>();
        for (YamlMap item : yaml.mapList("comments")) {
            Comment comment = comment(item, path);
            YamlMap earlier = items.putIfAbsent(comment.id(), item);
            if (earlier != null) {
                throw item.error("id", Phrase.of("comments.sameId", comment.id(), String.valueOf(earlier.line("id"))));
            }
            comments.add(comment);
        }
        Map<String, Comment> byId = new HashMap<>();
        comments.forEach(c -> byId.put(c.id(), c));
        for (Comment comment : comments) {
            threadRoot(comment, byId, items, path);
        }
        return comments;
    }

    private Comment comment(YamlMap item, String path) {
        for (String key : item.keys()) {
            if (!KEYS.contains(key)) {
                throw new CarnetException(path, item.line(key), Phrase.of("comments.unknownKey", key,
                        String.join(", ", new TreeSet<>(KEYS))), null);
            }
        }
        String id = id(item, "id");
        if (id == null) {
            throw item.error("id", Phrase.of("comments.noId"));
        }
        String author = item.requiredText("author").strip();
        String url = item.text("url");
        // An address that is not http(s) is left out, not refused: the comment is still worth showing.
        String site = url != null && SitePaths.isWebUrl(url.strip()) ? url.strip() : null;
        OffsetDateTime date = dates.dateTime(item, "date");
        if (date == null) {
            throw item.error("date", Phrase.of("comments.noDate"));
        }
        // An empty text is kept (a comment emptied by an import's clean-up still holds its replies' thread).
        String text = item.text("text");
        if (text == null && !item.keys().contains("text")) {
            throw item.error("text", Phrase.of("comments.noText"));
        }
        return new Comment(id, id(item, "parent"), author, site, date, text == null ? "" : text);
    }

    private static String id(YamlMap item, String key) {
        if (!item.has(key)) {
            return null;
        }
        Object raw = item.raw(key);
        if (!(raw instanceof String) && !(raw instanceof Integer) && !(raw instanceof Long)) {
            throw item.error(key, Phrase.of("comments.idShape"));
        }
        return item.text(key).strip();
    }

    /** A reply must lead, parent by parent, to a comment that replies to nobody. */
    private static void threadRoot(Comment comment, Map<String, Comment> byId, Map<String, YamlMap> items, String path) {
        Comment at = comment;
        for (int steps = 0; at.parent() != null; steps++) {
            Comment parent = byId.get(at.parent());
            if (parent == null) {
                throw new CarnetException(path, items.get(at.id()).line("parent"), Phrase.of("comments.noParent", at.id(), at.parent()),
                        null);
            }
            if (steps > byId.size()) {
                throw new CarnetException(path, items.get(comment.id()).line("parent"), Phrase.of("comments.loop", comment.id()), null);
            }
            at = parent;
        }
    }
}
