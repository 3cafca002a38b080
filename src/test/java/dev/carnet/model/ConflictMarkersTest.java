package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictMarkersTest {
    @Test
    void findsTheFirstMarkerLineOfAConflictGitOrJGitWrote() {
        assertThat(ConflictMarkers.firstLine("a\nb\n<<<<<<< Upstream, based on main\nx\n=======\ny\n>>>>>>> 1a2b3c4 Ici\n")).isEqualTo(3);
        assertThat(ConflictMarkers.firstLine("<<<<<<< HEAD\r\nx\r\n=======\r\ny\r\n>>>>>>> b\r\n")).isEqualTo(1);
    }

    @Test
    void aConflictWhoseOpeningLineWasRemovedStartsAtItsSeparator() {
        assertThat(ConflictMarkers.firstLine("texte\nx\n=======\ny\n>>>>>>> 1a2b3c4\n")).isEqualTo(3);
    }

    @Test
    void aHeadingUnderlineOfSevenEqualSignsIsText() {
        assertThat(ConflictMarkers.firstLine("Atelier\n=======\n\nTexte.\n")).isZero();
    }

    @Test
    void markersInFencedCodeAreText() {
        assertThat(ConflictMarkers.firstLine("```\n<<<<<<< HEAD\n=======\n>>>>>>> b\n```\n")).isZero();
        assertThat(ConflictMarkers.firstLine("~~~~ text\n<<<<<<< HEAD\n~~~\n>>>>>>> b\n~~~~\nfin\n")).isZero();
        assertThat(ConflictMarkers.firstLine("```\ncode\n```\n<<<<<<< HEAD\n")).isEqualTo(4);
    }

    @Test
    void longerOrIndentedRunsAreNotMarkers() {
        assertThat(ConflictMarkers.firstLine("<<<<<<<< eight\n >>>>>>> indented\n<<<<<<<x glued\n")).isZero();
    }
}
