package dev.carnet.cli;

import dev.carnet.model.Note;
import dev.carnet.model.TextWidth;
import dev.carnet.service.Wording;
import java.io.PrintWriter;
import java.util.List;

/** The human listing: {@code 2024-07-01  Notes de juin 2024  bilan, médiation numérique}. */
final class NoteTable {
    private static final int MAX_TITLE = 48;
    private final List<Note> notes;
    private final Wording text;

    NoteTable(List<Note> notes, Wording text) {
        this.notes = notes;
        this.text = text;
    }

    void print(PrintWriter out) {
        String titleHeading = text.text("table.title");
        int titleWidth = Math.min(MAX_TITLE, notes.stream().mapToInt(n -> TextWidth.of(title(n))).max().orElse(5));
        titleWidth = Math.max(titleWidth, TextWidth.of(titleHeading));
        out.println(TextWidth.pad(text.text("table.date"), 10) + "  " + TextWidth.pad(titleHeading, titleWidth) + "  " + text.text("table.tags"));
        for (Note note : notes) {
            String date = note.meta().date().toLocalDate().toString();
            out.println(TextWidth.pad(date, 10) + "  " + TextWidth.pad(TextWidth.fit(title(note), titleWidth), titleWidth) + "  "
                    + String.join(", ", note.meta().tags()));
        }
    }

    private String title(Note note) {
        return note.isDraft() ? text.format("table.draft", note.title()) : note.title();
    }
}
