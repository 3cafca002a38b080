package dev.carnet.site.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdom2.output.Format;

/**
 * A note's HTML goes into Rome as a short token, and into the feed Rome wrote as the text JDOM
 * would have written for it: escaped as JDOM's own function does ({@link XmlText}), once per note for all the feeds that
 * show it (the site's RSS and Atom and each of its tags' feeds) instead of checked and escaped
 * character by character in each, two thirds of the time of the feeds. HTML JDOM would refuse
 * or write otherwise (a character XML forbids, nothing but spaces) goes in whole, as before.
 */
final class ContentTokens {
    /** What Rome's {@code WireFeedOutput} writes with when asked to indent. */
    private static final Format PRETTY = Format.getPrettyFormat();
    /** Private-use characters: a note's text holding a token's exact form is refused in {@link #fill}, never mistaken. */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    /** Kept for HTML that goes in whole (a character XML forbids): U+E002 alone, which no escaped text is. */
    private static final String WHOLE = "\uE002";

    private final Map<String, String> escaped;
    private final List<String> texts = new ArrayList<>();

    /** @param escaped the HTML already escaped, by HTML, shared by the feeds of one build; null: no tokens */
    private ContentTokens(Map<String, String> escaped) {
        this.escaped = escaped;
    }

    /** The feed {@code write} makes, with tokens; again without when they cannot all be filled. */
    static String write(Map<String, String> escaped, Function<ContentTokens, String> write) {
        ContentTokens tokens = new ContentTokens(escaped);
        String filled = tokens.fill(write.apply(tokens));
        return filled != null ? filled : write.apply(none());
    }

    /** The HTML given whole: Rome's own way. */
    static ContentTokens none() {
        return new ContentTokens(null);
    }

    /** What to give Rome for this HTML. */
    String token(String html) {
        String text = escaped(escaped, html);
        if (text == null) {
            return html;
        }
        String token = OPEN + "carnet-content-" + texts.size() + CLOSE;
        texts.add(text);
        return token;
    }

    /**
     * The HTML as JDOM writes it in a feed, escaped once per note in {@code escaped}, or null when
     * it goes in whole: blank, or with a character XML forbids (or {@code escaped} is null).
     */
    static String escaped(Map<String, String> escaped, String html) {
        if (escaped == null || html.isBlank()) {
            return null;
        }
        // Checked once per note too, in one pass (XmlText.legal): JDOM's check of every character was half of what escaping saved.
        String text = escaped.computeIfAbsent(html, h -> !XmlText.legal(h) ? WHOLE
                : XmlText.escape(Format.trimBoth(h), PRETTY.getLineSeparator()));
        return text.equals(WHOLE) ? null : text;
    }

    /** The feed with each token replaced by its text, or null when a token is not found exactly once. */
    private String fill(String xml) {
        if (texts.isEmpty()) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length() + texts.stream().mapToInt(String::length).sum());
        int from = 0;
        for (int i = 0; i < texts.size(); i++) {
            String token = OPEN + "carnet-content-" + i + CLOSE;
            // Its first place must come after the last token's, and it must have no second.
            int at = xml.indexOf(token);
            if (at < from || xml.indexOf(token, at + token.length()) >= 0) {
                return null;
            }
            out.append(xml, from, at).append(texts.get(i));
            from = at + token.length();
        }
        return out.append(xml, from, xml.length()).toString();
    }
}
