package dev.carnet.model;

/**
 * The lines git writes into a file both sides of a sync changed: {@code <<<<<<< ours},
 * {@code =======}, {@code >>>>>>> theirs}. A note holding them must never reach readers.
 *
 * <p>Lines inside fenced code ({@code ```} or {@code ~~~}) are text: a note may well show a
 * conflict. A lone {@code =======} is also a Markdown heading underline ("Atelier" over seven
 * {@code =}), so it counts only in a text that holds one of the two other markers.
 */
public final class ConflictMarkers {
    private ConflictMarkers() {
    }

    /**
     * The 1-based line, counted from the start of {@code text}, of its first conflict marker
     * outside fenced code; 0 when there is none.
     */
    public static int firstLine(String text) {
        if (text.indexOf("<<<<<<<") < 0 && text.indexOf(">>>>>>>") < 0) {
            return 0; // nearly every note: two scans the JIT makes fast, no line splitting
        }
        int separator = 0;
        char fence = 0;
        int fenceLength = 0;
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String stripped = line.strip();
            int indent = line.length() - line.stripLeading().length();
            if (indent <= 3 && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                char c = stripped.charAt(0);
                int length = run(stripped, c);
                if (fence == 0) {
                    fence = c;
                    fenceLength = length;
                } else if (c == fence && length >= fenceLength && stripped.length() == length) {
                    fence = 0;
                }
                continue;
            }
            if (fence != 0) {
                continue;
            }
            if (marker(line, '<')) {
                return number;
            }
            if (marker(line, '>')) {
                // The opening marker was removed: the conflict starts at the separator before, if any.
                return separator > 0 ? separator : number;
            }
            if (line.stripTrailing().equals("=======")) {
                separator = number;
            }
        }
        return 0;
    }

    private static boolean marker(String line, char c) {
        return line.length() >= 7 && run(line, c) == 7 && (line.length() == 7 || line.charAt(7) == ' ' || line.charAt(7) == '\r');
    }

    private static int run(String text, char c) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == c) {
            n++;
        }
        return n;
    }
}
