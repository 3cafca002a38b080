package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Notes de décembre          | notes-de-decembre
        Œuvres d'été               | oeuvres-d-ete
        Notes d'août 2024          | notes-d-aout-2024
        «  Ça   va ? »             | ca-va
        Cæsar & Straße             | caesar-straße
        ../../etc/passwd           | etc-passwd
        Ligne/avec\\barres         | ligne-avec-barres
        """)
    void foldsAccentsLigaturesAndPunctuationIntoHyphens(String text, String slug) {
        assertThat(Slug.slugify(text)).isEqualTo(slug.replace("ß", "ss"));
    }

    /** Found by SlugSafetyTest: ǣ (æ with a macron) lost its letters instead of becoming ae. */
    @Test
    void anAccentedLigatureBecomesItsLetters() {
        assertThat(Slug.slugify("Ǣlfred")).isEqualTo("aelfred");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "a/b", "a..b", "-a", "a-", "A", "é", "a--b", "a b", "a.b"})
    void refusesAnythingThatCouldLeaveAFolder(String text) {
        assertThatThrownBy(() -> new Slug(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"???", "東京", "   "})
    void givesNoSlugWhenNoLetterSurvives(String text) {
        assertThat(Slug.fromText(text)).isNull();
    }
}
