package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import dev.carnet.store.Blog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample blog built for real: which notes get a share card, what their heads say of it, and the preview serving it. */
class ShareCardsSiteTest {
    private static final String APRIL = "2024/05/notes-d-avril-2024/";
    private static final String JUNE = "2024/07/notes-de-juin-2024/";

    @TempDir
    Path dir;

    @BeforeEach
    void sampleBlog() {
        Fixtures.copy("site-blog", dir);
    }

    private Map<String, OutputFile> build() {
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        return sink.files();
    }

    private static Document head(Map<String, OutputFile> site, String page) {
        return Jsoup.parse(site.get(page + "index.html").text());
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "], meta[name=" + property + "]").attr("content");
    }

    @Test
    void aNoteWithoutAPictureOfItsOwnIsSharedWithItsCard() throws IOException {
        Map<String, OutputFile> site = build();
        Document april = head(site, APRIL);
        assertThat(meta(april, "og:image")).isEqualTo("https://someone.github.io/blog/" + APRIL + "share.png");
        assertThat(meta(april, "og:image:width")).isEqualTo("1200");
        assertThat(meta(april, "og:image:height")).isEqualTo("627");
        assertThat(meta(april, "og:image:alt")).isEqualTo("Notes d\u2019avril 2024");
        assertThat(meta(april, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(april, "twitter:image")).isEqualTo(meta(april, "og:image"));
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(site.get(APRIL + "share.png").content()));
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(627);
    }

    @Test
    void aNoteWithItsOwnPictureKeepsIt() throws IOException {
        Files.writeString(dir.resolve("static/images/atelier.jpg"), "pas vraiment une image");
        Map<String, OutputFile> site = build();
        Document june = head(site, JUNE);
        assertThat(meta(june, "og:image")).isEqualTo("https://someone.github.io/blog/images/atelier.jpg");
        assertThat(meta(june, "og:image:alt")).isEqualTo("Atelier au centre social");
        // atelier.jpg is not really a picture here: no size is known, none is given.
        assertThat(june.select("meta[property=og:image:width]")).isEmpty();
        assertThat(site).doesNotContainKey(JUNE + "share.png");
    }

    @Test
    void aPictureOfStaticGivesItsSizeReadFromItsHeader() throws IOException {
        Files.copy(Fixtures.resource("share-cards/portrait.jpg"), dir.resolve("static/images/atelier.jpg"),
                StandardCopyOption.REPLACE_EXISTING);
        Document june = head(build(), JUNE);
        assertThat(meta(june, "og:image:width")).isEqualTo("480");
        assertThat(meta(june, "og:image:height")).isEqualTo("640");
    }

    @Test
    void shareCardsOffLeavesThePortrait() throws IOException {
        Fixtures.write(dir.resolve("carnet.yml"), Files.readString(dir.resolve("carnet.yml")).replace("  perPage: 2", "  perPage: 2\n  shareCards: false"));
        Map<String, OutputFile> site = build();
        assertThat(meta(head(site, APRIL), "og:image")).isEqualTo("https://someone.github.io/blog/images/portrait.jpg");
        assertThat(site.keySet()).noneMatch(path -> path.endsWith("share.png"));
    }

    @Test
    void aShareCardsSettingThatIsNotABooleanNamesItself() throws IOException {
        Fixtures.write(dir.resolve("carnet.yml"), Files.readString(dir.resolve("carnet.yml")).replace("  perPage: 2", "  perPage: 2\n  shareCards: sometimes"));
        assertThatThrownBy(this::build).isInstanceOf(CarnetException.class)
                .hasMessageContaining("carnet.yml").hasMessageContaining("shareCards").hasMessageContaining("sometimes");
    }

    @Test
    void aFontOfTheBlogThatIsNoFontIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("static/fonts"));
        Files.writeString(dir.resolve("static/fonts/Titre.ttf"), "pas une police");
        assertThatThrownBy(this::build).isInstanceOf(CarnetException.class).hasMessageStartingWith("static/fonts/Titre.ttf:");
    }
}
