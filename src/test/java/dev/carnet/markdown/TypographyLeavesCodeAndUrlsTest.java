package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * French typography (« » quotes, no-break spaces before ; : ! ?) is for running text: the same
 * note rendered with and without it has the same inline code, code blocks, link and image
 * addresses, character for character.
 * Rerun: {@code mvn -o test -Dtest=TypographyLeavesCodeAndUrlsTest}.
 */
class TypographyLeavesCodeAndUrlsTest {
    private static final MarkdownRenderer FRENCH = new MarkdownRenderer(new MarkdownOptions(true, false));
    private static final MarkdownRenderer PLAIN = new MarkdownRenderer(new MarkdownOptions(false, false));
    private static final String CODE_CHARS = "ab ;:!?\"'«»<>&-/=.,()*_\u00a0";
    private static final String URL_CHARS = "abz09?:!;=&%#~._-/";

    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> words = Arbitraries.of("Bonjour", " ", "vraiment", " !", " ?", ":", ";", " : ", "\"cité\"", "'a'", "« x »",
                "\n", "\n\n", "**gras** ?", "_x_ !", "2024:", "ssh://h/x?y");
        Arbitrary<String> url = Arbitraries.strings().withChars(URL_CHARS).ofMaxLength(20).map(tail -> "https://ex.org/" + tail);
        Arbitrary<String> span = Arbitraries.strings().withChars(CODE_CHARS).ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank()).map(s -> "`" + s + "`");
        Arbitrary<String> link = Combinators.combine(words, url).as((text, href) -> "[lien" + text.strip() + "](" + href + ")");
        Arbitrary<String> image = url.map(src -> "![image](" + src + ")");
        Arbitrary<String> auto = url.map(href -> "<" + href + ">");
        Arbitrary<String> bare = url.map(href -> " " + href + " ");
        Arbitrary<String> fenced = Arbitraries.strings().withChars(CODE_CHARS + "\n").ofMaxLength(40)
                .map(code -> "\n\n```\n" + code + "\n```\n\n");
        Arbitrary<String> indented = Arbitraries.strings().withChars(CODE_CHARS).ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank()).map(code -> "\n\n    " + code + "\n\n");
        return Arbitraries.frequencyOf(
                Tuple.of(6, words), Tuple.of(3, span), Tuple.of(2, link),
                Tuple.of(1, image), Tuple.of(1, auto), Tuple.of(2, bare),
                Tuple.of(1, fenced), Tuple.of(1, indented))
                .list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    void typographyNeverChangesCodeNorAddresses(@ForAll("notes") String markdown) {
        Document french = html(FRENCH, markdown);
        Document plain = html(PLAIN, markdown);

        assertThat(code(french)).isEqualTo(code(plain));
        assertThat(french.select("a[href]").eachAttr("href")).isEqualTo(plain.select("a[href]").eachAttr("href"));
        assertThat(french.select("img").eachAttr("src")).isEqualTo(plain.select("img").eachAttr("src"));
    }

    private static Document html(MarkdownRenderer renderer, String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, UrlRewriter.UNCHANGED).html());
    }

    private static List<String> code(Document document) {
        return document.select("code").stream().map(Element::wholeText).toList();
    }
}
