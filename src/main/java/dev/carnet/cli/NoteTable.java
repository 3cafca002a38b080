package dev.carnet.cli;

import dev.carnet.model.Note;
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
        int titleWidth = Math.min(MAX_TITLE, notes.stream().mapToInt(n -> title(n).codePointCount(0, title(n).length())).max().orElse(5));
        titleWidth = Math.max(titleWidth, "TITLE".length());
        out.println(pad("DATE", 10) + "  " + pad("TITLE", titleWidth) + "  TAGS");
        for (Note note : notes) {
            String date = note.meta().date().toLocalDate().toString();
            out.println(pad(date, 10) + "  " + pad(fit(title(note), titleWidth), titleWidth) + "  "
                    + String.join(", ", note.meta().tags()));
        }
    }

    private static String title(Note note) {
        return note.isDraft() ? note.title() + " [draft]" : note.title();
    }

    private static String fit(String text, int width) {
        if (text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static String pad(String text, int width) {
        int length = text.codePointCount(0, text.length());
        return length >= width ? text : text + " ".repeat(width - length);
    }
}
