package dev.carnet.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link QuickTokens} as HtmlEmitter writes the nodes flexmark makes of the same text, and
 * collects the links and footnote references on the way. A text token gets what carnet's tree
 * pass gives a text node: French spacing, knowing whether it follows another inline on its line
 * ("**gras** ?"), then the escaping and curled apostrophes of {@link TextRenderer}.
 */
final class QuickHtml {
    private final char[] s;
    private final boolean french;
    private final UrlRewriter rewriter;
    final List<Rendered.LinkTarget> links = new ArrayList<>();
    /** The footnotes' labels in the order of their reference, which numbers them. */
    final List<String> footnotes = new ArrayList<>();

    QuickHtml(char[] source, boolean french, UrlRewriter rewriter) {
        this.s = source;
        this.french = french;
        this.rewriter = rewriter;
    }

    /** Whether the tokens are one image with a title, which alone in its paragraph is a figure. */
    static boolean figure(QuickTokens t) {
        return t.count == 1 && t.kind[0] == QuickTokens.IMAGE && ((QuickTokens.Target) t.target[0]).title() != null
                && !((QuickTokens.Target) t.target[0]).title().isBlank();
    }

    void figure(QuickTokens t, StringBuilder out) {
        QuickTokens.Target image = (QuickTokens.Target) t.target[0];
        links.add(new Rendered.LinkTarget(image.url(), true, image.alt(), t.line[0]));
        out.append(Figure.html(LinkUrls.resolve(rewriter, image.url(), true), image.alt(), image.title()));
    }

    /**
     * @param text where a heading's text goes as flexmark's TextCollectingVisitor gives it, or
     *     null; a heading holds only text and emphasis here
     * @param references whether footnote references may be there (not in a footnote)
     */
    void write(QuickTokens t, StringBuilder out, StringBuilder text, boolean references) {
        boolean joins = false;
        for (int k = 0; k < t.count; k++) {
            int kind = t.kind[k];
            if (text != null && kind != QuickTokens.TEXT && kind != QuickTokens.EM && kind != QuickTokens.EM_END
                    && kind != QuickTokens.STRONG && kind != QuickTokens.STRONG_END) {
                throw new HtmlWriting.Unsupported();
            }
            switch (kind) {
                case QuickTokens.TEXT -> text(out, t.from[k], t.to[k], joins, text);
                case QuickTokens.BREAK -> out.append('\n');
                case QuickTokens.EM -> out.append("<em>");
                case QuickTokens.EM_END -> out.append("</em>");
                case QuickTokens.STRONG -> out.append("<strong>");
                case QuickTokens.STRONG_END -> out.append("</strong>");
                case QuickTokens.CODE -> {
                    out.append("<code>");
                    TextRenderer.escape(out, s, t.from[k], t.to[k], false);
                    out.append("</code>");
                }
                case QuickTokens.LINK -> {
                    QuickTokens.Target link = (QuickTokens.Target) t.target[k];
                    links.add(new Rendered.LinkTarget(link.url(), false, null, t.line[k]));
                    out.append("<a");
                    attribute(out, "href", LinkUrls.resolve(rewriter, link.url(), false));
                    if (link.title() != null) {
                        attribute(out, "title", link.title());
                    }
                    out.append('>');
                }
                case QuickTokens.LINK_END -> out.append("</a>");
                case QuickTokens.IMAGE -> image((QuickTokens.Target) t.target[k], t.line[k], out);
                case QuickTokens.FOOTNOTE -> {
                    String label = new String(s, t.from[k], t.to[k] - t.from[k]);
                    QuickTokens.unsupportedIf(!references || footnotes.contains(label));
                    footnotes.add(label);
                    FootnoteHtml.reference(out, footnotes.size(), 0);
                }
                default -> throw new HtmlWriting.Unsupported();
            }
            // The next text follows an inline on its line unless this opens one or breaks the line.
            joins = kind != QuickTokens.BREAK && kind != QuickTokens.EM && kind != QuickTokens.STRONG && kind != QuickTokens.LINK;
        }
    }

    private void image(QuickTokens.Target image, int line, StringBuilder out) {
        links.add(new Rendered.LinkTarget(image.url(), true, image.alt(), line));
        out.append("<img");
        attribute(out, "src", LinkUrls.resolve(rewriter, image.url(), true));
        attribute(out, "alt", image.alt());
        if (image.title() != null) {
            attribute(out, "title", image.title());
        }
        out.append(" />");
    }

    private void text(StringBuilder out, int from, int to, boolean joins, StringBuilder collected) {
        String spaced = french && FrenchSpacing.hasHighPunctuation(s, from, to) ? FrenchSpacing.space(s, from, to - from, joins) : null;
        if (spaced == null) {
            TextRenderer.escape(out, s, from, to, french);
            if (collected != null) {
                collected.append(s, from, to - from);
            }
        } else {
            char[] chars = spaced.toCharArray();
            TextRenderer.escape(out, chars, 0, chars.length, french);
            if (collected != null) {
                collected.append(spaced);
            }
        }
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(HtmlWriting.attributeValue(value)).append('"');
    }
}
