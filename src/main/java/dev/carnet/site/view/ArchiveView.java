package dev.carnet.site.view;

import java.util.List;

/** The archives: years, newest first, each with its months, each with its notes. */
public record ArchiveView(List<Year> years) {
    public record Year(String name, List<Month> months) {
    }

    public record Month(String name, String id, List<NoteSummaryView> notes) {
    }
}
