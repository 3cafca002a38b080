package dev.carnet.model;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed part of a note's YAML header. {@code extra} keeps every key carnet does not know, in
 * file order, so that tools writing the header never drop the author's own keys.
 *
 * @param aliases old addresses of the note ({@code aliases:}), each redirected to it
 * @param image the picture link previews show ({@code image:}, a site path or an http(s) URL), or null
 */
public record FrontMatter(
        String title,
        OffsetDateTime date,
        List<String> tags,
        String summary,
        boolean draft,
        Slug slug,
        boolean toc,
        Map<String, Object> extra,
        List<Alias> aliases,
        String image) {

    public FrontMatter {
        tags = List.copyOf(tags);
        // Most notes have no key of their own: not a map for each of 10,000 notes a build reads.
        extra = extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        aliases = List.copyOf(aliases);
    }

    /** A header without aliases or image. */
    public FrontMatter(String title, OffsetDateTime date, List<String> tags, String summary, boolean draft, Slug slug,
                       boolean toc, Map<String, Object> extra) {
        this(title, date, tags, summary, draft, slug, toc, extra, List.of(), null);
    }

    public FrontMatter withTitle(String newTitle) {
        return new FrontMatter(newTitle, date, tags, summary, draft, slug, toc, extra, aliases, image);
    }

    public FrontMatter withDate(OffsetDateTime newDate) {
        return new FrontMatter(title, newDate, tags, summary, draft, slug, toc, extra, aliases, image);
    }

    public FrontMatter withTags(List<String> newTags) {
        return new FrontMatter(title, date, newTags, summary, draft, slug, toc, extra, aliases, image);
    }

    public FrontMatter withDraft(boolean newDraft) {
        return new FrontMatter(title, date, tags, summary, newDraft, slug, toc, extra, aliases, image);
    }

    public Optional<OffsetDateTime> publishedAt() {
        return Optional.ofNullable(date);
    }

    /** Whether the author wrote a summary (a blank one does not count). */
    public boolean hasSummary() {
        return summary != null && !summary.isBlank();
    }

    public Optional<String> summaryText() {
        return Optional.ofNullable(summary);
    }

    public Optional<String> imageUrl() {
        return Optional.ofNullable(image);
    }

    public Optional<Slug> explicitSlug() {
        return Optional.ofNullable(slug);
    }
}
