package dev.carnet.store;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.FrontMatter;
import dev.carnet.model.ConflictMarkers;
import dev.carnet.model.Note;
import dev.carnet.model.NoteProblem;
import dev.carnet.model.Notebook;
import dev.carnet.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Reads and writes the notes of one blog; every write is atomic and keeps the body byte for byte. */
public final class NoteStore {
    private final Blog blog;
    private final NoteParser parser;

    private final ParsedNotes memory;

    public NoteStore(Blog blog) {
        this(blog, null);
    }

    /** @param parsed notes kept from earlier loads of the same blog (the preview), or null */
    public NoteStore(Blog blog, ParsedNotes parsed) {
        this.blog = blog;
        this.parser = new NoteParser(blog.config().timezone());
        this.memory = parsed;
        if (parsed != null) {
            parsed.use(blog.config());
        }
    }

    public Blog blog() {
        return blog;
    }

    /** Every note, parsed in parallel; unreadable notes and URL clashes become problems, not failures. */
    public Notebook load() {
        InsideTheBlog inside = new InsideTheBlog(blog.root());
        NoteListing listing = memory == null ? null : memory.listing();
        NoteListing.Walk kept = listing == null ? null : listing.reuse();
        Set<Path> links;
        Map<Path, BasicFileAttributes> stats;
        List<Path> files;
        if (kept != null) {
            inside.checkIfLinked(blog.notesDir());
            links = kept.links();
            stats = kept.stats();
            files = kept.files();
        } else {
            links = ConcurrentHashMap.newKeySet();
            stats = new HashMap<>();
            files = noteFiles(inside, links, stats);
            if (listing != null) {
                listing.walked(new NoteListing.Walk(files, stats, new HashSet<>(links)));
            }
        }
        List<Object> parsed = files.parallelStream().map(file -> {
            if (links.contains(file)) {
                try {
                    inside.check(file);
                } catch (CarnetException e) {
                    return new NoteProblem(blog.relative(file), e);
                }
            }
            return memory == null ? tryRead(file) : memory.get(file, blog.relative(file), stats.get(file), () -> tryRead(file));
        }).toList();
        List<Note> notes = new ArrayList<>();
        List<NoteProblem> problems = new ArrayList<>();
        Map<String, Note> byPermalink = new HashMap<>();
        for (Object result : parsed) {
            if (result instanceof NoteProblem problem) {
                problems.add(problem);
            } else if (result instanceof Note note) {
                Note earlier = byPermalink.putIfAbsent(note.permalinkKey(), note);
                if (earlier != null) {
                    problems.add(new NoteProblem(note.path(), new CarnetException(note.path(), 1,
                            Phrase.of("store.slugTaken", note.slug().value(), earlier.path(), note.permalinkKey()), null)));
                } else {
                    notes.add(note);
                }
            }
        }
        return new Notebook(notes, problems);
    }

    /**
     * The note's body: a note kept from the last build ({@link ParsedNotesFile}) comes without it,
     * and it is read from its file (unchanged since, by its stamp) only when a page needs it.
     */
    public String body(Note note) {
        if (memory == null || memory.bodyless(note.path()) == null) {
            return note.body();
        }
        return read(note.path()).body();
    }

    /**
     * The body line (1-based) of the note's first conflict marker, or 0: kept with a kept note (the
     * preview looked through ten thousand bodies again on every save, a third of its rebuild).
     */
    public int conflictLine(Note note) {
        ParsedNotes.Known kept = memory == null ? null : memory.known(note.path());
        return kept != null && kept.note() == note ? kept.conflictLine() : ConflictMarkers.firstLine(note.body());
    }

    /** One note by blog-relative path; a malformed note throws its one-line problem. */
    public Note read(String path) {
        new InsideTheBlog(blog.root()).checkIfLinked(blog.resolve(path));
        return parser.parseNote(path, bytes(path));
    }

    /** Reads any Markdown file of the blog the way carnet will: a note under notes/, else a page. */
    public void validate(String path) {
        if (path.startsWith("notes/")) {
            read(path);
        } else {
            parser.parsePage(path, bytes(path));
        }
    }

