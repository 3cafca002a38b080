package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.Comment;
import dev.carnet.model.FrontMatter;
import dev.carnet.model.Note;
import dev.carnet.model.Notebook;
import dev.carnet.model.Slug;
import dev.carnet.model.TagName;
import dev.carnet.model.TextFolding;
import dev.carnet.serve.Preview;
import dev.carnet.site.BuildOptions;
import dev.carnet.store.Blog;
import dev.carnet.store.CommentFiles;
import dev.carnet.store.NoteDrafts;
import dev.carnet.store.NoteLookup;
import dev.carnet.store.NoteStore;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** The note use cases every front end shares: create, find, list, tag and search notes. */
public final class NoteService {
    private static final int LINES_PER_HIT = 3;

    private final Blog blog;
    private final NoteStore store;
    private final Clock clock;
    private Notebook notebook;

    public NoteService(Blog blog, Clock clock) {
        this.blog = blog;
        this.store = new NoteStore(blog);
        this.clock = clock;
    }

    public Blog blog() {
        return blog;
    }

    public Notebook notebook() {
        if (notebook == null) {
            notebook = store.load();
        }
        return notebook;
    }

    /** The blog's git side, for front ends that hold only this service. */
    public GitService git() {
        return new GitService(blog);
    }

    /** The editor on a copy of a note (see NoteEditing). */
    public NoteEditing editing() {
        return new NoteEditing(blog);
    }

    /** The blog's files as they are now, to notice changes made outside carnet. */
    public DiskStamp diskStamp() {
        return DiskStamp.of(blog);
    }

    /** A service of its own over the same blog, for another thread (it reads the notes anew). */
    public NoteService another() {
        return new NoteService(blog, clock);
    }

    public String blogTitle() {
        return blog.config().title();
    }

    /**
     * The live preview for the text UI: drafts and notes dated later shown too (the author is
     * looking at what they write), on {@code port} when free, else on any free port.
     */
    public RunningPreview preview(int port, Function<Phrase, String> say, Consumer<String> log) {
        try {
            return new RunningPreview(Preview.start(blog.root(), clock, new BuildOptions(true, true), port, say, log));
        } catch (CarnetException e) {
            if (!(e.getCause() instanceof BindException)) {
                throw e; // a broken carnet.yml is no better on another port
            }
            return new RunningPreview(Preview.start(blog.root(), clock, new BuildOptions(true, true), 0, say, log));
        }
    }

    public Locale language() {
        return blog.config().language();
    }

    /** Whether carnet.yml names the language (else the terminal's locale may choose the text UI's). */
    public boolean languageGiven() {
        return blog.config().languageGiven();
    }

    /** Reads the notes again at next use: files changed behind this service's back (a restore from git). */
    public void changedOnDisk() {
        notebook = null;
    }

    public Note read(String path) {
        return store.read(path);
    }

    /** The readers' comments of a note, in file order (none when it has no comments file). */
    public List<Comment> comments(Note note) {
        return new CommentFiles(blog).of(note.path());
    }

    /** Throws the one-line problem if the note (or page) at {@code path} cannot be read. */
    public void validate(String path) {
        store.validate(path);
        notebook = null;
    }

    public String resolve(String reference, Path workingDir) {
        return new NoteLookup(blog, notebook()).resolve(reference, workingDir);
    }

    public List<Note> list(NoteFilter filter) {
        return notebook().notes().stream().filter(filter).toList();
    }

