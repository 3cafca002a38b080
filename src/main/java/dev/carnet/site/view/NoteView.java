package dev.carnet.site.view;

import dev.carnet.markdown.Rendered;
import java.util.List;

/**
 * A note page. {@code content} is the HTML flexmark produced (the only value the theme prints
 * unescaped); everything else is escaped by Pebble.
 */
public record NoteView(
        String title, String url, String absoluteUrl, String dateIso, String dateHuman, int readingMinutes,
        List<TagView> tags, String content, String summary, List<Rendered.TocEntry> toc, boolean showToc,
        LinkView previous, LinkView next, List<LinkView> share, String replyMailto, boolean draft) {
}
