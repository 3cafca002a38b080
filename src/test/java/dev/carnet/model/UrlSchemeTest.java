package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlSchemeTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://exemple.fr/a:b", "http://x.org", "HTTPS://X.ORG", "mailto:julien@exemple.fr",
            "tel:+33123456789", "images/été.jpg", "/blog/2024/07/x/", "../2023/12-notes.md#atelier", "#fn-1", "",
            "//cdn.exemple.fr/x.js", "?page=2", "page?x=a:b", "a/b:c", "notes#12:30", "A&B.html", "&amp;x"})
    void allowsRelativeUrlsAndTheListedSchemes(String url) {
        assertThat(UrlScheme.refusedScheme(url)).isNull();
        assertThat(UrlScheme.safe(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "javascript:alert(1)               | javascript",
            "JaVaScRiPt:alert(2)               | javascript",
            "&#106;avascript:alert(3)          | javascript",
            "&#106avascript:alert(3)           | javascript",
            "&#x6A;avascript:alert(3)          | javascript",
            "&amp;#106;avascript:alert(3)      | javascript",
            "javascript&colon;alert(4)         | javascript",
            "javascript&#58;alert(4)           | javascript",
            "java&Tab;script:alert(5)          | javascript",
            "' javascript:alert(6)'            | javascript",
            "data:text/html;base64,PHNjcmlwdD4= | data",
            "vbscript:msgbox(1)                | vbscript",
            "ftp://exemple.fr/x                | ftp",
            "file:///etc/passwd                | file",
    })
    void refusesOtherSchemesHoweverTheyAreWritten(String url, String scheme) {
        assertThat(UrlScheme.refusedScheme(url)).isEqualTo(scheme);
        assertThat(UrlScheme.safe(url)).isEqualTo("#");
    }

    @ParameterizedTest
    @ValueSource(strings = {"java\tscript:alert(1)", "java\nscript:x", "\u0001javascript:x", "java\u200Bscript:x",
            "java\u00ADscript:x", "\u00A0javascript:x", "javascript\u0000:x"})
    void readsTheSchemeWithoutTheCharactersBrowsersIgnore(String url) {
        assertThat(UrlScheme.refusedScheme(url)).isEqualTo("javascript");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c:\\fichiers\\x.png", "2024-07-01:notes", "ｊavascript:x"})
    void refusesWhatOnlyLooksLikeAPathWhenAColonComesFirst(String url) {
        assertThat(UrlScheme.refusedScheme(url)).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void namesTheAllowedSchemesForMessages() {
        assertThat(UrlScheme.allowed()).isEqualTo("http, https, mailto, tel");
    }
}
