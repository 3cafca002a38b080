package dev.carnet.site.card;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The author on the card: their photo cut to a disc, made once per build at the size the card
 * shows it, or, when there is none that Java2D can read (an SVG: drawing one would take a library
 * of its own), their initials.
 *
 * @param disc the photo, {@link #SIZE} pixels square, transparent outside the disc; null for initials
 * @param initials up to two letters, from the author's name ("" when there is no name either)
 */
public record Portrait(BufferedImage disc, String initials) {
    /** The disc's diameter on the card. */
    static final int SIZE = 112;

    /** @param bytes the portrait's file, or null when there is none (or it is not in static/) */
    public static Portrait of(byte[] bytes, String authorName) {
        String initials = initials(authorName);
        if (bytes == null) {
            return new Portrait(null, initials);
        }
        Headless.ensure();
        BufferedImage photo;
        try {
            photo = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            photo = null; // a damaged or unknown file: the initials say who wrote it as well
        }
        return new Portrait(photo == null ? null : disc(photo), initials);
    }

    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = name.strip().split("[\\s.\\-]+");
        StringBuilder letters = new StringBuilder();
        for (String word : new String[] {words[0], words.length > 1 ? words[words.length - 1] : ""}) {
            if (!word.isEmpty()) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    /** The middle square of the photo, halved step by step down to the disc (one jump to 112 px would alias). */
    private static BufferedImage disc(BufferedImage photo) {
        int side = Math.min(photo.getWidth(), photo.getHeight());
        BufferedImage square = photo.getSubimage((photo.getWidth() - side) / 2, (photo.getHeight() - side) / 2, side, side);
        int size = side;
        BufferedImage current = square;
        while (size / 2 >= SIZE) {
            size /= 2;
            current = scaled(current, size);
        }
        BufferedImage disc = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = disc.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.fill(new Ellipse2D.Float(0, 0, SIZE, SIZE));
            g.setComposite(AlphaComposite.SrcIn);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(current, 0, 0, SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        return disc;
    }

    private static BufferedImage scaled(BufferedImage image, int size) {
        BufferedImage smaller = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smaller.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return smaller;
    }
}