    /** This month in the blog's time zone. */
    public YearMonth thisMonth() {
        return YearMonth.from(now());
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(blog.config().timezone()));
    }

    /** The month's note: created as a draft dated now, unless that month already has it. */
    public NewNote newNote(YearMonth month, String title, List<String> tags) {
        ZonedDateTime now = now();
        YearMonth target = month != null ? month : YearMonth.from(now);
        String noteTitle = title != null && !title.isBlank() ? title.strip() : blog.config().monthlyTitle().format(target);
        Slug slug = Slug.fromText(noteTitle);
        if (slug == null) {
            throw new CarnetException(Phrase.of("new.emptySlug", noteTitle));
        }
        String path = String.format("notes/%04d/%02d-%s.md", target.getYear(), target.getMonthValue(), slug.value());
        if (Files.exists(blog.resolve(path))) {
            return new NewNote(path, noteTitle, false);
        }
        OffsetDateTime date = now.withNano(0).toOffsetDateTime();
        store.create(path, NoteDrafts.newNote(noteTitle, date, cleanTags(tags), true, ""));
        notebook = null;
        return new NewNote(path, noteTitle, true);
    }

    /** Adds and removes tags; a tag is matched by its slug, so "Médiation" and "mediation" are one. */
    public TagChange tag(String path, List<String> add, List<String> remove) {
        List<List<String>> before = new ArrayList<>(1); // the tags as update() read them: one read of the file
        Note after = store.update(path, meta -> {
            before.add(meta.tags());
            return meta.withTags(retag(meta.tags(), add, remove));
        });
        notebook = null;
        return new TagChange(path, before.get(0), after.meta().tags());
    }

    public Note setDraft(String path, boolean draft) {
        Note note = store.update(path, meta -> meta.withDraft(draft));
        notebook = null;
        return note;
    }

    /** Every tag with its number of notes, most used first. */
    public Map<String, Integer> tagCounts() {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        notebook().tagCounts().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> TextFolding.fold(e.getKey())))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Renames a tag in every note that has it, one atomic write per note; returns the paths changed. */
    public List<String> renameTag(String oldTag, String newTag) {
        String oldKey = TagName.key(oldTag);
        if (oldKey.isEmpty() || TagName.key(newTag).isEmpty()) {
            throw new CarnetException(Phrase.of("tag.empty"));
        }
        List<String> changed = new ArrayList<>();
        for (Note note : notebook().notes()) {
            if (note.meta().tags().stream().anyMatch(t -> TagName.key(t).equals(oldKey))) {
                store.update(note.path(), meta -> meta.withTags(retag(meta.tags(), List.of(newTag), List.of(oldTag), true)));
                changed.add(note.path());
            }
        }
        notebook = null;
        return changed;
    }

    /** Notes whose title, tags or body hold every word of the query, ignoring case and accents. */
    public List<SearchHit> search(String query, String tag) {
        List<String> terms = Arrays.stream(TextFolding.fold(query).split("\\s+")).filter(t -> !t.isEmpty()).toList();
        if (terms.isEmpty()) {
            throw new CarnetException(Phrase.of("search.empty"));
        }
        NoteFilter filter = new NoteFilter(tag, null, null, null);
        return notebook().notes().parallelStream()
                .filter(filter)
                .map(note -> match(note, terms))
                .filter(hit -> hit != null)
                .toList();
    }

    private static SearchHit match(Note note, List<String> terms) {
        String heading = TextFolding.fold(note.title() + "\n" + String.join(" ", note.meta().tags()));
        String[] lines = note.body().split("\n", -1);
        String[] folded = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            folded[i] = TextFolding.fold(lines[i]);
        }
        for (String term : terms) {
            if (!heading.contains(term) && Arrays.stream(folded).noneMatch(line -> line.contains(term))) {
                return null;
            }
        }
        List<SearchHit.MatchedLine> matched = new ArrayList<>();
        for (int i = 0; i < lines.length && matched.size() < LINES_PER_HIT; i++) {
            String line = folded[i];
            if (terms.stream().anyMatch(line::contains)) {
                matched.add(new SearchHit.MatchedLine(note.bodyLine() + i, lines[i].strip()));
            }
        }
        return new SearchHit(note, matched);
    }

    private static List<String> retag(List<String> tags, List<String> add, List<String> remove) {
        return retag(tags, add, remove, false);
    }

    /** With {@code inPlace}, an added tag takes the place of the first removed one (for renames). */
    private static List<String> retag(List<String> tags, List<String> add, List<String> remove, boolean inPlace) {
        List<String> removeKeys = remove.stream().map(TagName::key).toList();
        List<String> result = new ArrayList<>();
        int firstRemoved = -1;
        for (String tag : tags) {
            if (removeKeys.contains(TagName.key(tag))) {
                firstRemoved = firstRemoved < 0 ? result.size() : firstRemoved;
            } else if (result.stream().noneMatch(t -> TagName.same(t, tag))) {
                result.add(tag);
            }
        }
        for (String tag : cleanTags(add)) {
            if (result.stream().noneMatch(t -> TagName.same(t, tag))) {
                if (inPlace && firstRemoved >= 0) {
                    result.add(firstRemoved, tag);
                } else {
                    result.add(tag);
                }
            }
        }
        return result;
    }

    private static List<String> cleanTags(List<String> tags) {
        List<String> clean = new ArrayList<>();
        for (String tag : tags) {
            String t = tag.strip();
            if (TagName.key(t).isEmpty()) {
                throw new CarnetException(Phrase.of("tag.empty"));
            }
            if (clean.stream().noneMatch(c -> TagName.key(c).equals(TagName.key(t)))) {
                clean.add(t);
            }
        }
        return clean;
    }

}