    /** The standalone pages under {@code pages/}, by path; a malformed page throws its problem. */
    public List<Page> loadPages() {
        Path pages = blog.root().resolve("pages");
        if (!Files.isDirectory(pages)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.list(pages)) {
            List<Page> result = new ArrayList<>();
            // Hidden files are editors' (.#about.md of emacs) or carnet's own temporary ones.
            InsideTheBlog inside = new InsideTheBlog(blog.root());
            inside.checkIfLinked(pages);
            for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                if (Files.isSymbolicLink(file)) {
                    inside.check(file);
                }
                String path = blog.relative(file);
                result.add(parser.parsePage(path, bytes(path)));
            }
            return result;
        } catch (IOException e) {
            throw new CarnetException("pages/", 0, Phrase.of("store.cannotListPages", e.getMessage()), e);
        }
    }

    /** Writes a new note; refuses to replace an existing file. */
    public Note create(String path, String content) {
        Path file = blog.resolve(path);
        Note note = parser.parseNote(path, content.getBytes(StandardCharsets.UTF_8));
        AtomicFiles.create(file, content.getBytes(StandardCharsets.UTF_8));
        return note;
    }

    /**
     * Changes a note's front matter from what is on disk now (not from a stale copy), rewriting only
     * the changed keys, then checks the new file reads back as intended before replacing the old.
     */
    public Note update(String path, UnaryOperator<FrontMatter> change) {
        // Read, change and write under the blog's writer lock: another carnet's change in between would be lost.
        return WriterLock.around(blog.root(), () -> updateLocked(path, change));
    }

    private Note updateLocked(String path, UnaryOperator<FrontMatter> change) {
        byte[] before = bytes(path);
        Note note = parser.parseNote(path, before);
        FrontMatter wanted = change.apply(note.meta());
        if (wanted.equals(note.meta())) {
            return note;
        }
        String whole = new String(before, StandardCharsets.UTF_8);
        // A byte-order mark (Windows editors write one) stays: only the changed keys' lines change.
        String mark = whole.startsWith("\uFEFF") ? "\uFEFF" : "";
        NoteText text = NoteText.split(whole.substring(mark.length()), path);
        NoteText edited = text.withHeader(new FrontMatterEditor(text.headerLines()).apply(note.meta(), wanted));
        byte[] after = (mark + edited.join()).getBytes(StandardCharsets.UTF_8);
        Note written = parser.parseNote(path, after);
        if (!written.meta().equals(wanted) || !written.body().equals(note.body())) {
            throw new CarnetException(path, 1, Phrase.of("store.unsafeRewrite"), null);
        }
        AtomicFiles.write(blog.resolve(path), after);
        return written;
    }

    /** Every {@code *.md} under {@code notes/}, including misnamed ones (they get a problem). */
    public List<Path> noteFiles() {
        return noteFiles(new InsideTheBlog(blog.root()), new HashSet<>(), new HashMap<>());
    }

    /**
     * @param links filled with the files that are links (they must lead inside the blog)
     * @param stats filled with the stat the walk read of each file that is not a link
     */
    private List<Path> noteFiles(InsideTheBlog inside, Set<Path> links, Map<Path, BasicFileAttributes> stats) {
        Path notes = blog.notesDir();
        if (!Files.isDirectory(notes)) {
            return List.of();
        }
        inside.checkIfLinked(notes);
        // find() hands over the attributes the walk read: no second stat per file (but a link is followed).
        try (Stream<Path> walk = Files.find(notes, Integer.MAX_VALUE, (p, attributes) -> NoteListing.take(p, attributes, links, stats))) {
            return walk.sorted().toList();
        } catch (IOException e) {
            throw new CarnetException("notes/", 0, Phrase.of("store.cannotListNotes", e.getMessage()), e);
        }
    }

    private Object tryRead(Path file) {
        String path = blog.relative(file);
        try {
            return parser.parseNote(path, bytes(path)); // links were checked by load()
        } catch (CarnetException e) {
            return new NoteProblem(path, e);
        } catch (RuntimeException e) {
            // A listing must survive any file; the note is named so the author can look at it.
            return new NoteProblem(path, new CarnetException(path, 0, Phrase.of("store.unreadable", e.toString()), e));
        }
    }

    private byte[] bytes(String path) {
        try {
            return Files.readAllBytes(blog.resolve(path));
        } catch (NoSuchFileException e) {
            throw new CarnetException(path, 0, Phrase.of("store.noSuchNote"), null);
        } catch (IOException e) {
            throw new CarnetException(path, 0, Phrase.of("file.cannotRead", e.getMessage()), e);
        }
    }
}
