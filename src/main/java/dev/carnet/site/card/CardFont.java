package dev.carnet.site.card;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.XxHash64;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The typeface of the cards: the blog's own, when {@code static/fonts/} holds a {@code .ttf} or
 * {@code .otf} (a file whose name says bold for the title, the first other one for the rest), else
 * the JDK's sans-serif.
 *
 * @param identity what the cards' keys hold of the font: its files' hashes, or the JDK that chose it
 */
public record CardFont(Font regular, Font bold, String identity) {

    /** The JDK's sans-serif (DejaVu Sans on Debian): no file to read. */
    public static CardFont jdk() {
        Headless.ensure();
        return new CardFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1), new Font(Font.SANS_SERIF, Font.BOLD, 1), jdkIdentity());
    }

    /** The JDK's, named without loading it: a key is made before any card is drawn. */
    static String jdkIdentity() {
        return "jdk " + Font.SANS_SERIF + " " + System.getProperty("java.vm.version") + " " + System.getProperty("os.name");
    }

    /** The font files of the blog, sorted by name (empty when it has none). */
    public static List<Path> files(Path blogRoot) {
        Path folder = blogRoot.resolve("static/fonts");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".ttf") || name.endsWith(".otf");
            }).sorted().toList();
        } catch (IOException e) {
            throw new CarnetException("static/fonts/", 0, Phrase.of("site.cannotList", e.getMessage()), e);
        }
    }

    /** The blog's fonts, or the JDK's when it has none. */
    public static CardFont of(Path blogRoot) {
        List<Path> files = files(blogRoot);
        if (files.isEmpty()) {
            return jdk();
        }
        Headless.ensure();
        Path bold = files.stream().filter(CardFont::isBold).findFirst().orElse(null);
        Path regular = files.stream().filter(p -> !isBold(p)).findFirst().orElse(bold);
        Font plain = load(blogRoot, regular);
        // A blog with one regular file: Java2D thickens it for the title.
        Font heavy = bold == null ? plain.deriveFont(Font.BOLD) : load(blogRoot, bold);
        return new CardFont(plain, heavy, identity(blogRoot, files));
    }

    /** The fonts' hashes, read without making fonts of them. */
    public static String identity(Path blogRoot, List<Path> files) {
        if (files.isEmpty()) {
            return jdkIdentity();
        }
        StringBuilder identity = new StringBuilder("blog");
        for (Path file : files) {
            try {
                identity.append(' ').append(file.getFileName()).append('=').append(Long.toHexString(XxHash64.hash(Files.readAllBytes(file))));
            } catch (IOException e) {
                throw unreadable(blogRoot, file, e.getMessage(), e);
            }
        }
        return identity.toString();
    }

    private static boolean isBold(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains("bold") && !name.contains("italic");
    }

    private static Font load(Path blogRoot, Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (IOException | FontFormatException e) {
            throw unreadable(blogRoot, file, e.getMessage(), e);
        }
    }

    private static CarnetException unreadable(Path blogRoot, Path file, String why, Exception cause) {
        String shown = blogRoot.relativize(file).toString().replace('\\', '/');
        return new CarnetException(shown, 0, Phrase.of("card.badFont", why), cause);
    }
}
