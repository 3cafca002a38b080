package dev.carnet.site.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/**
 * Draws a note's share card, 1200×627 (the size LinkedIn, Facebook and WhatsApp show whole): the
 * blog's name, the title as large as it fits, and under a rule the author's portrait, name and the
 * date, in the theme's colours. Thread-safe: each card is drawn on its own image.
 */
public final class CardPainter {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 627;
    /** Part of every card's key: bump it when a card would look different, so that kept cards are drawn again. */
    public static final int VERSION = 1;
    /** Nothing is drawn outside it but the accent stripe on the left edge. */
    public static final Box SAFE = new Box(72, 48, 1056, 531);
    /** Where the title goes, inside {@link #SAFE}. */
    public static final Box TITLE = new Box(88, 132, 1024, 286);

    private static final Color PAPER = new Color(0xFDFCF9);
    private static final Color INK = new Color(0x1F2328);
    private static final Color MUTED = new Color(0x57606A);
    private static final Color ACCENT = new Color(0x1F5F8B);
    private static final Color RULE = new Color(0xD8DEE4);
    private static final int STRIPE = 16;
    private static final int RULE_Y = 440;
    private static final float LARGEST = 72;
    private static final float SMALLEST = 40;

    private final CardFont font;
    private final Portrait portrait;
    private final FontRenderContext context = new FontRenderContext(null, true, true);
    private final PngEncoder encoder = new PngEncoder();

    /** A rectangle of the card, in pixels. */
    public record Box(int x, int y, int width, int height) {
        public boolean contains(int px, int py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    public CardPainter(CardFont font, Portrait portrait) {
        Headless.ensure();
        this.font = font;
        this.portrait = portrait;
    }

    /** The card as PNG bytes: the same card gives the same bytes. */
    public byte[] png(ShareCard card) {
        return encoder.encode(draw(card, true));
    }

    public TitleLayout layout(String title) {
        return TitleLayout.fit(title, font.bold(), context, TITLE.width(), TITLE.height(), LARGEST, SMALLEST);
    }

    /** @param withTitle false only to see, in a test, which pixels are the title's */
    public BufferedImage draw(ShareCard card, boolean withTitle) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, STRIPE, HEIGHT);
            Font name = font.bold().deriveFont(30f);
            g.setFont(name);
            g.drawString(fitted(card.blog(), name, TITLE.width()), TITLE.x(), 92);
            if (withTitle) {
                title(g, layout(card.title()));
            }
            g.setColor(RULE);
            g.setStroke(new BasicStroke(2));
            g.draw(new Line2D.Float(TITLE.x(), RULE_Y, TITLE.x() + TITLE.width(), RULE_Y));
            footer(g, card);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void title(Graphics2D g, TitleLayout layout) {
        g.setColor(INK);
        g.setFont(font.bold().deriveFont(layout.size()));
        // Centred in its box: a one-line title does not leave a gap above the rule.
        float baseline = TITLE.y() + (TITLE.height() - layout.height()) / 2 + layout.ascent();
        for (String line : layout.lines()) {
            g.drawString(line, TITLE.x(), baseline);
            baseline += layout.leading();
        }
    }

    /** The portrait (or initials) at the left, the author's name and the date beside it. */
    private void footer(Graphics2D g, ShareCard card) {
        int top = RULE_Y + 24;
        int x = TITLE.x();
        boolean disc = portrait.disc() != null || !portrait.initials().isEmpty();
        if (portrait.disc() != null) {
            g.drawImage(portrait.disc(), x, top, null);
        } else if (disc) {
            g.setColor(ACCENT);
            g.fill(new Ellipse2D.Float(x, top, Portrait.SIZE, Portrait.SIZE));
            Font letters = font.bold().deriveFont(Portrait.SIZE * 0.38f);
            g.setFont(letters);
            g.setColor(PAPER);
            var bounds = letters.createGlyphVector(context, portrait.initials()).getVisualBounds();
            g.drawString(portrait.initials(), (float) (x + (Portrait.SIZE - bounds.getWidth()) / 2 - bounds.getX()),
                    (float) (top + (Portrait.SIZE - bounds.getHeight()) / 2 - bounds.getY()));
        }
        int textX = disc ? x + Portrait.SIZE + 28 : x;
        int room = TITLE.x() + TITLE.width() - textX;
        Font plain = font.regular().deriveFont(28f);
        if (card.author().isBlank()) {
            g.setColor(MUTED);
            g.setFont(plain);
            g.drawString(fitted(card.date(), plain, room), textX, top + Portrait.SIZE / 2f + 10);
            return;
        }
        Font bold = font.bold().deriveFont(30f);
        g.setColor(INK);
        g.setFont(bold);
        g.drawString(fitted(card.author(), bold, room), textX, top + 46);
        g.setColor(MUTED);
        g.setFont(plain);
        g.drawString(fitted(card.date(), plain, room), textX, top + 90);
    }

    /** One line that fits {@code width}, ending on "…" when it had to be cut. */
    private String fitted(String text, Font sized, int width) {
        String line = TitleLayout.words(text);
        if (TitleLayout.advance(line, sized, context) <= width) {
            return line;
        }
        while (!line.isEmpty() && TitleLayout.advance(line + "…", sized, context) > width) {
            line = line.substring(0, line.offsetByCodePoints(line.length(), -1)).stripTrailing();
        }
        return line + "…";
    }
}
