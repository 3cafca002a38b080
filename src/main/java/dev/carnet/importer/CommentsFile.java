package dev.carnet.importer;

import dev.carnet.store.NoteDrafts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a note's readers' comments as {@code comments/YYYY/MM-<slug>.yml} (the format the README
 * documents). Only what readers saw is written: name, web site, date, text, and which comment a
 * reply answers; the export's e-mail addresses and IPs never reach this class.
 */
final class CommentsFile {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private CommentsFile() {
    }

    /** A kept comment: its Markdown text and the reply it is, if its parent was kept too. */
    record Kept(WxrComment comment, String markdown) {
    }

    /** The file's text, or null when no comment is left (spam, pingbacks and pending ones are not). */
    static String text(String notePath, List<Kept> comments, ZoneId zone) {
        if (comments.isEmpty()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        comments.forEach(c -> ids.add(c.comment().id()));
        StringBuilder out = new StringBuilder("# Readers' comments on ").append(notePath)
                .append(" (imported from WordPress; read-only)\ncomments:\n");
        for (Kept kept : comments) {
            WxrComment c = kept.comment();
            out.append("  - id: ").append(c.id()).append('\n');
            if (c.parent() != 0 && ids.contains(c.parent())) {
                out.append("    parent: ").append(c.parent()).append('\n');
            }
            out.append("    author: ").append(NoteDrafts.yamlText(c.author().strip().isEmpty() ? "?" : c.author().strip())).append('\n');
            if (c.authorUrl().strip().matches("(?i)https?://[^\\s]+")) {
                out.append("    url: ").append(NoteDrafts.yamlText(c.authorUrl().strip())).append('\n');
            }
            WordPressDates.of(c.dateGmt(), c.date(), zone)
                    .ifPresent(d -> out.append("    date: ").append(DATE.format(d)).append('\n'));
            out.append("    text: ").append(block(kept.markdown())).append('\n');
        }
        return out.toString();
    }

    /** A literal block when the text has several lines and none starts with a blank, else a quoted line. */
    private static String block(String markdown) {
        String text = markdown.strip();
        if (!text.contains("\n") || text.lines().anyMatch(l -> l.startsWith(" ") || l.startsWith("\t"))) {
            return NoteDrafts.yamlText(text);
        }
        StringBuilder out = new StringBuilder("|");
        text.lines().forEach(line -> out.append('\n').append(line.isEmpty() ? "" : "      " + line));
        return out.toString();
    }
}
