package dev.carnet.cli;

import dev.carnet.model.Comment;
import dev.carnet.model.Note;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code carnet list --json} and {@code carnet show --json}: a stable, documented shape for scripts. */
final class NoteJson {
    private NoteJson() {
    }

    static String array(List<Note> notes) {
        return notes.stream().map(NoteJson::object).collect(Collectors.joining(",\n  ", "[\n  ", "\n]"))
                .replace("[\n  \n]", "[]");
    }

    /**
     * One note as {@code carnet show --json} prints it: the listing's fields, then its aliases,
     * image and readers' comments ({@code parent} and {@code url} are null when absent).
     */
    static String withComments(Note note, List<Comment> comments) {
        String listed = object(note);
        return listed.substring(0, listed.length() - 1)
                + ", \"aliases\": " + note.meta().aliases().stream().map(a -> string(a.path())).collect(Collectors.joining(", ", "[", "]"))
                + ", \"image\": " + nullable(note.meta().image())
                + ", \"comments\": " + comments.stream().map(NoteJson::comment).collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"))
                        .replace("[\n    \n  ]", "[]")
                + "}";
    }

    private static String comment(Comment comment) {
        return "{\"id\": " + string(comment.id())
                + ", \"parent\": " + nullable(comment.parent())
                + ", \"author\": " + string(comment.author())
                + ", \"url\": " + nullable(comment.url())
                + ", \"date\": " + string(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(comment.date()))
                + ", \"text\": " + string(comment.text())
                + "}";
    }

    private static String nullable(String text) {
        return text == null ? "null" : string(text);
    }

    private static String object(Note note) {
        return "{\"path\": " + string(note.path())
                + ", \"month\": " + string(note.month().toString())
                + ", \"slug\": " + string(note.slug().value())
                + ", \"title\": " + string(note.title())
                + ", \"date\": " + string(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(note.meta().date()))
                + ", \"tags\": " + note.meta().tags().stream().map(NoteJson::string).collect(Collectors.joining(", ", "[", "]"))
                + ", \"draft\": " + note.isDraft()
                + ", \"summary\": " + nullable(note.meta().summary())
                + "}";
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
