package dev.carnet.site.view;

import java.util.List;

/**
 * One page of the archives: a year's months, each with its notes, and every year of the blog
 * for moving between them. The newest year is at {@code archives/}, each older one at
 * {@code archives/YYYY/}: a blog of twenty years is twenty pages of a few hundred links, not one
 * page of ten thousand.
 *
 * @param years the years this page shows (one; none for a blog without notes)
 * @param index every year, newest first, with its address and number of notes
 */
public record ArchiveView(List<Year> years, List<YearLink> index) {
    public record Year(String name, List<Month> months) {
    }

    public record Month(String name, String id, List<NoteSummaryView> notes) {
    }

    /** @param current whether it is the year of this page */
    public record YearLink(String name, String url, int count, boolean current) {
    }
}
