package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A link a note holds runs no code, whichever writer writes it: its scheme is on a short list. */
class DangerousLinksTest {
    private static final UrlRewriter SITE = (url, image) -> url.contains(":") || url.startsWith("#") ? url : "/blog/" + url;
    private final MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(true, false));
    private final MarkdownRenderer raw = new MarkdownRenderer(new MarkdownOptions(true, true));

    private static String html(MarkdownRenderer renderer, String markdown) {
        return renderer.render(markdown, SITE).html();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(2)", "&#106;avascript:alert(3)",
            "&amp;#106;avascript:alert(3)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
            "java&#9;script:alert(4)", "javascript&colon;alert(5)", "javascript\\:alert(6)"})
    void writesARefusedLinkOrImageAsAHashInEveryWriter(String url) {
        for (String markdown : new String[] {"[x](" + url + ")", "![x](" + url + ")", "[x][r]\n\n[r]: " + url,
                "![x][r]\n\n[r]: " + url, "[x](" + url + ")\n\n<div>flexmark writes this note</div>"}) {
            String html = html(renderer, markdown);
            assertThat(html).as(markdown).containsAnyOf("href=\"#\"", "src=\"#\"")
                    .doesNotContainIgnoringCase("script:").doesNotContain("data:", "#106");
        }
    }

    @Test
    void writesARefusedAutolinkAsAHashAndKeepsItsText() {
        assertThat(html(renderer, "<javascript:alert(1)> et <VBSCRIPT:x>"))
                .isEqualTo("<p><a href=\"#\">javascript:alert(1)</a> et <a href=\"#\">VBSCRIPT:x</a></p>\n");
    }

    @Test
    void keepsTheAllowedSchemesAndRelativeLinks() {
        assertThat(html(renderer, "[a](https://x.org) [b](http://x.org) [c](mailto:j@x.fr) [d](tel:+331) [e](images/été.jpg) [f](#haut)"))
                .contains("href=\"https://x.org\"", "href=\"http://x.org\"", "href=\"mailto:j@x.fr\"", "href=\"tel:+331\"",
                        "href=\"/blog/images/%C3%A9t%C3%A9.jpg\"", "href=\"#haut\"");
    }

    @Test
    void listsARefusedLinkAsWrittenForCarnetCheck() {
        Rendered rendered = renderer.render("Un\n\n[x](JaVaScRiPt:alert(2))", SITE);
        assertThat(rendered.links()).containsExactly(new Rendered.LinkTarget("JaVaScRiPt:alert(2)", false, null, 2));
    }

    @Test
    void refusesUrlsInRawHtmlWhenItIsKept() {
        String html = html(raw, "Voir <a href=\"javascript:alert(1)\">ici</a> et <a HREF='JAVA&#x09;SCRIPT:x'>là</a>.\n\n"
                + "<div>\n<a href=\"https://x.org\">ok</a> <img src=\"data:image/png;base64,AAAA\" alt=\"x\">\n"
                + "<img srcset=\"a.png 1x, javascript:x 2x\"> <form action=vbscript:x></form>\n</div>\n");
        assertThat(html).contains("<a href=\"#\">ici</a>", "<a HREF='#'>là</a>", "<a href=\"https://x.org\">ok</a>",
                "<img src=\"#\" alt=\"x\">", "<img srcset=\"#\">", "<form action=#>").doesNotContainIgnoringCase("script:")
                .doesNotContain("data:");
    }

    @Test
    void listsTheRefusedUrlsOfRawHtmlWithTheirLines() {
        Rendered rendered = raw.render("Un <a href=\"javascript:x\">y</a>\n\n<div>\n<p>\n<img src=\"vbscript:z\">\n</div>\n", SITE);
        assertThat(rendered.links()).extracting(Rendered.LinkTarget::url, Rendered.LinkTarget::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("javascript:x", 0), org.assertj.core.groups.Tuple.tuple("vbscript:z", 4));
    }

    @Test
    void leavesRawHtmlAsWrittenWhenItHoldsNoRefusedUrl() {
        String block = "<div class=\"x\">\n<a href=\"https://x.org/a:b\" title=\"t: u\">x</a>\n<!-- <a href=\"javascript:x\"> -->\n</div>\n";
        assertThat(html(raw, block)).isEqualTo(block);
    }

    @Test
    void showsRawHtmlAsTextWhenItIsNotKept() {
        assertThat(html(renderer, "<a href=\"javascript:alert(1)\">x</a>")).contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;");
    }

    @Test
    void leavesAnEmptyLinkEmptyAsFlexmarkDoes() {
        assertThat(html(renderer, "[a]() ![a]()")).isEqualTo("<p><a href=\"\">a</a> <img src=\"\" alt=\"a\" /></p>\n");
    }
}
