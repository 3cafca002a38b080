package dev.carnet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text an author, a paste or an import can put anywhere: YAML's reserved words and indicators,
 * fences, French and RTL spacing, emoji, control characters, and any code point at all (lone
 * surrogates aside: they are not text and cannot be written as UTF-8).
 */
public final class HostileText {
    /** Whole tokens YAML, Markdown or carnet itself give a meaning to. */
    public static final String[] TOKENS = {
        "yes", "No", "~", "null", "true", "off", "42", "0x1F", "1e3", ".inf", "2024-06-01", ": ", ":", "#", " #", "- ", "-",
        "---", "...", "? ", "&a", "*a", "!!str", "!x", "%YAML", "@", "`", "|", ">", "{", "}", "[", "]", ",", "\"", "'", "\\",
        "\n", "\r\n", "\t", "\u00a0", "\u202f", "\u2007", "« ", " »", "’", "\u05e9\u05dc\u05d5\u05dd", "\u200f", "\u202e",
        "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "😀", "👩🏽‍💻", "\ufeff", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085",
        "\u2028", "\u2029", "\ufffe", "\uffff", "\ufffd", "é", "e\u0301", "Œuvre", "ß", "İ", "東京", "<b>", "&amp;", "%2e%2e",
    };

    private HostileText() {
    }

    /** Any code point but a surrogate. */
    public static Arbitrary<String> codePoint() {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                .map(Character::toString);
    }

    /** Up to {@code pieces} tokens, plain letters and arbitrary code points, run together. */
    public static Arbitrary<String> text(int pieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(TOKENS)),
                Tuple.of(4, Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '\'').ofMinLength(1).ofMaxLength(6)),
                Tuple.of(2, codePoint()));
        return piece.list().ofMaxSize(pieces).map(list -> String.join("", list));
    }
}
