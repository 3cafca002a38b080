package dev.carnet.importer;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.ImportProgress;
import dev.carnet.model.ImportReport;
import dev.carnet.model.ImportWarning;
import dev.carnet.model.TagName;
import dev.carnet.store.NoteDrafts;
import dev.carnet.store.NoteHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * {@code carnet import wordpress}: reads the export twice (an index, then the texts), so that
 * memory stays bounded by the largest post, and writes notes, pages, comments, images and
 * redirects into the blog. Nothing is written before the whole export has been read once, so a
 * refused or broken export leaves the blog as it was.
 */
public final class WordPressImport {
    private final Path root;
    private final ImportSettings settings;

    public WordPressImport(Path blogRoot, ImportSettings settings) {
        this.root = blogRoot;
        this.settings = settings;
    }

    public ImportReport run(Path export, String exportName, ImportProgress progress) {
        long size = size(export);
        WxrReader reader = new WxrReader(export, exportName);
        ExportIndex index = ExportIndex.read(reader, done -> progress.at("reading", done, size));
        ImportManifest manifest = ImportManifest.load(root);
        List<PlannedEntry> planned = new ImportPlanner(settings, manifest).plan(index.entries());
        Map<Long, PlannedEntry> byId = new HashMap<>();
        planned.forEach(p -> byId.put(p.item().id(), p));
        OldBlogLinks links = new OldBlogLinks(index.channel(), planned, index.attachmentUrls(), index.attachmentAlts(), settings.uploads(),
                settings.categoriesAsTags());
        WordPressContent content = new WordPressContent(links, settings.language());
        ImportedFiles files = new ImportedFiles(root, manifest, settings.overwrite(), settings.dryRun());
        Tally tally = new Tally();
        reader.read(true, item -> {
            PlannedEntry entry = byId.get(item.id());
            if (entry != null && ExportIndex.kept(item)) {
                write(entry, item, index.channel(), content, links, files, tally);
            }
        }, done -> progress.at("converting", done, size));
        copyImages(links.usedUploads(), files, tally, progress);
        int redirects = writeRedirects(planned, links, files, tally);
        if (!settings.dryRun()) {
            manifest.save();
        }
        return new ImportReport(tally.posts, tally.pages, tally.drafts, tally.tags.size(), tally.comments, tally.commentsLeftOut,
                tally.imagesCopied, tally.aliases, redirects, files.created(), files.updated(), files.unchanged(), files.written(), files.alreadyThere(),
                files.keptChanged(), files.keptNotImported(), tally.shortcodes, tally.missingImages, index.leftOut(), tally.warnings, tally.redirectsUnreadable, settings.dryRun());
    }

    private void write(PlannedEntry entry, WxrItem item, WxrChannel channel, WordPressContent content, OldBlogLinks links,
            ImportedFiles files, Tally tally) {
        String title = ImportPlanner.title(item);
        ConvertedContent body = content.toMarkdown(item.content());
        tally.note(title, body);
        NoteHeader header = new NoteHeader().text("title", title.isEmpty() ? entry.path() : title);
        if (entry.page()) {
            tally.pages++;
        } else {
            tally.posts++;
            tally.tags.addAll(entry.tags());
            header.dateTime("date", entry.date()).list("tags", entry.tags(), true)
                    .text("summary", Jsoup.parse(item.excerpt()).text())
                    .text("author", channel.authors().getOrDefault(item.creator(), item.creator()));
        }
        if (entry.draft()) {
            tally.drafts++;
        }
        header.flag("draft", entry.draft()).text("image", featuredImage(item, links).orElse(null))
                .list("aliases", entry.aliases(), false);
        tally.aliases += entry.aliases().size();
        files.put(item.id(), entry.path(), header.withBody(body.markdown()));
        if (settings.comments() && !entry.page()) {
            writeComments(entry, item, content, files, tally);
        }
    }

