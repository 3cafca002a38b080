package dev.carnet.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jdom2.Verifier;
import org.jdom2.output.Format;

/**
 * The one-pass escape of a note's HTML for the feeds writes what JDOM's own escape wrote for
 * Rome's pretty output, on text (that JDOM takes) of every kind of character it treats apart.
 * Rerun: {@code mvn -o test -Dtest=XmlTextTest}.
 */
class XmlTextTest {
    private static final Format PRETTY = Format.getPrettyFormat();

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("<", ">", "&", "\r", "\n", "\r\n", "\t", " ", "\"", "'", "a", "é", "«", "\u00a0", "\u2019",
                "😀", "\uD83D", "\uDE00", "\uFFFD", "&amp;", "<p>", "</p>", "&#x", ";");
        // Only text JDOM takes: ContentTokens gives text it refuses (a lone surrogate) to Rome whole.
        return pieces.list().ofMaxSize(40).map(parts -> String.join("", parts)).filter(text -> Verifier.checkCharacterData(text) == null);
    }

    @Provide
    Arbitrary<String> anyTexts() {
        Arbitrary<String> pieces = Arbitraries.of("a", "é", "\t", "\n", "\r", "\u0000", "\u0001", "\u001F", " ", "\u007F", "\u0085",
                "\uD7FF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uE000", "\uFFFD", "\uFFFE", "\uFFFF", "😀", "\uD83D\uDE00");
        return pieces.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void findsTheSameCharactersLegalAsJdom(@ForAll("anyTexts") String text) {
        assertThat(XmlText.legal(text)).isEqualTo(Verifier.checkCharacterData(text) == null);
    }

    @Property(tries = 5000)
    void escapesAsJdomDoes(@ForAll("texts") String text) {
        String jdom = Format.escapeText(PRETTY.getEscapeStrategy(), PRETTY.getLineSeparator(), text);
        assertThat(XmlText.escape(text, PRETTY.getLineSeparator())).isEqualTo(jdom);
    }
}
