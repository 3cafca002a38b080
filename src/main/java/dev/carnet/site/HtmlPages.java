package dev.carnet.site;

import dev.carnet.config.BlogConfig;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.markdown.HtmlBytes;
import dev.carnet.site.template.Templates;
import dev.carnet.site.view.ArchiveView;
import dev.carnet.site.view.HeadView;
import dev.carnet.site.view.NoteSummaryView;
import dev.carnet.site.view.PaginationView;
import dev.carnet.site.view.TagView;
import dev.carnet.store.CommentFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The plan and render phases for HTML: one job per page (note, index page, tag, tags, archives,
 * standalone page, follow, 404), each knowing its inputs, rendered in parallel.
 */
final class HtmlPages {
    private final BlogConfig config;
    private final SiteUrls urls;
    private final SiteContent content;
    private final Templates templates;
    private final ViewFactory views;

    /**
     * Where a note page's HTML goes while its template runs: the page is then written around the
     * bytes of the HTML, already encoded, rather than encoding the HTML a second time with it
     * (a third of a note page's cost). Only with the theme's own templates, which print the HTML
     * as it is: a blog's template may filter it ({@code replace}, {@code length}, {@code truncate})
     * and must see the real HTML, so a blog with templates of its own gets every page rendered plainly.
     */
    static final String CONTENT_STAND_IN = "\uE000<carnet-note-content/>\uE000";
    private static final byte[] STAND_IN_BYTES = CONTENT_STAND_IN.getBytes(StandardCharsets.UTF_8);

    /**
     * @param model the page's model, given the note's HTML (or {@link #CONTENT_STAND_IN}) for a note page
     * @param content the note's HTML for a note page, else null
     * @param key the page's key made from its inputs without making its model, or null: keyed by its model
     */
    private record Job(String path, String template, List<String> inputs, Function<String, Map<String, Object>> model, HtmlBytes content,
                       ToLongFunction<PageKeys> key) {
        Job(String path, String template, List<String> inputs, Supplier<Map<String, Object>> model) {
            this(path, template, inputs, ignored -> model.get(), null, null);
        }

        /**
         * The inputs whose own text the page shows beyond what a listing shows of a note, which
         * {@link SiteListing} digests: a note's page shows its body and comments, a listing (the
         * index, a tag, the tags, an archive) none, so it stays when only bodies changed.
         */
        List<String> shownTexts() {
            return content != null || template.equals("page") ? inputs : List.of();
        }
    }

    /** @param root the blog's folder, whose static/ pictures' sizes the pages give */
    HtmlPages(BlogConfig config, SiteUrls urls, SiteContent content, Templates templates, Path root) {
        this.config = config;
        this.urls = urls;
        this.content = content;
        this.templates = templates;
        this.views = new ViewFactory(config, urls, content, root);
    }

    /**
     * Renders every page in parallel, handing each to {@code sink} as soon as it is ready (or, to
     * a {@link DeferringSink}, hands it the work); returns their paths.
     */
    List<String> render(OutputSink sink) {
        List<Job> jobs = plan();
        if (sink instanceof DeferringSink deferring) {
            jobs.forEach(job -> deferring.defer(job.path(), job.inputs(), () -> render(job)));
        } else if (sink instanceof KeyedSink keyed) {
            PageKeys keys = new PageKeys(views.site(), views.ui());
            Parallel.map(jobs, job -> {
                if (keyed.keepUnchanged(job.path(), job.shownTexts())) {
                    return job;
                }
                long key = job.key() != null ? job.key().applyAsLong(keys)
                        : keys.of(job.template(), job.model().apply(job.content() == null ? null : CONTENT_STAND_IN),
                        job.content() == null ? null : job.content().get());
                if (!keyed.keep(job.path(), key)) {
                    keyed.accept(render(job), key);
                }
                return job;
            });
        } else {
            Parallel.map(jobs, job -> {
                sink.accept(render(job));
                return job;
            });
        }
        return paths(jobs, Job::path);
    }

