package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DescriptionTest {
    /** The hand-written collapse against the regular expression it replaces, over seeded random texts. */
    @Test
    void collapsesSpacesAsTheRegularExpressionDoes() {
        String alphabet = "ab é\t\n\u000B\f\r\u00a0\u2009  x";
        Random random = new Random(20261202);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(PageDescription.collapseSpaces(t)).as("[%s]", t).isEqualTo(t.replaceAll("\\s+", " "));
        }
    }

    @Test
    void cutsALongSummaryAtAWordWithAnEllipsis() {
        String summary = "mot ".repeat(80);
        String description = PageDescription.of(summary);
        assertThat(description).endsWith("mot…").hasSizeLessThanOrEqualTo(201);
    }
}
