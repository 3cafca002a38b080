package dev.carnet.site;

import dev.carnet.config.Author;
import dev.carnet.config.BlogConfig;
import dev.carnet.error.CarnetException;
import dev.carnet.markdown.Rendered;
import dev.carnet.model.HumanDate;
import dev.carnet.model.UrlScheme;
import dev.carnet.site.card.CardPainter;
import dev.carnet.site.view.AuthorView;
import dev.carnet.site.view.CommentView;
import dev.carnet.site.view.HeadView;
import dev.carnet.site.view.LinkView;
import dev.carnet.site.view.NoteSummaryView;
import dev.carnet.site.view.NoteView;
import dev.carnet.site.view.SiteView;
import dev.carnet.site.view.TagView;
import dev.carnet.store.CommentFiles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Turns the site's content into the plain values the templates print. */
final class ViewFactory {
    private final BlogConfig config;
    private final SiteUrls urls;
    private final SiteContent content;
    private final SiteView site;
    // Read from its bundle once per build: every page prints it.
    private final UiText ui;
    // A note is listed on an index page, the archives, a page per tag and the tag feeds: its
    // summary and tags are made once (slugs cost a Unicode normalisation each). Pages are
    // rendered in parallel, hence concurrent maps; a note is known by its path.
    private final Map<String, NoteSummaryView> summaries = new ConcurrentHashMap<>();
    private final Map<String, TagView> tagViews = new ConcurrentHashMap<>();
    // Words made by a MessageFormat, which parses its pattern (and a choice's numbers) at each use.
    private final Map<Integer, String> commentCounts = new ConcurrentHashMap<>();
    private final String siteDescription;
    // Only a site with comments pays for a second Markdown renderer (theirs has raw HTML off).
    private final CommentThreads comments;

    private final ImageSizes sizes;

    ViewFactory(BlogConfig config, SiteUrls urls, SiteContent content, Path root) {
        this.config = config;
        this.sizes = new ImageSizes(root);
        this.urls = urls;
        this.content = content;
        this.site = siteView();
        this.ui = UiText.of(config.language());
        this.siteDescription = describeSite();
        this.comments = content.anyComments() ? new CommentThreads(config, urls) : null;
    }

    SiteView site() {
        return site;
    }

    UiText ui() {
        return ui;
    }

    private SiteView siteView() {
        Author author = config.author();
        // ConfigLoader refuses these already; a config made another way still never links to code.
        List<LinkView> links = author.links().stream().map(l -> new LinkView(l.label(), UrlScheme.safe(l.url()))).toList();
        String portrait = author.portrait() == null ? ""
                : NoteLinks.isLocal(author.portrait()) ? urls.path(NoteLinks.siteFile(author.portrait())) : UrlScheme.safe(author.portrait());
        List<LinkView> pages = content.pages().stream().map(p -> new LinkView(p.title(), p.url())).toList();
        String year = content.notes().isEmpty() ? "" : Integer.toString(content.notes().get(0).note().meta().date().getYear());
        return new SiteView(config.title(), config.description(), config.language().toLanguageTag(), urls.home(),
                urls.archives(), urls.tags(), urls.follow(), urls.rss(), urls.atom(), urls.jsonFeed(), urls.absolute(urls.rss()),
                urls.asset("style.css"), urls.asset("favicon.svg"), pages,
                new AuthorView(author.name(), author.bio(), portrait, author.email() == null ? "" : author.email(), links), year,
                urls.asset(""));
    }

    String humanDate(SiteNote note) {
        return HumanDate.format(note.note().meta().date().toLocalDate(), config.language());
    }

