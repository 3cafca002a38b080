package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.error.NoteFormatException;
import dev.carnet.error.Phrase;
import dev.carnet.markdown.MarkdownRenderer;
import dev.carnet.markdown.Rendered;
import dev.carnet.model.Comment;
import dev.carnet.model.ConflictMarkers;
import dev.carnet.model.Note;
import dev.carnet.model.NoteProblem;
import dev.carnet.model.Notebook;
import dev.carnet.model.Page;
import dev.carnet.model.PublishedAddresses;
import dev.carnet.store.Blog;
import dev.carnet.store.CommentFiles;
import dev.carnet.store.NoteStore;
import dev.carnet.store.ParsedNotes;
import dev.carnet.store.PublishedAddressesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load and markdown phases: every note to publish, rendered once (in parallel), with tags and
 * warnings. A note that cannot be read stops the build, naming the file: it is never dropped.
 *
 * @param nextPublication when the first note left out for being dated in the future is due (the
 *     site then changes with no file changing), or null
 * @param photos the photos the notes and pages show, whose {@code <img>} were made responsive
 * @param published the addresses the site was published at before (its old addresses, its feed ids)
 */
public record SiteContent(List<SiteNote> notes, List<SitePage> pages, TagSlugs tagSlugs, Map<String, String> tagNames,
                          Map<String, List<SiteNote>> notesByTag, Map<String, String> urlsByFile, List<Phrase> warnings,
                          int renderedNotes, Instant nextPublication, Photos photos, PublishedAddresses published) {

    public static SiteContent load(Blog blog, MarkdownRenderer markdown, SiteUrls urls, BuildOptions options, Clock clock) {
        return load(blog, markdown, urls, options, clock, null);
    }

    /** @param memory what the last builds of this blog in this process kept (the preview), or null */
    public static SiteContent load(Blog blog, MarkdownRenderer markdown, SiteUrls urls, BuildOptions options, Clock clock,
            BuildMemory memory) {
        return load(blog, markdown, urls, options, clock, memory, null);
    }

    /** @param parsed the notes the last build in another process parsed (kept on disk by {@code ParsedNotesFile}), or null */
    static SiteContent load(Blog blog, MarkdownRenderer markdown, SiteUrls urls, BuildOptions options, Clock clock,
            BuildMemory memory, ParsedNotes parsed) {
        NoteStore store = new NoteStore(blog, memory != null ? memory.notes() : parsed);
        Notebook notebook = store.load();
        if (!notebook.problems().isEmpty()) {
            // A conflict in the front matter makes it unreadable YAML: say what it really is.
            notebook.problems().forEach(p -> refuseConflict(p.path(), readQuietly(blog, p.path()), 1));
            int more = notebook.problems().size() - 1;
            NoteProblem first = notebook.problems().get(0);
            Phrase problem = first.failure() instanceof CarnetException carnet ? carnet.whole() : Phrase.of("raw", first.message());
            throw new CarnetException(Phrase.of("build.badNotes", problem, more));
        }
        Instant now = clock.instant();
        Instant nextPublication = null;
        // One loop, not two streams: on every build of ten thousand notes, the streams were 8 % of a preview's rebuild.
        List<Note> published = new ArrayList<>(notebook.notes().size());
        for (Note n : notebook.notes()) {
            if (options.drafts() || !n.isDraft()) {
                Instant date = n.meta().date().toInstant();
                if (options.future() || !date.isAfter(now)) {
                    published.add(n);
                } else if (nextPublication == null || date.isBefore(nextPublication)) {
                    nextPublication = date;
                }
            }
        }
        published = Collections.unmodifiableList(published);
        List<Page> pages;
        try {
            pages = store.loadPages();
        } catch (CarnetException e) {
            e.file().ifPresent(file -> refuseConflict(file, readQuietly(blog, file), 1));
            throw e;
        }
        pages.forEach(p -> refuseConflict(p.path(), p.body(), p.bodyLine()));

        PublishedAddresses before = PublishedAddressesFile.read(blog.root()).orElse(PublishedAddresses.NONE);
        Map<String, String> urlsByFile = new HashMap<>();
        published.forEach(n -> urlsByFile.put(n.path(), urls.note(n)));
        pages.forEach(p -> urlsByFile.put(p.path(), urls.page(p)));

        // Read whole before rendering: a comments file without its note stops the build early.
        Map<String, List<Comment>> comments = new CommentFiles(blog).all();
        AtomicInteger renderedNotes = new AtomicInteger();
        // After the render cache and the preview's memory: the HTML they keep is the Markdown's alone, the photos' sizes are read each build.
        StaticNames statics = StaticNames.of(blog.root());
        Photos photos = new Photos(blog.root(), urls, statics);
        List<SiteNote> notes;
        if (memory != null) {
            memory.use(markdown.options() + "\n" + urls.basePath());
        }
        // A warm memory knows every note but the one just saved: the pack on disk is not worth opening.
        boolean disk = options.cache() && (memory == null || !memory.warm());
        try (RenderCache cache = new RenderCache(blog.root().resolve(".carnet/cache"), markdown.options(), urls,
                disk ? CarnetVersion.identity() : null)) {
            notes = Parallel.map(published, n -> {
                refuseConflictAt(n.path(), store.conflictLine(n), n.bodyLine());
                // A summary in the front matter spares rendering the first paragraph again.
                boolean summary = !n.meta().hasSummary();
                RenderCache.Key key = new RenderCache.Key(n.path(), n.fingerprint(), summary);
                HashedRendering rendered = memory == null ? null : memory.get(key, urlsByFile);
                if (rendered == null) {
                    // The addresses the HTML used matter only to a memory that keeps it: a CLI build collects none.
                    Map<String, String> used = memory == null ? null : new HashMap<>();
                    rendered = cache.get(key, urlsByFile, used);
                    if (rendered == null) {
                        NoteLinks links = new NoteLinks(urls, urlsByFile, n.path());
                        rendered = CacheCodec.hashed(render(markdown, n.path(), n.bodyLine(), store.body(n), links, n.title(),
                                summary ? null : n.meta().summary()));
                        cache.put(key, rendered, links.dependencies());
                        renderedNotes.incrementAndGet();
                        used = links.dependencies();
                    }
                    if (memory != null) {
                        memory.put(key, rendered, used);
                    }
                }
                String url = urlsByFile.get(n.path());
                rendered = photos.responsive(n.path(), rendered);
                String absolute = urls.absolute(url);
                return new SiteNote(n, rendered.rendered(), rendered.hash(), url, absolute, before.id(n.path(), absolute),
                        comments.getOrDefault(n.path(), List.of()));
            });
            cache.save();
        }
        List<SitePage> sitePages = pages.stream()
                .map(p -> new SitePage(p, photos.responsive(p.path(),
                        render(markdown, p.path(), p.bodyLine(), p.body(), new NoteLinks(urls, urlsByFile, p.path()), p.title(), null)),
                        urls.page(p)))
                .toList();

        // Loops, not streams, over every note of every build: under C1 a stream costs several times its loop.
        Set<String> allTags = new LinkedHashSet<>();
        for (SiteNote note : notes) {
            allTags.addAll(note.note().meta().tags());
        }
        TagSlugs tagSlugs = TagSlugs.of(allTags);
        Map<String, String> tagNames = new TreeMap<>();
        Map<String, List<SiteNote>> byTag = new LinkedHashMap<>();
        for (SiteNote note : notes) {
            for (String tag : note.note().meta().tags()) {
                String slug = tagSlugs.of(tag);
                tagNames.putIfAbsent(slug, tag);
                List<SiteNote> tagged = byTag.computeIfAbsent(slug, k -> new ArrayList<>());
                if (tagged.isEmpty() || tagged.get(tagged.size() - 1) != note) {
                    tagged.add(note);
                }
            }
        }
        Map<String, List<SiteNote>> sortedByTag = new TreeMap<>();
        byTag.forEach((slug, list) -> sortedByTag.put(slug, Collections.unmodifiableList(list)));
        return new SiteContent(notes, sitePages, tagSlugs, tagNames, sortedByTag, Map.copyOf(urlsByFile), missingImages(statics, notes, sitePages),
                renderedNotes.get(), nextPublication, photos, before);
    }

    /** Whether any note has comments (a loop: asked on every build, a stream over ten thousand notes is not free under C1). */
    boolean anyComments() {
        for (SiteNote note : notes) {
            if (!note.comments().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each note and page of this site is, to add to what the pages branch remembers when it
     * is published, and to redirect its older addresses to. Drafts (in a preview) have no address to keep.
     */
    public List<PublishedAddresses.Published> addresses(SiteUrls urls) {
        List<PublishedAddresses.Published> all = new ArrayList<>(notes.size() + pages.size());
        notes.stream().filter(n -> !n.note().isDraft()).forEach(n -> all.add(new PublishedAddresses.Published(n.note().path(), "/" + SiteUrls.noteDir(n.note()), n.absoluteUrl())));
        pages.forEach(p -> all.add(new PublishedAddresses.Published(p.page().path(), "/" + SiteUrls.pageDir(p.page()),
                urls.absolute(p.url()))));
        return all;
    }

    /**
     * A note still holding a sync's conflict markers would show both versions, markers and all,
     * to readers: the build stops, naming the line. ({@code firstLine} is the file line of the
     * text's first line.)
     */
    private static void refuseConflict(String path, String text, int firstLine) {
        refuseConflictAt(path, ConflictMarkers.firstLine(text), firstLine);
    }

    /** @param line the text line of the first marker (1-based), or 0 for none (a kept note's, known without its text) */
    private static void refuseConflictAt(String path, int line, int firstLine) {
        if (line > 0) {
            throw new NoteFormatException(path, firstLine + line - 1, Phrase.of("build.conflictMarkers"));
        }
    }

    private static String readQuietly(Blog blog, String path) {
        try {
            return Files.readString(blog.resolve(path));
        } catch (IOException | RuntimeException e) {
            return ""; // the problem already says why it cannot be read
        }
    }

    /** @param bodyLine the file line of the body's first line */
    /** @param summary the front matter's, or null */
    private static Rendered render(MarkdownRenderer markdown, String path, int bodyLine, String body, NoteLinks links, String title,
            String summary) {
        try {
            return markdown.render(body, links, title, summary);
        } catch (StackOverflowError e) {
            // Quotes or lists nested thousands deep: the parser's recursion gives out; say which note.
            throw new CarnetException(path, 0, Phrase.of("build.tooDeep"), null);
        } catch (CarnetException e) {
            throw new CarnetException(path, e.line() > 0 ? bodyLine + e.line() - 1 : 0, e.problem(), null);
        } catch (RuntimeException e) {
            throw new CarnetException(path, 0, Phrase.of("build.markdown", e.toString()), e);
        }
    }

    /** One warning per missing image: the site is still built (check makes it an error). */
    private static List<Phrase> missingImages(StaticNames statics, List<SiteNote> notes, List<SitePage> pages) {
        List<Phrase> warnings = new ArrayList<>();
        for (SiteNote note : notes) {
            missingImages(statics, note.note().path(), note.note().bodyLine(), note.rendered(), warnings);
        }
        for (SitePage page : pages) {
            missingImages(statics, page.page().path(), page.page().bodyLine(), page.rendered(), warnings);
        }
        return warnings;
    }

    private static void missingImages(StaticNames statics, String path, int bodyLine, Rendered rendered, List<Phrase> warnings) {
        for (Rendered.LinkTarget link : rendered.links()) {
            String file = NoteLinks.imageFile(link);
            if (file != null && !statics.has(file)) {
                // The line as digits: a message would write 1,234 (or 1 234).
                warnings.add(Phrase.of("warning.imageMissing", path, String.valueOf(bodyLine + link.line()), link.url(), file));
            }
        }
    }

}