    private OutputFile render(Job job) {
        try {
            if (job.content() == null) {
                return new OutputFile(job.path(), templates.page(job.template(), job.model().apply(null)), job.inputs());
            }
            byte[] content = job.content().get();
            if (templates.blogHasOwn()) {
                String html = new String(content, StandardCharsets.UTF_8);
                return new OutputFile(job.path(), templates.page(job.template(), job.model().apply(html)), job.inputs());
            }
            byte[] page = templates.page(job.template(), job.model().apply(CONTENT_STAND_IN));
            int at = indexOf(page, STAND_IN_BYTES, 0);
            if (at < 0 || indexOf(page, STAND_IN_BYTES, at + 1) >= 0) {
                // A theme edited in carnet's own templates/ that leaves out the HTML or shows it twice: render it plainly.
                String html = new String(content, StandardCharsets.UTF_8);
                return new OutputFile(job.path(), templates.page(job.template(), job.model().apply(html)), job.inputs());
            }
            int after = at + STAND_IN_BYTES.length;
            byte[] bytes = new byte[page.length - STAND_IN_BYTES.length + content.length];
            System.arraycopy(page, 0, bytes, 0, at);
            System.arraycopy(content, 0, bytes, at, content.length);
            System.arraycopy(page, after, bytes, at + content.length, page.length - after);
            return new OutputFile(job.path(), bytes, job.inputs());
        } catch (CarnetException e) {
            Phrase building = Phrase.of("build.while", e.whole(), job.path());
            throw job.inputs().size() == 1 || job.template().equals("note") ? new CarnetException(job.inputs().get(0), 0, building, e) : new CarnetException(building, e);
        }
    }

    private List<Job> plan() {
        List<Job> jobs = new ArrayList<>();
        List<SiteNote> notes = content.notes();
        for (int i = 0; i < notes.size(); i++) {
            SiteNote note = notes.get(i);
            SiteNote newer = i > 0 ? notes.get(i - 1) : null;
            SiteNote older = i + 1 < notes.size() ? notes.get(i + 1) : null;
            // Its comments file is an input too, there or not: adding, editing or deleting a comment rebuilds the page.
            List<String> inputs = List.of(note.note().path(), CommentFiles.fileOf(note.note().path()));
            jobs.add(new Job(SiteUrls.noteDir(note.note()) + "index.html", "note", inputs,
                    content -> model(views.noteHead(note), Map.of("note", views.note(note, older, newer, content))),
                    note.rendered().body(), keys -> keys.ofNote(note, older, newer, views.tags(note.note().meta().tags()), views.noteHeadFiles(note))));
        }
        indexPages(jobs);
        for (Map.Entry<String, List<SiteNote>> tag : content.notesByTag().entrySet()) {
            tagPages(jobs, tag.getKey(), content.tagNames().get(tag.getKey()), tag.getValue());
        }
        jobs.add(new Job("tags/index.html", "tags", paths(notes),
                () -> model(views.head(views.ui().tags(), "", urls.tags(), false), Map.of("tags", views.allTags()))));
        archivePages(jobs);
        for (SitePage page : content.pages()) {
            jobs.add(new Job(SiteUrls.pageDir(page.page()) + "index.html", "page", List.of(page.page().path()),
                    () -> model(views.head(page.title(), page.rendered().summary(), page.url(), false),
                            Map.of("content", page.rendered().html(), "title", page.title()))));
        }
        jobs.add(new Job("follow/index.html", "follow", List.of(),
                () -> model(views.head(views.ui().followTitle(), views.ui().followIntro(), urls.follow(), false), Map.of())));
        jobs.add(new Job("404.html", "404", List.of(),
                () -> model(views.head(views.ui().notFound(), "", urls.path("404.html"), true), Map.of())));
        return jobs;
    }

    /** A tag's notes, {@code perPage} a page like the home page's: a tag of 600 notes is 60 light pages, not one heavy one. */
    private void tagPages(List<Job> jobs, String slug, String name, List<SiteNote> tagged) {
        int perPage = config.site().perPage();
        int pages = Math.max(1, (tagged.size() + perPage - 1) / perPage);
        for (int page = 1; page <= pages; page++) {
            List<SiteNote> slice = tagged.subList((page - 1) * perPage, Math.min(tagged.size(), page * perPage));
            PaginationView pagination = new PaginationView(page, pages, page > 1 ? urls.tag(slug, page - 1) : "",
                    page < pages ? urls.tag(slug, page + 1) : "");
            String title = views.ui().notesTagged() + " « " + name + " »" + (page == 1 ? "" : " · " + views.ui().page() + " " + page);
            int current = page;
            jobs.add(new Job(SiteUrls.tagDir(slug, page) + "index.html", "tag", paths(slice), () -> {
                TagView view = views.tags(List.of(name)).get(0);
                return model(views.head(title, "", urls.tag(slug, current), false),
                        Map.of("tag", view, "notes", summaries(slice), "pagination", pagination));
            }));
        }
    }

