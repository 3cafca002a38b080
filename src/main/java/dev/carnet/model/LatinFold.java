package dev.carnet.model;

/**
 * {@link Slug#slugify} for text in Latin letters (French, and most languages written with
 * Latin-1 and Latin Extended-A), by a table made once of what the full way (lower case,
 * ligatures, Unicode decomposition, accents dropped) gives for each such character: the full way
 * ran two regular expressions, fourteen replacements and a normalisation for each heading of each
 * note, a fiftieth of a cold build. Text with any other character gives null and goes the full
 * way. SlugTest holds the two to the same slugs.
 */
final class LatinFold {
    /** The table's end: ASCII, Latin-1 Supplement and Latin Extended-A. */
    private static final int END = 0x180;
    /** What each character becomes before hyphens replace what is not a letter or a digit. */
    private static final String[] FOLDED = table();

    private LatinFold() {
    }

    private static String[] table() {
        String[] folded = new String[END];
        for (char c = 0; c < END; c++) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                folded[c] = String.valueOf(c);
            } else if (c >= 'A' && c <= 'Z') {
                folded[c] = String.valueOf((char) (c - 'A' + 'a'));
            } else if (c < 0x80) {
                folded[c] = "-";
            } else {
                folded[c] = Slug.fold(String.valueOf(c));
            }
        }
        return folded;
    }

    /** The slug text of {@code text}, or null when a character is not in the table. */
    static String slugify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean dash = false; // a run of what is not a letter or a digit, written as one hyphen before the next
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= END) {
                return null;
            }
            String folded = FOLDED[c];
            for (int j = 0; j < folded.length(); j++) {
                char f = folded.charAt(j);
                if (f >= 'a' && f <= 'z' || f >= '0' && f <= '9') {
                    if (dash && out.length() > 0) {
                        out.append('-');
                    }
                    dash = false;
                    out.append(f);
                } else {
                    dash = true;
                }
            }
        }
        return out.toString();
    }
}
