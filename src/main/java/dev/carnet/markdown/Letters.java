package dev.carnet.markdown;

/**
 * Character.isLetterOrDigit with ASCII answered first. The JDK's is a call chain per character
 * in the quick (C1) compiler's code the launcher runs, and the Markdown passes ask it of most
 * characters of a note.
 */
final class Letters {
    private Letters() {
    }

    static boolean letterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