    private static String iso(SiteNote note) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(note.note().meta().date());
    }

    List<TagView> tags(List<String> names) {
        List<TagView> views = new ArrayList<>(names.size());
        for (String name : names) {
            views.add(tagViews.computeIfAbsent(name, this::tag));
        }
        return views;
    }

    private TagView tag(String name) {
        String slug = content.tagSlugs().of(name);
        List<SiteNote> tagged = content.notesByTag().getOrDefault(slug, List.of());
        return new TagView(name, slug, urls.tag(slug), tagged.size(), urls.tagFeed(slug));
    }

    List<TagView> allTags() {
        List<TagView> views = new ArrayList<>();
        for (Map.Entry<String, String> tag : content.tagNames().entrySet()) {
            views.addAll(tags(List.of(tag.getValue())));
        }
        return views;
    }

    NoteSummaryView summary(SiteNote note) {
        return summaries.computeIfAbsent(note.note().path(), path -> newSummary(note));
    }

    private NoteSummaryView newSummary(SiteNote note) {
        return new NoteSummaryView(note.title(), note.url(), iso(note), humanDate(note), note.summary(),
                tags(note.note().meta().tags()), note.readingMinutes(), note.note().isDraft());
    }

    /** @param content the note's HTML as the page shows it (or a stand-in the page replaces) */
    NoteView note(SiteNote note, SiteNote older, SiteNote newer, String content) {
        String title = note.title();
        NoteSummaryView summary = summary(note); // its dates, formatted once for the lists
        return new NoteView(title, note.url(), note.absoluteUrl(), summary.dateIso(), summary.dateHuman(), note.readingMinutes(),
                tags(note.note().meta().tags()), content, note.summary(), note.rendered().toc(),
                note.note().meta().toc() && !note.rendered().toc().isEmpty(),
                older == null ? null : new LinkView(older.title(), older.url()),
                newer == null ? null : new LinkView(newer.title(), newer.url()),
                shareLinks(title, note.absoluteUrl()), replyMailto(title), note.note().isDraft(),
                note.comments().isEmpty() ? List.of() : commentViews(note),
                commentCounts.computeIfAbsent(note.comments().size(), count -> ui.comments(count, config.language())));
    }

    /** A comment the renderer refuses (nested too deep) is named by its file: the build says where to look. */
    private List<CommentView> commentViews(SiteNote note) {
        try {
            return comments.views(note.comments());
        } catch (CarnetException e) {
            throw new CarnetException(CommentFiles.fileOf(note.note().path()), 0, e.problem(), null);
        }
    }

    /**
     * What a note's head holds besides what the note and carnet.yml say: the size of the picture of
     * {@code static/} it shows (from the file's header), or null: a page key needs no head built.
     */
    String noteHeadFiles(SiteNote note) {
        if (ShareCards.wanted(config, note)) {
            return null;
        }
        Optional<String> own = note.note().meta().imageUrl();
        Optional<String> local = localPicture(note, own, own.isPresent() ? Optional.empty() : firstPicture(note));
        return local.map(path -> path + "\u0000" + sizes.of(path).map(s -> s.width() + "x" + s.height()).orElse("")).orElse(null);
    }

    /** Only a picture of static/ has a size known cheaply (its header); an http(s) one is left without. */
    private static Optional<String> localPicture(SiteNote note, Optional<String> own, Optional<Rendered.LinkTarget> first) {
        return own.isPresent() ? own.filter(i -> i.startsWith("/")).map(NoteLinks::siteFile)
                : first.map(Rendered.LinkTarget::url).filter(NoteLinks::isLocal).map(NoteLinks::siteFile);
    }

    HeadView noteHead(SiteNote note) {
        String title = note.title();
        String full = title + " · " + config.title();
        if (ShareCards.wanted(config, note)) {
            return new HeadView(full, PageDescription.of(note.summary()), note.absoluteUrl(), "article", note.absoluteUrl() + ShareCards.FILE,
                    title, CardPainter.WIDTH, CardPainter.HEIGHT, summary(note).dateIso(), note.note().meta().tags(), note.note().isDraft());
        }
        Optional<String> own = note.note().meta().imageUrl();
        Optional<Rendered.LinkTarget> first = own.isPresent() ? Optional.empty() : firstPicture(note);
        String image = own.map(this::absoluteImage).orElseGet(() -> firstImage(first));
        String alt = own.isPresent() ? title : first.map(l -> l.alt() == null ? "" : l.alt()).orElse(portraitAlt());
        Optional<ImageSizes.Size> size = localPicture(note, own, first).flatMap(sizes::of);
        return new HeadView(full, PageDescription.of(note.summary()), note.absoluteUrl(), "article", image, image.isEmpty() ? "" : alt,
                size.map(ImageSizes.Size::width).orElse(0), size.map(ImageSizes.Size::height).orElse(0),
                summary(note).dateIso(), note.note().meta().tags(), note.note().isDraft());
    }

    /** The front matter's {@code image:}, a site path or an http(s) URL (the parser allowed no other). */
    private String absoluteImage(String image) {
        return image.startsWith("/") ? urls.absolute(urls.path(SiteUrls.encode(image.substring(1)))) : image;
    }

    /** The note's first image whose address is allowed: the picture of its link previews. */
    static Optional<Rendered.LinkTarget> firstPicture(SiteNote note) {
        return note.rendered().links().stream().filter(l -> l.image() && UrlScheme.refusedScheme(l.url()) == null).findFirst();
    }

    private String portraitAlt() {
        return config.author().name() == null ? "" : config.author().name();
    }

    /** The note's first image, else the author's portrait. */
    private String firstImage(Optional<Rendered.LinkTarget> first) {
        return first
                .map(l -> NoteLinks.isLocal(l.url()) ? urls.absolute(urls.path(NoteLinks.siteFile(l.url()))) : l.url())
                .orElse(portraitImage());
    }

    HeadView head(String title, String description, String path, boolean noindex) {
        String image = portraitImage();
        String full = title.equals(config.title()) ? title : title + " · " + config.title();
        return new HeadView(full, PageDescription.of(description.isBlank() ? siteDescription : description),
                urls.absolute(path), "website", image, image.isEmpty() ? "" : portraitAlt(), "", List.of(), noindex);
    }

    /**
     * What a page without words of its own (the home page, a tag's, the archives) tells search
     * engines and link previews: the blog's description, else the author's bio, else a sentence
     * naming the blog. Never nothing: a page without a description loses points in Lighthouse's SEO.
     */
    private String describeSite() {
        if (!config.description().isBlank()) {
            return config.description();
        }
        String bio = config.author().bio();
        return bio != null && !bio.isBlank() ? bio : ui.latestNotes(config.title(), config.language());
    }

    /** The portrait as an absolute URL for link previews ("" for none); an https:// portrait is one already. */
    private String portraitImage() {
        String portrait = site.author().portraitUrl();
        return portrait.isEmpty() || !portrait.startsWith("/") ? portrait : urls.absolute(portrait);
    }

    private List<LinkView> shareLinks(String title, String url) {
        List<LinkView> links = new ArrayList<>();
        for (String target : config.site().share()) {
            switch (target) {
                case "linkedin" -> links.add(new LinkView("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + encode(url)));
                case "whatsapp" -> links.add(new LinkView("WhatsApp", "https://wa.me/?text=" + encode(title + " " + url)));
                // Through the author's own instance: no third-party service sees the reader.
                case "mastodon" -> {
                    // A blog made before site.mastodon existed lists mastodon: left out (the build says so) until an instance is named.
                    if (config.site().mastodon() != null) {
                        links.add(new LinkView("Mastodon", "https://" + config.site().mastodon() + "/share?text=" + encode(title + " " + url)));
                    }
                }
                case "email" -> links.add(new LinkView(ui().shareByEmail(), "mailto:?subject=" + encode(title) + "&body=" + encode(url)));
                default -> throw new IllegalStateException("unknown share target " + target);
            }
        }
        return links;
    }

    private String replyMailto(String title) {
        String email = config.author().email();
        if (!"email".equals(config.site().comments()) || email == null || email.isBlank()) {
            return "";
        }
        return "mailto:" + email + "?subject=" + encode("Re: " + title);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
