package dev.carnet.site.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalFilterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1er juillet 2024        | 1<sup>er</sup> juillet 2024",
        "11 juillet 2024         | 11 juillet 2024",
        "July 1, 2024            | July 1, 2024",
        "21er <b>1er</b> & 1ers  | 21er &lt;b&gt;1<sup>er</sup>&lt;/b&gt; &amp; 1ers",
    })
    void putsTheFrenchOrdinalInSupAndEscapesTheRest(String date, String html) {
        assertThat(new OrdinalFilter().apply(date, Map.of(), null, null, 1).toString()).isEqualTo(html);
    }
}
