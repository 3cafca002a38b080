package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bare addresses in running text, as a French note writes them. */
class BareUrlsTest {
    /** As the site rewrites: a relative address gets the base path (which must never reach a mailto:). */
    private static final UrlRewriter SITE = (url, image) -> url.contains(":") ? url : "/blog/" + url;
    private final MarkdownRenderer french = new MarkdownRenderer(new MarkdownOptions(true, false));

    private String html(String markdown) {
        return french.render(markdown, SITE).html();
    }

    @Test
    void linksAFrenchAddressWholeAndNeverRewritesIt() {
        assertThat(html("Écrire à julien.éric@exemple.fr demain"))
                .isEqualTo("<p>Écrire à <a href=\"mailto:julien.%C3%A9ric@exemple.fr\">julien.éric@exemple.fr</a> demain</p>\n");
        assertThat(html("contact@café.fr.")).isEqualTo("<p><a href=\"mailto:contact@caf%C3%A9.fr\">contact@café.fr</a>.</p>\n");
    }

    @Test
    void leavesAFediverseHandleAsText() {
        assertThat(html("Suivez @julien@mastodon.social !")).isEqualTo("<p>Suivez @julien@mastodon.social\u202F!</p>\n");
    }

    @Test
    void leavesGitRemotesAsText() {
        assertThat(html("git clone git@github.com:me/x.git ou ssh://git@github.com/me/x"))
                .isEqualTo("<p>git clone git@github.com:me/x.git ou ssh://git@github.com/me/x</p>\n");
    }

    /** French spacing still applies after the link: a no-break space before ! becomes the narrow one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Voir https://exemple.fr.                          | https://exemple.fr                              | .",
            "(voir https://exemple.fr)                         | https://exemple.fr                              | )",
            "https://fr.wikipedia.org/wiki/Pain_(homonymie) fin | https://fr.wikipedia.org/wiki/Pain_(homonymie)  | ' fin'",
            "https://exemple.fr\u00A0!                          | https://exemple.fr                              | \u202F!",
            "https://exemple.fr\u202F?                          | https://exemple.fr                              | \u202F?",
            "«\u00A0https://exemple.fr/été\u00A0»               | https://exemple.fr/été                          | \u00A0»",
            "«https://exemple.fr»                               | https://exemple.fr                              | »",
            "Voir www.framasoft.org, merci                      | www.framasoft.org                               | ,",
            "https://exemple.fr/?q=a:b;                         | https://exemple.fr/?q=a:b                       | \u202F;",
    })
    void endsABareUrlWhereTheSentenceTakesOver(String markdown, String url, String after) {
        String html = html(markdown);
        assertThat(html).contains(">" + url + "</a>" + after.replace("'", ""));
    }

    @Test
    void linksAccentedUrlsAsciiEncoded() {
        assertThat(html("https://fr.wikipedia.org/wiki/Élysée"))
                .contains("href=\"https://fr.wikipedia.org/wiki/%C3%89lys%C3%A9e\">https://fr.wikipedia.org/wiki/Élysée</a>");
    }

    @Test
    void linksOnlyWebAddresses() {
        assertThat(html("ftp://exemple.fr/x et javascript://x.org%0Aalert(1) et http://localhost:8080/x"))
                .isEqualTo("<p>ftp://exemple.fr/x et javascript://x.org%0Aalert(1) et "
                        + "<a href=\"http://localhost:8080/x\">http://localhost:8080/x</a></p>\n");
    }

    @Test
    void keepsAddressesInsideLinksAndCodeAsTheyAre() {
        assertThat(html("`julien@exemple.fr` [écrire julien@exemple.fr](mailto:julien@exemple.fr)"))
                .isEqualTo("<p><code>julien@exemple.fr</code> <a href=\"mailto:julien@exemple.fr\">écrire julien@exemple.fr</a></p>\n");
    }
}
