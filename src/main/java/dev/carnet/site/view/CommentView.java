package dev.carnet.site.view;

import java.util.List;

/**
 * A reader's comment on a note page, with its replies under it. {@code html} is carnet's rendering
 * of the comment's Markdown without raw HTML (printed as it is); everything else is escaped.
 *
 * @param anchor the element id, {@code comment-12}
 * @param url the author's site, or "" for none
 */
public record CommentView(String anchor, String author, String url, String dateIso, String dateHuman, String html,
                          List<CommentView> replies) {
}