    private void indexPages(List<Job> jobs) {
        List<SiteNote> notes = content.notes();
        int perPage = config.site().perPage();
        int pages = Math.max(1, (notes.size() + perPage - 1) / perPage);
        for (int page = 1; page <= pages; page++) {
            List<SiteNote> slice = notes.subList(Math.min(notes.size(), (page - 1) * perPage), Math.min(notes.size(), page * perPage));
            PaginationView pagination = new PaginationView(page, pages, page > 1 ? urls.index(page - 1) : "",
                    page < pages ? urls.index(page + 1) : "");
            // Page 2 and later: "Page 2 · Blog", the head adding the blog's name once (not "Blog · Page 2 · Blog").
            String title = page == 1 ? config.title() : views.ui().page() + " " + page;
            int current = page;
            jobs.add(new Job(SiteUrls.indexDir(page) + "index.html", "index", paths(slice),
                    () -> model(views.head(title, config.description(), urls.index(current), false),
                            Map.of("notes", summaries(slice), "pagination", pagination))));
        }
    }

    /**
     * One page a year, newest first; within a year, months newest first, and a note sits under
     * the month it is about, its file's ("Notes de juin 2024", published on 1 July, under June),
     * and within a month by date. A blog without notes still has its (empty) archives page.
     */
    private void archivePages(List<Job> jobs) {
        Map<Integer, List<SiteNote>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (SiteNote note : content.notes()) {
            byYear.computeIfAbsent(note.note().month().getYear(), y -> new ArrayList<>()).add(note);
        }
        if (byYear.isEmpty()) {
            jobs.add(new Job("archives/index.html", "archives", List.of(), () -> model(views.head(views.ui().archives(), "",
                    urls.archives(), false), Map.of("archive", new ArchiveView(List.of(), List.of())))));
            return;
        }
        int newest = byYear.keySet().iterator().next();
        for (Map.Entry<Integer, List<SiteNote>> year : byYear.entrySet()) {
            int shown = year.getKey();
            List<SiteNote> notes = year.getValue();
            String title = shown == newest ? views.ui().archives() : views.ui().archives() + " · " + shown;
            jobs.add(new Job(SiteUrls.archivesDir(shown, shown == newest) + "index.html", "archives", paths(notes), () -> {
                List<ArchiveView.YearLink> index = byYear.entrySet().stream().map(y -> new ArchiveView.YearLink(
                        Integer.toString(y.getKey()), urls.archives(y.getKey(), y.getKey() == newest), y.getValue().size(),
                        y.getKey() == shown)).toList();
                return model(views.head(title, "", urls.archives(shown, shown == newest), false),
                        Map.of("archive", new ArchiveView(List.of(year(shown, notes)), index)));
            }));
        }
    }

    private ArchiveView.Year year(int year, List<SiteNote> notes) {
        Map<Month, List<NoteSummaryView>> months = new TreeMap<>(Comparator.reverseOrder());
        for (SiteNote note : notes) {
            months.computeIfAbsent(note.note().month().getMonth(), m -> new ArrayList<>()).add(views.summary(note));
        }
        List<ArchiveView.Month> monthViews = new ArrayList<>();
        months.forEach((month, list) -> monthViews.add(new ArchiveView.Month(
                capitalise(month.getDisplayName(TextStyle.FULL_STANDALONE, config.language())) + " " + year,
                String.format("m%04d-%02d", year, month.getValue()), list)));
        return new ArchiveView.Year(Integer.toString(year), monthViews);
    }

    private String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(config.language()) + word.substring(1);
    }

    private List<NoteSummaryView> summaries(List<SiteNote> notes) {
        return notes.stream().map(views::summary).toList();
    }

    private static List<String> paths(List<SiteNote> notes) {
        return paths(notes, n -> n.note().path());
    }

    /** A loop, not a stream: made for every list page of every build, the stream was 7 % of a preview's rebuild on 10,000 notes. */
    private static <T> List<String> paths(List<T> items, Function<T, String> path) {
        String[] paths = new String[items.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = path.apply(items.get(i));
        }
        return List.of(paths);
    }

    private Map<String, Object> model(HeadView head, Map<String, Object> specific) {
        Map<String, Object> model = new HashMap<>(specific);
        model.put("site", views.site());
        model.put("ui", views.ui());
        model.put("head", head);
        return model;
    }

    /** Where {@code part} first is in {@code page} from {@code from} on, or -1. */
    private static int indexOf(byte[] page, byte[] part, int from) {
        byte first = part[0];
        for (int i = from; i <= page.length - part.length; i++) {
            if (page[i] == first && Arrays.equals(page, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
