package dev.carnet.site.view;

import java.util.List;

/** A note in a listing (index, tag, archives): enough to choose to read it. */
public record NoteSummaryView(String title, String url, String dateIso, String dateHuman, String summary,
                              List<TagView> tags, int readingMinutes, boolean draft) {
}
