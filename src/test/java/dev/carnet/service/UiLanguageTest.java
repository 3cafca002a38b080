package dev.carnet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One rule for the language of the command line and of the text UI. */
class UiLanguageTest {
    @Test
    void carnetLangWinsThenTheBlogsLanguageThenTheTerminalsLocale() {
        Map<String, String> env = Map.of("CARNET_LANG", "en", "LANG", "fr_FR.UTF-8");
        assertThat(UiLanguage.choose(env, Locale.FRENCH, true)).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.choose(Map.of("LANG", "en_US.UTF-8"), Locale.FRENCH, true)).isEqualTo(Locale.FRENCH);
        assertThat(UiLanguage.choose(Map.of("LANG", "en_US.UTF-8"), Locale.FRENCH, false)).isEqualTo(Locale.forLanguageTag("en-US"));
        assertThat(UiLanguage.choose(Map.of("LANG", "C.UTF-8"), Locale.FRENCH, false)).as("C names no language").isEqualTo(Locale.FRENCH);
        assertThat(UiLanguage.choose(Map.of("CARNET_LANG", " "), Locale.ENGLISH, true)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void withoutABlogTheEnvironmentChoosesElseEnglish() {
        assertThat(UiLanguage.withoutBlog(Map.of())).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.withoutBlog(Map.of("LC_ALL", "C"))).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.withoutBlog(Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(Locale.forLanguageTag("fr-FR"));
        assertThat(UiLanguage.withoutBlog(Map.of("CARNET_LANG", "fr", "LANG", "en_US.UTF-8"))).isEqualTo(Locale.FRENCH);
    }
}
