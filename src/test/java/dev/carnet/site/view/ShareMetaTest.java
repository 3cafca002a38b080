package dev.carnet.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShareMetaTest {
    private static SiteView site(String lang) {
        return new SiteView("t", "d", lang, "/", "/a/", "/t/", "/f/", "/r", "/at", "/j", "https://x/r", "/s.css", "/f.svg", List.of(),
                null, "2024", "/assets/");
    }

    private static HeadView head(String image) {
        return new HeadView("t", "", "https://x/", "article", image, "", "", List.of(), false);
    }

    @Test
    void openGraphLocalesCarryATerritory() {
        assertThat(site("fr").ogLocale()).isEqualTo("fr_FR");
        assertThat(site("en").ogLocale()).isEqualTo("en_US");
        assertThat(site("pt-BR").ogLocale()).isEqualTo("pt_BR");
        assertThat(site("de").ogLocale()).isEqualTo("de_DE");
    }

    @Test
    void onlyAPictureTheNetworksShowGetsTheLargeCard() {
        assertThat(head("https://x/images/atelier.jpg").largeCard()).isTrue();
        assertThat(head("https://x/images/portrait.svg").largeCard()).isFalse();
        assertThat(head("").largeCard()).isFalse();
    }
}
