package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagCompletionTest {
    private final TagCompletion completion = new TagCompletion(List.of("atelier", "Formation", "médiation numérique", "médiathèque", "fablab"));

    @Test
    void theWordIsWhatFollowsTheLastComma() {
        assertThat(TagCompletion.word("pix,  méd")).isEqualTo("méd");
        assertThat(TagCompletion.before("pix,  méd")).isEqualTo("pix, ");
        assertThat(TagCompletion.before("méd")).isEmpty();
    }

    @Test
    void candidatesIgnoreCaseAndAccentsAndKeepTheBlogsOrder() {
        assertThat(completion.candidates("MEDIA", List.of())).containsExactly("médiation numérique", "médiathèque");
        assertThat(completion.candidates("f", List.of())).containsExactly("Formation", "fablab");
        assertThat(completion.candidates("", List.of())).isEmpty();
        assertThat(completion.candidates("pix, ", List.of())).isEmpty();
    }

    @Test
    void candidatesLeaveOutTagsTypedOrTickedAlready() {
        assertThat(completion.candidates("fablab, f", List.of())).containsExactly("Formation");
        assertThat(completion.candidates("f", List.of("formation"))).containsExactly("fablab");
    }

    @Test
    void theCommonStartExtendsTheWordInTheBlogsSpelling() {
        assertThat(TagCompletion.commonStart("medi", List.of("médiation numérique", "médiathèque"))).isEqualTo("médiat");
        assertThat(TagCompletion.commonStart("f", List.of("Formation", "fablab"))).isEqualTo("f");
    }

    @Test
    void typedTagsTakeTheBlogsSpellingWithoutRepeats() {
        assertThat(completion.spelled("FORMATION, Médiation Numérique, pix, formation, ÀTELIER"))
                .containsExactly("Formation", "médiation numérique", "pix", "atelier");
    }
}
