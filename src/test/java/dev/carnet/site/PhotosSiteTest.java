package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.error.Phrase;
import dev.carnet.site.photo.PhotoFixtures;
import dev.carnet.store.Blog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note showing a phone's photo (portrait, with GPS), a small PNG and a file that only says it
 * is a JPEG, built for real: the copies made, what the page says of them, and what the site holds.
 */
class PhotosSiteTest {
    private static final String JUNE = "2024/07/notes-de-juin-2024/index.html";
    private static final String BASE = "/blog/";

    @TempDir
    Path dir;
    @TempDir
    Path out;

    @BeforeEach
    void aNoteWithPhotos() throws IOException {
        Fixtures.copy("site-blog", dir);
        Path images = dir.resolve("static/images");
        // Stored 2000×1500 by the sensor, shown 1500×2000: the phone was held upright.
        Files.write(images.resolve("grand.jpg"), PhotoFixtures.cameraJpeg(PhotoFixtures.picture(2000, 1500, 7), 6));
        Files.write(images.resolve("petit.png"), PhotoFixtures.png(PhotoFixtures.picture(300, 200, 8)));
        Files.writeString(images.resolve("casse.jpg"), "pas vraiment une image");
        Path note = dir.resolve("notes/2024/06-notes-de-juin-2024.md");
        Files.writeString(note, Files.readString(note) + "\n![Le grand atelier](images/grand.jpg \"Le grand atelier, en mai\")\n\n"
                + "Une capture ![l’écran](images/petit.png) et ![cassée](images/casse.jpg), encore ![cassée](images/casse.jpg).\n");
    }

