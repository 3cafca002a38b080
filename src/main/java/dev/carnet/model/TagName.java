package dev.carnet.model;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * What makes two tags one, and the folder a tag's page lives in. Case, accents and the spelling
 * of separators do not make a tag different ({@code Médiation numérique} is
 * {@code mediation-numerique}); letters of any script and symbols do ({@code c}, {@code c++} and
 * {@code c#} are three tags, {@code русский} is a tag of its own).
 */
public final class TagName {
    private TagName() {
    }

    /**
     * The tag's identity: lower-case, accents of Latin and Greek letters dropped (in Cyrillic and
     * other scripts a mark makes another letter: {@code й} is not {@code и}), {@code ’} as
     * {@code '}, runs of spaces, hyphens and underscores as one hyphen. Empty only for a blank tag.
     */
    public static String key(String tag) {
        String lower = Slug.ligatures(tag.strip().toLowerCase(Locale.ROOT)).replace('\u2019', '\'').replace('\u02bc', '\'');
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        boolean separator = false;
        int base = -1;
        for (int i = 0; i < nfd.length(); ) {
            int c = nfd.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK && base >= 0 && accentsFold(base)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '_') {
                separator = out.length() > 0;
                continue;
            }
            if (separator) {
                out.append('-');
                separator = false;
            }
            out.appendCodePoint(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                base = c;
            }
        }
        // Again once accents are gone: ǣ is æ with a macron, and æ is ae.
        return Normalizer.normalize(Slug.ligatures(out.toString()), Normalizer.Form.NFC);
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * The tag's folder under {@code tags/}: its letters and digits in any script, the others as
     * hyphens, {@code +} and {@code #} spelled out ({@code c-plus-plus}, {@code c-sharp}); a tag
     * with none of them (say {@code ..}) gets {@code tag-} and a hash of it, so it is never empty
     * and never leaves {@code tags/}.
     */
    public static String slug(String tag) {
        String key = key(tag);
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || isMark(c) && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.appendCodePoint(c);
            } else {
                String word = c == '+' ? "plus" : c == '#' ? "sharp" : null;
                hyphen(out);
                if (word != null) {
                    out.append(word);
                    hyphen(out);
                }
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() > 0 ? out.toString() : "tag-" + hash(key);
    }

    /** Eight hex digits of the tag's identity, to tell apart tags whose slugs would be one. */
    public static String hash(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static void hyphen(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
            out.append('-');
        }
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean accentsFold(int base) {
        Character.UnicodeScript script = Character.UnicodeScript.of(base);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK;
    }
}
