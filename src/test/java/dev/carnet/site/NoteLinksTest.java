package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteLinksTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        a/./b/../c                          | a/c
        notes/2024/../../pages/à propos.md  | pages/à propos.md
        ../../../pages/about.md             | pages/about.md
        notes//2024/06-x.md                 | notes/2024/06-x.md
        """)
    void normalisesAPathKeepingItInsideTheBlog(String path, String normal) {
        assertThat(NoteLinks.normalize(path)).isEqualTo(normal);
    }
}