    private Path build() {
        Path site = out.resolve("public");
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, new DirectorySink(site, out));
        return site;
    }

    private static Document page(Path site) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(JUNE)));
    }

    private static BufferedImage decode(Path file) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    @Test
    void makesEachWidthUnderThePhotosOwnAndNeverUpscales() throws IOException {
        Path site = build();
        for (int width : List.of(480, 720, 1080)) {
            BufferedImage copy = decode(site.resolve("images/grand." + width + "w.jpg"));
            assertThat(copy.getWidth()).isEqualTo(width);
            assertThat(copy.getHeight()).isEqualTo(Math.round(width * 4 / 3f));
        }
        assertThat(site.resolve("images/grand.1600w.jpg")).as("wider than the photo").doesNotExist();
        try (Stream<Path> files = Files.list(site.resolve("images"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("petit") || n.startsWith("casse")))
                    .containsExactlyInAnyOrder("petit.png", "casse.jpg");
        }
        assertThat(Files.readString(site.resolve("images/casse.jpg"))).isEqualTo("pas vraiment une image");
    }

    @Test
    void givesAValidSrcsetWhoseEveryCandidateIsThereAtItsWidth() throws IOException {
        Path site = build();
        Element img = page(site).selectFirst("img[alt=Le grand atelier]");
        assertThat(img).isNotNull();
        assertThat(img.attr("sizes")).isEqualTo(Photos.SIZES);
        List<String> candidates = Arrays.asList(img.attr("srcset").split(", "));
        assertThat(candidates).hasSize(4);
        for (String candidate : candidates) {
            assertThat(candidate).matches("/blog/images/grand(\\.\\d+w)?\\.jpg \\d+w");
            String[] parts = candidate.split(" ");
            int width = Integer.parseInt(parts[1].replace("w", ""));
            Path file = site.resolve(parts[0].substring(BASE.length()));
            // The original is shown turned by its orientation: its descriptor is the width readers see.
            assertThat(file.toString().endsWith("grand.jpg") ? 1500 : decode(file).getWidth()).as(candidate).isEqualTo(width);
        }
        assertThat(img.attr("src")).isEqualTo("/blog/images/grand.jpg");
        assertThat(img.attr("width")).isEqualTo("1500");
        assertThat(img.attr("height")).isEqualTo("2000");
        assertThat(img.attr("decoding")).isEqualTo("async");
        Element small = page(site).selectFirst("img[src=/blog/images/petit.png]");
        assertThat(small.hasAttr("srcset")).as("no copy: the PNG is narrower than the smallest").isFalse();
        assertThat(small.attr("width")).isEqualTo("300");
        assertThat(small.attr("height")).isEqualTo("200");
    }

    @Test
    void loadsTheFirstPhotoAtOnceAndTheOthersWhenScrolledTo() throws IOException {
        Document page = page(build());
        assertThat(page.selectFirst("img[src$=atelier.jpg]").hasAttr("loading")).isFalse();
        assertThat(page.selectFirst("img[alt=Le grand atelier]").attr("loading")).isEqualTo("lazy");
        assertThat(page.selectFirst("img[src$=petit.png]").attr("loading")).isEqualTo("lazy");
    }

    @Test
    void stripsGpsFromPublishedPhotos() throws IOException {
        Path site = build();
        List<Path> published;
        try (Stream<Path> walk = Files.walk(site)) {
            published = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(published).anyMatch(p -> p.endsWith("images/grand.480w.jpg"));
        for (Path file : published) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(PhotoFixtures.holdsPlace(bytes)).as(file.toString()).isFalse();
            if (file.toString().endsWith(".jpg")) {
                assertThat(PhotoFixtures.exifTags(bytes)).as(file.toString()).doesNotContain(0x8825);
            }
        }
        // The full-size photo keeps its orientation, alone, and the original in static/ is untouched.
        assertThat(PhotoFixtures.exifTags(Files.readAllBytes(site.resolve("images/grand.jpg")))).containsExactly(0x0112);
        assertThat(PhotoFixtures.holdsPlace(Files.readAllBytes(dir.resolve("static/images/grand.jpg")))).isTrue();
    }

    @Test
    void leavesADamagedPictureAsWrittenAndSaysSoOnce() throws IOException {
        BuildReport report = new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED,
                new DirectorySink(out.resolve("public"), out));
        assertThat(report.warnings().stream().map(w -> w.in(Phrase.ENGLISH)).toList()).filteredOn(w -> w.contains("casse.jpg")).hasSize(1).first().asString()
                .startsWith("notes/2024/06-notes-de-juin-2024.md").contains("static/images/casse.jpg");
        Element broken = page(out.resolve("public")).selectFirst("img[src$=casse.jpg]");
        assertThat(broken.attributes().size()).as(broken.outerHtml()).isEqualTo(2); // src and alt, as the Markdown wrote them
        List<SiteChecker.Finding> findings = new SiteChecker(Blog.open(dir), SiteBuilderTest.CLOCK).check(BuildOptions.PUBLISHED, 600);
        assertThat(findings).filteredOn(f -> f.message().in(Phrase.ENGLISH).contains("casse.jpg")).singleElement()
                .satisfies(f -> assertThat(f.error()).isFalse());
        assertThat(findings).noneMatch(SiteChecker.Finding::error);
    }

    @Test
    void feedsGiveTheCopiesByTheirFullAddress() throws IOException {
        String feed = Files.readString(build().resolve("feed.xml"));
        assertThat(feed).contains("https://someone.github.io/blog/images/grand.480w.jpg 480w, https://someone.github.io/blog/images/grand.720w.jpg 720w");
        assertThat(feed).doesNotContain(" /blog/images/grand");
    }

    @Test
    void aCleanBuildTakesTheCopiesFromTheCacheWithoutResizing() throws IOException {
        Path site = build();
        Path cache = dir.resolve(".carnet/cache/photos");
        Map<String, byte[]> kept = new TreeMap<>();
        try (Stream<Path> files = Files.list(cache)) {
            files.forEach(f -> kept.put(f.getFileName().toString(), IncrementalBuildTest.read(f)));
        }
        assertThat(kept).hasSize(3);
        byte[] copy = Files.readAllBytes(site.resolve("images/grand.480w.jpg"));
        String name = kept.entrySet().stream().filter(e -> e.getValue().length == copy.length + 4
                && Arrays.equals(Arrays.copyOf(e.getValue(), copy.length), copy)).findFirst().orElseThrow().getKey();
        // Plant another picture (with its checksum) under the 480 copy's key: a build that copies from the cache gives it.
        byte[] stranger = PhotoFixtures.jpeg(PhotoFixtures.picture(480, 640, 99));
        Files.write(cache.resolve(name), IncrementalBuildTest.withChecksum(stranger));
        assertThat(Files.readAllBytes(build().resolve("images/grand.480w.jpg"))).isEqualTo(stranger);
    }
}
