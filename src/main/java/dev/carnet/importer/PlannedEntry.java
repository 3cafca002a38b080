package dev.carnet.importer;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where one post or page goes and under which names.
 *
 * @param path the blog-relative file ({@code notes/2024/06-notes-de-juin-2024.md}, {@code pages/a-propos.md})
 * @param url the new site path ({@code /2024/07/notes-de-juin-2024/}), from the date and slug as carnet builds it
 * @param aliases old site paths that must keep working (its WordPress permalink, its old slugs), never {@code url}
 * @param date when it was published (or is planned), in the blog's time zone; null for an undated page
 */
record PlannedEntry(WxrItem item, String path, String url, OffsetDateTime date, boolean page, boolean draft, List<String> tags,
        List<String> aliases) {

    PlannedEntry {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
    }

    /** The blog-relative comments file beside the note: {@code comments/2024/06-x.yml}. */
    String commentsPath() {
        return "comments/" + path.substring("notes/".length(), path.length() - ".md".length()) + ".yml";
    }
}
