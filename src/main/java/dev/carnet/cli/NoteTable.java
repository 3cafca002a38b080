package dev.carnet.cli;

import dev.carnet.model.Note;
import dev.carnet.model.TextWidth;
import java.io.PrintWriter;
import java.util.List;

/** The human listing: {@code 2024-07-01  Notes de juin 2024  bilan, médiation numérique}. */
final class NoteTable {
    private static final int MAX_TITLE = 48;
    private final List<Note> notes;

    NoteTable(List<Note> notes) {
        this.notes = notes;
    }

    void print(PrintWriter out) {
        int titleWidth = Math.min(MAX_TITLE, notes.stream().mapToInt(n -> TextWidth.of(title(n))).max().orElse(5));
        titleWidth = Math.max(titleWidth, "TITLE".length());
        out.println(TextWidth.pad("DATE", 10) + "  " + TextWidth.pad("TITLE", titleWidth) + "  TAGS");
        for (Note note : notes) {
            String date = note.meta().date().toLocalDate().toString();
            out.println(TextWidth.pad(date, 10) + "  " + TextWidth.pad(TextWidth.fit(title(note), titleWidth), titleWidth) + "  "
                    + String.join(", ", note.meta().tags()));
        }
    }

    private static String title(Note note) {
        return note.isDraft() ? note.title() + " [draft]" : note.title();
    }
}
