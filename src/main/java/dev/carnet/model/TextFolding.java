package dev.carnet.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case- and accent-insensitive text, so that {@code mediation} finds {@code Médiation}. */
public final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    public static String fold(String text) {
        String lower = Slug.ligatures(text.toLowerCase(Locale.ROOT));
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        // NFD keeps one char per base letter for Latin scripts, so offsets in the folded text
        // stay close to the original line; that is all search needs.
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
