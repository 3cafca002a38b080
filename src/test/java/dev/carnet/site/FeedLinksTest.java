package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scan that makes a note's links absolute for feeds gives what the regular expressions it
 * replaced gave, on HTML made of the pieces those expressions look at.
 * Rerun: {@code mvn -o test -Dtest=FeedLinksTest}.
 */
class FeedLinksTest {
    private static final Pattern ROOT_RELATIVE = Pattern.compile("(\\s(?:href|src)=\")/(?!/)");
    private static final Pattern FRAGMENT = Pattern.compile("(\\shref=\")#(?=[^\"])");
    private static final String ORIGIN = "https://someone.github.io";
    private static final String PAGE = "https://someone.github.io/blog/2024/07/x/";

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.of(" ", "\t", "\n", "\r", "\u000B", "\f", "\u00a0", "x", "é", "<a", "<img", ">", "href", "src", "hhref", "xsrc",
                "=\"", "=", "\"", "/", "//", "#", "#fn-1", "a/b", " href=\"/", " src=\"/", " href=\"#", "=\"/", "=\"#")
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void rootRelativeLinksAreMadeAbsoluteAsTheExpressionDid(@ForAll("html") String html) {
        String expected = ROOT_RELATIVE.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(ORIGIN) + "/");
        assertThat(FeedLinks.rootRelative(html, ORIGIN)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void fragmentLinksPointAtThePageAsTheExpressionDid(@ForAll("html") String html) {
        String expected = FRAGMENT.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(PAGE) + "#");
        assertThat(FeedLinks.fragments(html, PAGE)).isEqualTo(expected);
    }

    @Example
    void aNoteOfLinksImagesAndFootnotes() {
        String html = "<p><a href=\"/blog/2024/06/x/\">mai</a> <img src=\"/blog/images/a.jpg\" alt=\"\"> <a href=\"//cdn.example/x\">cdn</a>"
                + " <a href=\"#fn-1\">1</a> <a href=\"#\">refusé</a></p>";
        assertThat(FeedLinks.fragments(FeedLinks.rootRelative(html, ORIGIN), PAGE)).isEqualTo("<p><a href=\"" + ORIGIN
                + "/blog/2024/06/x/\">mai</a> <img src=\"" + ORIGIN + "/blog/images/a.jpg\" alt=\"\"> <a href=\"//cdn.example/x\">cdn</a>"
                + " <a href=\"" + PAGE + "#fn-1\">1</a> <a href=\"#\">refusé</a></p>");
    }
}
