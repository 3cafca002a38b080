package dev.carnet.site.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A note's share card, drawn for real with the JDK's font: its size, its title's place, its bytes. */
class ShareCardTest {
    /** 120 characters, accents, « » with their no-break spaces, and a no-break space before the colon. */
    static final String LONG_FRENCH_TITLE =
            "Médiation numérique à la Gravière\u00a0: «\u00a0Réparer, reconditionner, transmettre\u00a0», bilan d’une année d’ateliers très partagés";
    private static final ShareCard CARD = new ShareCard(LONG_FRENCH_TITLE, "Carnet de Julien", "1er juin 2024", "Julien Martin");

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ShareCardTest.class.getResourceAsStream("/share-cards/" + name)) {
            return in.readAllBytes();
        }
    }

    private static CardPainter painter(String portrait) throws IOException {
        return new CardPainter(CardFont.jdk(), Portrait.of(portrait == null ? null : fixture(portrait), "Julien Martin"));
    }

    @Test
    void aCardIsA1200By627PngUnder300Kb() throws IOException {
        byte[] png = painter("portrait.jpg").png(CARD);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "share-card-sample.png"), png);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getWidth()).isEqualTo(1200);
        assertThat(read.getHeight()).isEqualTo(627);
        assertThat(png.length).isLessThan(300 * 1024);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void drawsALongFrenchTitleInsideTheFrame() throws IOException {
        CardPainter painter = painter("portrait.jpg");
        BufferedImage without = painter.draw(CARD, false);
        BufferedImage with = painter.draw(CARD, true);
        List<String> outside = new ArrayList<>();
        int changed = 0;
        for (int y = 0; y < CardPainter.HEIGHT; y++) {
            for (int x = 0; x < CardPainter.WIDTH; x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    changed++;
                    if (!CardPainter.TITLE.contains(x, y) || !CardPainter.SAFE.contains(x, y)) {
                        outside.add(x + "," + y);
                    }
                }
            }
        }
        assertThat(changed).as("pixels of the title").isGreaterThan(5000);
        assertThat(outside).as("title pixels outside the frame").isEmpty();
    }

    @Test
    void aLongTitleIsWrappedWholeNeverCutSilently() {
        TitleLayout layout = new CardPainter(CardFont.jdk(), Portrait.of(null, "")).layout(LONG_FRENCH_TITLE);
        assertThat(layout.lines()).hasSizeGreaterThan(1);
        assertThat(layout.shortened()).isFalse();
        assertThat(String.join(" ", layout.lines())).isEqualTo(LONG_FRENCH_TITLE);
        assertThat(layout.size()).isGreaterThan(40); // shrunk from 72 to fit, not down to the smallest
        assertThat(layout.lines()).noneMatch(line -> line.endsWith("\u00a0") || line.startsWith("\u00a0»"));
    }

    @Test
    void aTitleTooLongEvenSmallEndsOnAnEllipsisAndStaysInside() {
        CardPainter painter = new CardPainter(CardFont.jdk(), Portrait.of(null, ""));
        TitleLayout layout = painter.layout((LONG_FRENCH_TITLE + " ").repeat(5).strip());
        assertThat(layout.shortened()).isTrue();
        assertThat(layout.lines().get(layout.lines().size() - 1)).endsWith("…");
        assertThat(layout.height()).isLessThanOrEqualTo(CardPainter.TITLE.height());
        assertThat(layout.lines()).allMatch(line -> TitleLayout.advance(line, CardFont.jdk().bold().deriveFont(layout.size()),
                new FontRenderContext(null, true, true)) <= CardPainter.TITLE.width());
    }

    @Test
    void theSameCardIsTheSameBytesWhateverWasDrawnBefore() throws IOException {
        CardPainter painter = painter("portrait.jpg");
        byte[] first = painter.png(CARD);
        ShareCard june = new ShareCard("Notes de juin 2024", CARD.blog(), "1er juillet 2024", CARD.author());
        byte[] other = painter.png(june);
        assertThat(other).isNotEqualTo(first);
        // Bands of rows the last card shared are reused: neither that nor a fresh painter changes a byte.
        assertThat(painter.png(CARD)).isEqualTo(first);
        assertThat(painter("portrait.jpg").png(CARD)).isEqualTo(first);
        assertThat(painter("portrait.jpg").png(june)).isEqualTo(other);
    }

    @Test
    void thePngHoldsExactlyThePixelsDrawn() throws IOException {
        CardPainter painter = painter("portrait.jpg");
        painter.png(new ShareCard("Notes de juin 2024", CARD.blog(), "1er juillet 2024", CARD.author()));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(painter.png(CARD)));
        BufferedImage drawn = painter.draw(CARD, true);
        int differing = 0;
        for (int y = 0; y < CardPainter.HEIGHT; y++) {
            for (int x = 0; x < CardPainter.WIDTH; x++) {
                differing += (read.getRGB(x, y) & 0xFFFFFF) == (drawn.getRGB(x, y) & 0xFFFFFF) ? 0 : 1;
            }
        }
        assertThat(differing).isZero();
    }

    @Test
    void anSvgPortraitBecomesTheAuthorsInitialsInADisc() throws IOException {
        Portrait svg = Portrait.of(fixture("portrait.svg"), "Julien Martin");
        assertThat(svg.disc()).isNull();
        assertThat(svg.initials()).isEqualTo("JM");
        assertThat(Portrait.of(fixture("portrait.jpg"), "Julien Martin").disc()).isNotNull();
        BufferedImage initials = painter("portrait.svg").draw(CARD, true);
        BufferedImage none = new CardPainter(CardFont.jdk(), Portrait.of(null, "")).draw(CARD, true);
        // The disc's middle: the accent colour behind the letters, the paper without a portrait.
        assertThat(initials.getRGB(88 + 10, 464 + 56) & 0xFFFFFF).isEqualTo(0x1F5F8B);
        assertThat(none.getRGB(88 + 10, 464 + 56) & 0xFFFFFF).isEqualTo(0xFDFCF9);
    }

    @Test
    void initialsComeFromTheFirstAndLastNames() {
        assertThat(Portrait.initials("A. Author")).isEqualTo("AA");
        assertThat(Portrait.initials("Émilie du Châtelet")).isEqualTo("ÉC");
        assertThat(Portrait.initials("julien")).isEqualTo("J");
        assertThat(Portrait.initials(" ")).isEmpty();
    }
}
