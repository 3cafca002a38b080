package dev.carnet.site;

import dev.carnet.model.FrontMatter;

/**
 * A hash of everything a page may show of the notes besides its own inputs' text: for each note
 * in order, what a list, a neighbour's link, a tag's count, a feed's item or the sitemap take
 * from it (path, title, addresses, feed id, date, tags, summary, reading time, draft, the front
 * matter's image and table of contents), and each standalone page's title and address. When it
 * is the last build's and only notes changed, a page none of whose inputs changed is the same
 * page: its key need not be made again ({@link IncrementalSink#keepUnchanged}). A body edit
 * that keeps the note's summary and reading time so changes only the note's page and the feeds
 * that carry it; one that changes them changes the digest, and every key is made.
 */
final class SiteListing {
    private SiteListing() {
    }

    static long digest(SiteContent content) {
        PageKeys.Texts texts = new PageKeys.Texts();
        long h = PageKeys.text("carnet listing");
        for (SiteNote note : content.notes()) {
            FrontMatter meta = note.note().meta();
            h = PageKeys.mix(h, texts.of(note.note().path()));
            h = PageKeys.mix(h, texts.of(note.title()));
            h = PageKeys.mix(h, texts.of(note.note().title()));
            h = PageKeys.mix(h, texts.of(note.url()));
            h = PageKeys.mix(h, texts.of(note.absoluteUrl()));
            h = PageKeys.mix(h, text(texts, note.feedId()));
            // The instant and the offset, as the pages write both; not the date's text (formatting it cost more than all the rest).
            h = PageKeys.mix(h, meta.date().toEpochSecond() * 1_000_000_000L + meta.date().getNano());
            h = PageKeys.mix(h, meta.date().getOffset().getTotalSeconds());
            h = PageKeys.mix(h, meta.tags().size());
            for (String tag : meta.tags()) {
                h = PageKeys.mix(h, texts.of(tag));
            }
            h = PageKeys.mix(h, texts.of(note.summary()));
            h = PageKeys.mix(h, text(texts, meta.image()));
            h = PageKeys.mix(h, note.readingMinutes() * 16L + (note.note().isDraft() ? 1 : 0) + (meta.toc() ? 2 : 0)
                    + (meta.hasSummary() ? 4 : 0));
        }
        for (SitePage page : content.pages()) {
            h = PageKeys.mix(h, texts.of(page.page().path()));
            h = PageKeys.mix(h, texts.of(page.title()));
            h = PageKeys.mix(h, texts.of(page.url()));
        }
        return h;
    }

    private static long text(PageKeys.Texts texts, String text) {
        return text == null ? 0x14057B7EF767814FL : texts.of(text);
    }
}
