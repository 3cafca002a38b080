package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;
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

    /** The plain-path shortcut against URI itself, over seeded random paths of plain and other characters. */
    @Test
    void givesWhatUriGivesForEveryPath() throws Exception {
        String alphabet = "abcXYZ019-._~/ %é日:?#@!$&'()*+,;=[]\\\"<>^`{|}\u00a0";
        Random random = new Random(20261202);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder path = new StringBuilder();
            boolean plain = random.nextBoolean();
            for (int n = random.nextInt(30); n > 0; n--) {
                path.append(alphabet.charAt(random.nextInt(plain ? 14 : alphabet.length())));
            }
            String expected;
            try {
                expected = new URI(null, null, path.toString(), null).toASCIIString();
            } catch (URISyntaxException e) {
                assertThatThrownBy(() -> SiteUrls.encode(path.toString())).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            assertThat(SiteUrls.encode(path.toString())).as(path.toString()).isEqualTo(expected);
        }
    }
}
