package dev.carnet.site.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.HostileText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.unbescape.html.HtmlEscape;

/**
 * Differential: the templates' escaping is Pebble's own (unbescape's {@code escapeHtml4Xml}) for
 * any text. Rerun: {@code mvn -o test -Dtest=HtmlTextTest}.
 */
class HtmlTextTest {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(HostileText.text(20), Arbitraries.strings().withChars("&<>\"'a é;#x").ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    @Property(tries = 2000)
    void escapesAsPebblesOwnStrategy(@ForAll("texts") String text) {
        assertThat(HtmlText.escape(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
    }

    @Example
    void escapesTheFiveMarkupCharactersOnly() {
        assertThat(HtmlText.escape("<a href=\"x\">l'été & « co »</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; « co »&lt;/a&gt;");
        assertThat(HtmlText.escape(null)).isNull();
    }
}
