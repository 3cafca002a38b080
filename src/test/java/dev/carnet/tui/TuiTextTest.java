package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The text UI's bundles: the same keys in each language, every pattern well formed, plurals by MessageFormat. */
class TuiTextTest {
    private static final TuiText FRENCH = TuiText.of(Locale.FRENCH);
    private static final TuiText ENGLISH = TuiText.of(Locale.ENGLISH);

    private static Properties bundle(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = TuiText.class.getResourceAsStream("/dev/carnet/i18n/tui_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    @Test
    void frenchAndEnglishHaveTheSameWordsAndEveryPatternFormats() throws IOException {
        Properties english = bundle("en");
        assertThat(bundle("fr").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            for (TuiText text : new TuiText[] {FRENCH, ENGLISH}) {
                for (int n : new int[] {0, 1, 3, 12345}) {
                    assertThat(text.format(key, n, n, n)).as(key).doesNotContain("{").isNotBlank();
                }
            }
        }
    }

    @Test
    void countsAgreeWithTheirNumberInBothLanguages() {
        assertThat(FRENCH.format("state.changes", 0)).isEqualTo("0 modification");
        assertThat(FRENCH.format("state.changes", 1)).isEqualTo("1 modification");
        assertThat(FRENCH.format("state.changes", 3)).isEqualTo("3 modifications");
        assertThat(ENGLISH.format("state.changes", 0)).isEqualTo("0 changes");
        assertThat(ENGLISH.format("state.changes", 1)).isEqualTo("1 change");
        assertThat(ENGLISH.format("quit.question", 3)).startsWith("3 changes are saved but not committed.");
        assertThat(ENGLISH.format("quit.question", 1)).startsWith("1 change is saved but not committed.");
        assertThat(FRENCH.format("commit.done", "0a29cf0", 1)).isEqualTo("0a29cf0 validé (1 fichier)");
        assertThat(ENGLISH.format("commit.done", "0a29cf0", 4)).isEqualTo("Committed 0a29cf0 (4 files)");
        assertThat(ENGLISH.format("main.count", 10000)).as("no grouping: scripts read the count").isEqualTo("10000 notes");
    }

    @Test
    void aRegionalOrUnknownLanguageReadsItsLanguageOrEnglish() {
        assertThat(TuiText.of(Locale.forLanguageTag("fr-CA")).get("key.quit")).isEqualTo("quitter");
        assertThat(TuiText.of(Locale.forLanguageTag("pt-BR")).get("key.quit")).isEqualTo("quit");
    }
}
