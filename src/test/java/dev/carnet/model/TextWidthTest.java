package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {
    @Test
    void countsWideCharactersTwiceAndCombiningAccentsNotAtAll() {
        assertThat(TextWidth.of("Notes")).isEqualTo(5);
        assertThat(TextWidth.of("e\u0301te\u0301")).isEqualTo(3);
        assertThat(TextWidth.of("東京")).isEqualTo(4);
        assertThat(TextWidth.of("한국 🙂")).isEqualTo(7);
    }

    @Test
    void fitsAndPadsByColumns() {
        assertThat(TextWidth.fit("東京の記録です", 7)).isEqualTo("東京の…");
        assertThat(TextWidth.fit("Notes", 5)).isEqualTo("Notes");
        assertThat(TextWidth.pad("東京", 6)).isEqualTo("東京  ");
    }
}
