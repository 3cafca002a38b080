package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SiteUrlsTest {
    @Test
    void encodesCyrillicTagFoldersAsUtf8PercentEscapes() {
        assertThat(SiteUrls.encode("tags/русский/")).isEqualTo("tags/%D1%80%D1%83%D1%81%D1%81%D0%BA%D0%B8%D0%B9/");
    }

    @Test
    void leavesAsciiPathsAsTheyAre() {
        assertThat(SiteUrls.encode("tags/logiciel-libre/feed.xml")).isEqualTo("tags/logiciel-libre/feed.xml");
    }

    @Test
    void encodesWhatAUrlPathMayNotHold() {
        assertThat(SiteUrls.encode("tags/a b%c/")).isEqualTo("tags/a%20b%25c/");
    }

    @Test
    void anEncodedPathDecodesBackToTheFolderName() {
        String folder = "tags/日本語-été/";
        assertThat(URI.create(SiteUrls.encode(folder)).getPath()).isEqualTo(folder);
    }
}
