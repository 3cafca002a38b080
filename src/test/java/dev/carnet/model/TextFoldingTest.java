package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void foldsCaseAccentsAndLigatures() {
        assertThat(TextFolding.fold("Médiation NUMÉRIQUE, Œuvre et cæsium à Noël"))
                .isEqualTo("mediation numerique, oeuvre et caesium a noel");
    }

    @Test
    void foldsDecomposedAccentsLikeComposedOnes() {
        assertThat(TextFolding.fold("Me\u0301diation")).isEqualTo("mediation");
    }

    @Test
    void leavesOtherScriptsSearchable() {
        assertThat(TextFolding.fold("Atelier 東京 «Ελλάδα»")).isEqualTo("atelier 東京 «ελλαδα»");
    }

    @Test
    void returnsPlainAsciiUnchanged() {
        String text = "plain ascii text";
        assertThat(TextFolding.fold(text)).isSameAs(text);
    }
}
