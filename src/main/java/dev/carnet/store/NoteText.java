package dev.carnet.store;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * A note file cut in two without touching a byte: the front matter lines between the {@code ---}
 * fences, and the body, which is kept exactly as written.
 *
 * @param headerLines the lines between the fences, without their line ends
 * @param newline the file's line end ("\n" or "\r\n"), reused when the header is rewritten
 * @param closingFence the closing line as written ({@code ---} or {@code ...})
 * @param body everything after the closing fence's line end
 */
public record NoteText(List<String> headerLines, String newline, String closingFence, String body) {

    public NoteText {
        headerLines = List.copyOf(headerLines);
    }

    public static NoteText split(String text, String file) {
        if (text.isEmpty()) {
            throw new CarnetException(file, 1, Phrase.of("note.empty"), null);
        }
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        String newline = first.endsWith("\r") ? "\r\n" : "\n";
        if (!stripEnd(first).equals("---")) {
            throw new CarnetException(file, 1, Phrase.of("note.noFrontMatter"), null);
        }
        List<String> header = new ArrayList<>();
        int pos = firstEnd < 0 ? text.length() : firstEnd + 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            int next = end < 0 ? text.length() : end + 1;
            String bare = stripEnd(line);
            if (bare.equals("---") || bare.equals("...")) {
                return new NoteText(header, newline, bare, text.substring(next));
            }
            header.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            pos = next;
        }
        throw new CarnetException(file, 1, Phrase.of("note.unclosed"), null);
    }

    public String header() {
        return String.join("\n", headerLines) + (headerLines.isEmpty() ? "" : "\n");
    }

    /** The whole file again; for an unchanged note, identical to what was read (BOM aside). */
    public String join() {
        StringBuilder out = new StringBuilder("---").append(newline);
        for (String line : headerLines) {
            out.append(line).append(newline);
        }
        return out.append(closingFence).append(newline).append(body).toString();
    }

    public NoteText withHeader(List<String> lines) {
        return new NoteText(lines, newline, closingFence, body);
    }

    /** File line number of the body's first line. */
    public int bodyFirstLine() {
        return headerLines.size() + 3;
    }

    private static String stripEnd(String line) {
        return line.stripTrailing();
    }
}
