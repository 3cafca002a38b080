package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagNameTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        médiation numérique | mediation-numerique
        Logiciel libre      | logiciel-libre
        l’été               | l-ete
        русский             | русский
        Русский язык        | русский-язык
        日本                | 日本
        ελληνικά            | ελληνικα
        हिंदी                 | हिंदी
        c++                 | c-plus-plus
        C#                  | c-sharp
        c                   | c
        a&b <x>             | a-b-x
        """)
    void givesEveryTagASlugInItsOwnScript(String tag, String slug) {
        assertThat(TagName.slug(tag)).isEqualTo(slug);
    }

    /** Found by SlugSafetyTest: the ligature came out of an accented letter after ligatures were folded. */
    @Test
    void anAccentedLigatureIsTheSameTagAsTheLigature() {
        assertThat(TagName.same("Ǣ", "Æ")).isTrue();
        assertThat(TagName.slug("ǣlfred")).isEqualTo("aelfred").isEqualTo(TagName.slug(TagName.slug("ǣlfred")));
    }

    @Test
    void aTagWithoutLettersGetsAHashNeverAnEmptyOrEscapingSlug() {
        assertThat(TagName.slug("..")).matches("tag-[0-9a-f]{8}");
        assertThat(TagName.slug("???")).matches("tag-[0-9a-f]{8}").isNotEqualTo(TagName.slug(".."));
    }

    @Test
    void caseAccentsAndSeparatorsMakeOneTagSymbolsAndScriptsDoNot() {
        assertThat(TagName.same("Médiation numérique", "mediation-numerique")).isTrue();
        assertThat(TagName.same("médiation  numérique", "MEDIATION_NUMERIQUE")).isTrue();
        assertThat(TagName.same("l'été", "l’été")).isTrue();
        List<String> distinct = List.of("c", "c++", "c#", "русский", "руский", "русскии", "日本", "..", "ελληνικά");
        Set<String> keys = distinct.stream().map(TagName::key).collect(Collectors.toSet());
        assertThat(keys).hasSize(distinct.size());
        assertThat(TagName.key("  ")).isEmpty();
    }
}
