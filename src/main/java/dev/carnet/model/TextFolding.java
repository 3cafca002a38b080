package dev.carnet.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case- and accent-insensitive text, so that {@code mediation} finds {@code Médiation}. */
public final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    /** Folded forms of U+0000..U+024F (Latin), computed once; other characters take the slow path. */
    private static final String[] LATIN = new String[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = slowFold(String.valueOf(c));
        }
    }

    public static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded;
            if (c < LATIN.length) {
                folded = LATIN[c];
            } else if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                folded = null;
            } else {
                folded = slowFold(String.valueOf(c));
            }
            if (folded == null) {
                return slowFold(text);
            }
            if (out == null) {
                if (folded.length() == 1 && folded.charAt(0) == c) {
                    continue;
                }
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            out.append(folded);
        }
        return out == null ? text : out.toString();
    }

    private static String slowFold(String text) {
        String lower = Slug.ligatures(text.toLowerCase(Locale.ROOT));
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
