package dev.carnet.site;

import dev.carnet.config.BlogConfig;
import dev.carnet.markdown.MarkdownOptions;
import dev.carnet.markdown.MarkdownRenderer;
import dev.carnet.markdown.UrlRewriter;
import dev.carnet.model.Comment;
import dev.carnet.model.HumanDate;
import dev.carnet.site.view.CommentView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A note's comments as the page shows them: threads in date order, each reply inside the comment
 * it answers, the text as Markdown. Readers wrote that text, not the author: raw HTML is always
 * shown as text (whatever {@code markdown.rawHtml} says), and links say {@code rel="nofollow ugc"}
 * so that spam left in a comment earns its site nothing.
 */
final class CommentThreads {
    /** Raw HTML is off, so every {@code <a href=} of the output is one the renderer wrote. */
    private static final Pattern LINK = Pattern.compile("<a (?=href=)");
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_-]");
    private static final Comparator<Comment> BY_DATE = Comparator.comparing(c -> c.date().toInstant());

    private final MarkdownRenderer markdown;
    private final BlogConfig config;
    private final UrlRewriter links;

    CommentThreads(BlogConfig config, SiteUrls urls) {
        this.config = config;
        // A root-relative link in a comment is an address of this site (often an old one, which
        // an alias now serves): it gets the base path like the site's own links.
        this.links = (url, image) -> url.startsWith("/") && !url.startsWith("//") ? urls.path(url.substring(1)) : url;
        this.markdown = new MarkdownRenderer(new MarkdownOptions(config.markdown().typography().equals("fr"), false));
    }

    /** The threads of {@code comments} (a parent always exists: CommentFiles checked it). */
    List<CommentView> views(List<Comment> comments) {
        Map<String, List<Comment>> replies = new LinkedHashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (Comment comment : comments) {
            if (comment.parent() == null) {
                roots.add(comment);
            } else {
                replies.computeIfAbsent(comment.parent(), k -> new ArrayList<>()).add(comment);
            }
        }
        return views(roots, replies);
    }

    private List<CommentView> views(List<Comment> level, Map<String, List<Comment>> replies) {
        // A stable sort: comments of the same minute keep their file order.
        return level.stream().sorted(BY_DATE).map(c -> view(c, replies)).toList();
    }

    private CommentView view(Comment comment, Map<String, List<Comment>> replies) {
        String html = markdown.render(comment.text(), links, false).html();
        return new CommentView("comment-" + NOT_ID.matcher(comment.id()).replaceAll("-"), comment.author(),
                comment.url() == null ? "" : comment.url(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(comment.date()),
                HumanDate.format(comment.date().toLocalDate(), config.language()),
                LINK.matcher(html).replaceAll("<a rel=\"nofollow ugc\" "),
                views(replies.getOrDefault(comment.id(), List.of()), replies));
    }
}
