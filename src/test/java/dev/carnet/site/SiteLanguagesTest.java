package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's words come from a bundle per language: a third language is a file, unknown ones read English. */
class SiteLanguagesTest {
    @TempDir
    Path dir;

    private Document home(String language) throws IOException {
        Fixtures.copy("site-blog", dir);
        Path yml = dir.resolve("carnet.yml");
        Files.writeString(yml, Files.readString(yml).replace("language: fr", "language: " + language));
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        Map<String, OutputFile> files = sink.files();
        return Jsoup.parse(files.get("index.html").text());
    }

    @Test
    void aGermanBlogShowsTheWordsOfTheGermanBundleWithNoCodeForIt() throws IOException {
        // site_de.properties exists only in src/test/resources: nothing else knows German.
        Document page = home("de");
        assertThat(page.text()).contains("Zum Inhalt springen", "Startseite", "Veröffentlicht mit carnet")
                .doesNotContain("Skip to content", "Aller au contenu");
    }

    @Test
    void aFrenchBlogShowsFrenchWords() throws IOException {
        assertThat(home("fr").text()).contains("Aller au contenu", "Accueil", "Publié avec carnet");
    }

    @Test
    void aBrazilianBlogWithoutPortugueseWordsFallsBackToEnglish() throws IOException {
        assertThat(home("pt-BR").text()).contains("Skip to content", "Home", "Published with carnet");
    }

    @Test
    void aRegionalLanguageReadsItsLanguagesBundle() {
        assertThat(UiText.of(Locale.forLanguageTag("fr-CA")).home()).isEqualTo("Accueil");
        assertThat(UiText.of(Locale.forLanguageTag("de-AT")).home()).isEqualTo("Startseite");
    }

    @Test
    void theFrenchAndEnglishBundlesHoldExactlyTheWordsTheThemeUses() throws IOException {
        String[] words = Arrays.stream(UiText.class.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
        for (String language : new String[] {"fr", "en"}) {
            Properties bundle = new Properties();
            try (InputStream in = UiText.class.getResourceAsStream("/dev/carnet/i18n/site_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(bundle.stringPropertyNames()).as(language).containsExactlyInAnyOrder(words);
        }
    }
}
