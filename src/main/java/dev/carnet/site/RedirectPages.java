package dev.carnet.site;

import dev.carnet.config.BlogConfig;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.Alias;
import dev.carnet.model.PublishedAddresses;
import dev.carnet.model.Redirect;
import dev.carnet.model.SitePaths;
import dev.carnet.site.template.Templates;
import dev.carnet.site.view.HeadView;
import dev.carnet.site.view.RedirectView;
import dev.carnet.store.RedirectsFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The pages at old addresses: each alias of a note or page, each entry of {@code redirects.yml}.
 * Runs after every other file is known, so that an old address can neither hide a page carnet
 * writes nor lead to one it does not.
 */
final class RedirectPages {
    /** What a redirect to a tag no note has any more says: the build goes on, {@code carnet check} calls it an error. */
    static final String TAG_GONE = "warning.redirectTagGone";
    private static final Pattern TAG_PAGE = Pattern.compile("tags/[^/]+/index\\.html");

    private final SiteUrls urls;
    private final Templates templates;
    private final ViewFactory views;
    private final SiteContent content;
    private final List<Phrase> warnings = new ArrayList<>();

    RedirectPages(BlogConfig config, SiteUrls urls, SiteContent content, Templates templates, Path root) {
        this.urls = urls;
        this.templates = templates;
        this.content = content;
        this.views = new ViewFactory(config, urls, content, root);
    }

    /**
     * @param written every site file the build writes, by path
     * @param feeds the feeds among them: an old address of a feed gets the feed itself
     */
    List<OutputFile> render(List<Redirect> fromFile, Set<String> written, List<Later> feeds) {
        Map<String, Later> feedsByPath = new HashMap<>();
        feeds.forEach(f -> feedsByPath.put(f.path(), f));
        Map<String, Redirect> taken = new HashMap<>();
        List<OutputFile> files = new ArrayList<>();
        for (Redirect redirect : all(fromFile)) {
            String file = SitePaths.file(redirect.from());
            Phrase what = what(redirect);
            if (written.contains(file)) {
                throw error(redirect, Phrase.of("redirect.taken", what, redirect.from(), file));
            }
            Redirect earlier = taken.putIfAbsent(file, redirect);
            if (earlier != null) {
                throw error(redirect, Phrase.of("redirect.twice", what, redirect.from(), earlier.file() + ":" + earlier.line()));
            }
            files.add(page(redirect, file, what, written, feedsByPath));
        }
        for (Redirect moved : published()) {
            // An address the site was published at before: kept unless a page or an alias took it since.
            String file = SitePaths.file(moved.from());
            if (!written.contains(file) && taken.putIfAbsent(file, moved) == null) {
                files.add(redirectPage(moved, file, Phrase.of("redirect.alias"), absolute(moved)));
            }
        }
        return files;
    }

    /** Each older address of a note or page of this site, as the pages branch remembers them, to its address now. */
    private List<Redirect> published() {
        List<Redirect> moved = new ArrayList<>();
        if (content.published().byFile().isEmpty()) {
            return moved; // never published: every note's address, made for nothing, was 6 % of a preview's rebuild
        }
        for (PublishedAddresses.Published now : content.addresses(urls)) {
            content.published().of(now.file()).ifPresent(entry -> entry.paths().stream()
                    .filter(path -> !path.equals(now.path()))
                    .forEach(path -> moved.add(new Redirect(path, now.path(), now.file(), 0))));
        }
        return moved;
    }

    private OutputFile page(Redirect redirect, String file, Phrase what, Set<String> written, Map<String, Later> feeds) {
        if (redirect.external()) {
            return redirectPage(redirect, file, what, redirect.to());
        }
        String target = SitePaths.file(redirect.to());
        if (!written.contains(target)) {
            if (TAG_PAGE.matcher(target).matches() && written.contains("tags/index.html")) {
                // Its last note lost the tag (or the line has a typo): readers still land somewhere, and the author hears of it.
                warnings.add(Phrase.of(TAG_GONE, redirect.file(), String.valueOf(redirect.line()), redirect.from(), redirect.to(), "/tags/"));
                return redirectPage(redirect, file, what, urls.absolute(urls.tags()));
            }
            throw error(redirect, Phrase.of("redirect.noTarget", redirect.to(), redirect.from(), target));
        }
        OutputFile feed = feeds.containsKey(target) ? feeds.get(target).get() : null;
        if (feed != null) {
            // Feed readers do not follow a meta refresh, and a static host (GitHub, GitLab, Codeberg
            // Pages) serves /feed/ from feed/index.html only: the old address gets the feed's own
            // bytes. Readers sniff the XML whatever type the host says it is.
            return new OutputFile(file, feed.content(), List.of(redirect.file()));
        }
        return redirectPage(redirect, file, what, absolute(redirect));
    }

    /** What the pages written so far had to say (a redirect to a tag no note has any more). */
    List<Phrase> warnings() {
        return List.copyOf(warnings);
    }

    /** The absolute address of a redirect's target on this site. */
    private String absolute(Redirect redirect) {
        return urls.absolute(urls.path(SiteUrls.encode(redirect.to().substring(1))));
    }

    private OutputFile redirectPage(Redirect redirect, String file, Phrase what, String target) {
        if (!file.endsWith(".html") && !file.endsWith(".htm")) {
            throw error(redirect, Phrase.of("redirect.feedOnly", what, redirect.from()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("ui", views.ui());
        model.put("head", new HeadView(views.ui().movedTitle(), "", target, "website", "", "", "", List.of(), true));
        model.put("redirect", new RedirectView(target));
        return new OutputFile(file, templates.page("redirect", model), List.of(redirect.file()));
    }

    /** The notes' and pages' aliases (drafts have no address to move from), then redirects.yml's. */
    private List<Redirect> all(List<Redirect> fromFile) {
        List<Redirect> all = new ArrayList<>();
        for (SiteNote note : content.notes()) {
            if (!note.note().isDraft()) {
                aliases(note.note().meta().aliases(), note.note().path(), () -> SiteUrls.noteDir(note.note()), all);
            }
        }
        for (SitePage page : content.pages()) {
            aliases(page.page().meta().aliases(), page.page().path(), () -> SiteUrls.pageDir(page.page()), all);
        }
        all.addAll(fromFile);
        return all;
    }

    private static void aliases(List<Alias> aliases, String path, Supplier<String> dir, List<Redirect> out) {
        if (!aliases.isEmpty()) {
            String to = "/" + dir.get(); // made for the few notes with an alias, not all ten thousand
            aliases.forEach(a -> out.add(new Redirect(a.path(), to, path, a.line())));
        }
    }

    private static Phrase what(Redirect redirect) {
        return Phrase.of(redirect.file().equals(RedirectsFile.NAME) ? "redirect.oldAddress" : "redirect.alias");
    }

    private static CarnetException error(Redirect redirect, Phrase problem) {
        return new CarnetException(redirect.file(), redirect.line(), problem, null);
    }
}
