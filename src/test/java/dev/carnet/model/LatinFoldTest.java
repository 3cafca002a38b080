package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The table's slugs are those of the whole way (lower case, ligatures, decomposition, accents dropped). */
class LatinFoldTest {
    @Provide
    Arbitrary<String> latinText() {
        // Every character of the table, with a few past it (a combining accent, a typographic apostrophe, Greek).
        return Arbitraries.strings().withCharRange('\u0000', '\u017f').withChars("\u0301\u2019\u00a0\u202fΣσ東").ofMaxLength(30);
    }

    @Property(tries = 5000)
    void slugsAsTheWholeWayDoes(@ForAll("latinText") String text) {
        assertThat(Slug.slugify(text)).as(text).isEqualTo(Slug.slugifyFully(text));
    }

    @Example
    void readsFrenchHeadingsByTheTable() {
        assertThat(LatinFold.slugify("Ce que j'ai appris : l'été à Saint-Étienne")).isEqualTo("ce-que-j-ai-appris-l-ete-a-saint-etienne");
        assertThat(LatinFold.slugify("Œuvres — « Ça va ? »")).isNull(); // the dash is past the table: the whole way
        assertThat(Slug.slugify("Œuvres — « Ça va ? »")).isEqualTo("oeuvres-ca-va");
        assertThat(LatinFold.slugify("İstanbul, ĳssel, ǣ")).isNull();
        assertThat(LatinFold.slugify("İstanbul, ĳssel")).isEqualTo(Slug.slugifyFully("İstanbul, ĳssel"));
    }
}