    private static Optional<String> featuredImage(WxrItem item, OldBlogLinks links) {
        String id = item.metaValue("_thumbnail_id").strip();
        if (!id.matches("\\d+")) {
            return Optional.empty();
        }
        Optional<String> url = links.attachmentUrl(Long.parseLong(id));
        return url.flatMap(UploadUrls::uploadPath).flatMap(links::image).or(() -> url.filter(u -> u.matches("(?i)https?://.+")));
    }

    private void writeComments(PlannedEntry entry, WxrItem item, WordPressContent content, ImportedFiles files, Tally tally) {
        List<CommentsFile.Kept> kept = new ArrayList<>();
        for (WxrComment comment : item.comments()) {
            if (comment.isPublishedComment()) {
                kept.add(new CommentsFile.Kept(comment, content.toMarkdown(comment.content()).markdown()));
            } else {
                tally.commentsLeftOut++;
            }
        }
        kept.sort((a, b) -> a.comment().dateGmt().compareTo(b.comment().dateGmt()));
        String text = CommentsFile.text(entry.path(), kept, settings.zone(), entry.date());
        if (text != null) {
            tally.comments += kept.size();
            files.put(0, entry.commentsPath(), text);
        }
    }

    private void copyImages(Set<String> uploads, ImportedFiles files, Tally tally, ImportProgress progress) {
        int done = 0;
        for (String upload : uploads) {
            try {
                files.copy("static/images/" + upload, Files.readAllBytes(settings.uploads().orElseThrow().resolve(upload)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tally.imagesCopied++;
            progress.at("images", ++done, uploads.size());
        }
    }

    /** {@code redirects.yml}: the old tag and category archives of tags some published note has, and {@code /feed/}. */
    private int writeRedirects(List<PlannedEntry> planned, OldBlogLinks links, ImportedFiles files, Tally tally) {
        // Two tags of one slug ("Été", "ete") get told apart by the build with a suffix carnet
        // chooses then: their old archives are left out rather than pointed at a page not built.
        Map<String, Set<String>> keysBySlug = new HashMap<>();
        planned.stream().filter(p -> !p.draft() && !p.page()).forEach(p -> p.tags().forEach(t -> keysBySlug
                .computeIfAbsent(TagName.slug(t), k -> new LinkedHashSet<>()).add(TagName.key(t))));
        Set<String> published = new LinkedHashSet<>();
        keysBySlug.forEach((slug, keys) -> {
            if (keys.size() == 1) {
                published.add("/tags/" + slug + "/");
            }
        });
        Map<String, String> redirects = new TreeMap<>();
        links.archives().forEach((old, page) -> {
            if (published.contains(page)) {
                redirects.put(old, page);
            }
        });
        redirects.put("/feed/", "/feed.xml");
        Path file = root.resolve(RedirectsText.NAME);
        String existing = Files.isRegularFile(file) ? read(file) : null;
        Set<String> known = existing == null ? Set.of() : RedirectsText.keys(existing);
        tally.redirectsUnreadable = known == null;
        files.merge(RedirectsText.NAME, RedirectsText.merged(existing, known, redirects));
        return redirects.size();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path export) {
        try {
            return Files.size(export);
        } catch (IOException e) {
            throw new CarnetException(export.toString(), 0, Phrase.of("import.cannotRead", e.getMessage()), e);
        }
    }

    /** The counts the report gives, gathered as notes are written. */
    private static final class Tally {
        int posts;
        int pages;
        int drafts;
        int comments;
        int commentsLeftOut;
        int imagesCopied;
        int aliases;
        boolean redirectsUnreadable;
        final Set<String> tags = new LinkedHashSet<>();
        final Map<String, List<String>> shortcodes = new TreeMap<>();
        final List<String> missingImages = new ArrayList<>();
        final List<ImportWarning> warnings = new ArrayList<>();

        void note(String title, ConvertedContent body) {
            body.unknownShortcodes().forEach(s -> shortcodes.computeIfAbsent(s, k -> new ArrayList<>()).add(title));
            body.missingImages().forEach(u -> missingImages.add(title + " — " + u));
            body.warnings().forEach(w -> warnings.add(w.withPost(title)));
        }
    }
}
