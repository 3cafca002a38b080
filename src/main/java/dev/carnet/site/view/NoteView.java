package dev.carnet.site.view;

import dev.carnet.markdown.Rendered;
import java.util.List;

/**
 * A note page. {@code content} is the HTML flexmark produced (printed unescaped, like the
 * comments' HTML); everything else is escaped by Pebble.
 *
 * @param comments the readers' comments, threads in date order (replies inside their parent)
 * @param commentsTitle "3 comments", in the blog's language
 */
public record NoteView(
        String title, String url, String absoluteUrl, String dateIso, String dateHuman, int readingMinutes,
        List<TagView> tags, String content, String summary, List<Rendered.TocEntry> toc, boolean showToc,
        LinkView previous, LinkView next, List<LinkView> share, String replyMailto, boolean draft,
        List<CommentView> comments, String commentsTitle) {
}
