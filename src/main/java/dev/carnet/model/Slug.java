package dev.carnet.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URL- and file-safe name: lower-case ASCII letters and digits separated by single hyphens.
 * By construction a slug can never hold '/', '.', or anything else that could leave a folder.
 */
public record Slug(String value) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a slug: '" + value + "' (use a-z, 0-9 and single hyphens)");
        }
    }

    /** {@code Œuvres d'été} becomes {@code oeuvres-d-ete}. Returns null when nothing is left. */
    public static Slug fromText(String text) {
        String s = slugify(text);
        return s.isEmpty() ? null : new Slug(s);
    }

    /** The slug text of {@code text}, possibly empty (e.g. for "???" or "東京"). */
    public static String slugify(String text) {
        String latin = LatinFold.slugify(text);
        return latin != null ? latin : slugifyFully(text);
    }

    /** {@link #slugify} the whole way, for any text; what LatinFold's table is made of and held to. */
    static String slugifyFully(String text) {
        String dashed = NON_ALNUM.matcher(fold(text)).replaceAll("-");
        int start = 0;
        int end = dashed.length();
        while (start < end && dashed.charAt(start) == '-') {
            start++;
        }
        while (end > start && dashed.charAt(end - 1) == '-') {
            end--;
        }
        return dashed.substring(start, end);
    }

    /** Lower case, ligatures spelt out, accents dropped: what is left to turn into hyphens. */
    static String fold(String text) {
        String folded = ligatures(text.toLowerCase(Locale.ROOT));
        // Ligatures again once accents are gone: ǣ is æ with a macron, and æ is ae.
        return ligatures(MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll(""));
    }

    /**
     * Whether {@code text} is a slug: what {@code [a-z0-9]+(?:-[a-z0-9]+)*} matches, by one look at
     * each character (a build makes ten thousand slugs, and the expression was a tenth of reading
     * the notes kept from the last one). SlugSafetyTest checks it against the expression.
     */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        boolean afterHyphen = true; // a slug starts, as after a hyphen, with a letter or a digit
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else if (c == '-' && !afterHyphen) {
                afterHyphen = true;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    static String ligatures(String lower) {
        return lower.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o")
                .replace("đ", "d").replace("ł", "l").replace("þ", "th");
    }

    @Override
    public String toString() {
        return value;
    }
}
