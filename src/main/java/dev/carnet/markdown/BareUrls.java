package dev.carnet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Turns bare {@code https://…}, {@code www.…} and e-mail addresses in running text into links
 * (GitHub-style autolinks), found by nibor's autolink (IRIs, balanced parentheses, trailing
 * punctuation, non-ASCII addresses), then held to what a French note means:
 * <ul>
 *   <li>only http and https addresses are linked ({@code ssh://git@host/x} stays text);
 *   <li>{@code @julien@mastodon.social} is a fediverse handle and {@code git@github.com:me/x.git}
 *       a git remote, not e-mail addresses: both stay text;
 *   <li>a link ends before a closing quote or other punctuation that is not ASCII
 *       ({@code «https://exemple.fr»}), before {@code * _ ~} as GitHub's autolinks do, and an
 *       address stops at a no-break space ({@code julien@exemple.fr !}).
 * </ul>
 * Only text that holds "://", "www." or "@" is examined, which keeps this cheap on long notes.
 */
final class BareUrls {
    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

    private BareUrls() {
    }

    /** A link's place in the text. */
    private record Span(int start, int end, boolean email) {
    }

    /**
     * Splits {@code text} around the addresses it holds; returns the plain text parts that remain
     * (the node itself when it holds none). Safe during a tree walk: new nodes go before it.
     */
    static List<Text> split(Text text, TextChars held) {
        if (!mayHoldAddress(held)) {
            return List.of(text);
        }
        for (Node parent = text.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link || parent instanceof AutoLink || parent instanceof MailLink || parent instanceof Code) {
                return List.of(text);
            }
        }
        String chars = held.toString();
        List<Span> spans = spans(chars);
        if (spans.isEmpty()) {
            return List.of(text);
        }
        BasedSequence base = text.getChars();
        List<Text> parts = new ArrayList<>();
        int done = 0;
        for (Span span : spans) {
            if (span.start() > done) {
                Text part = new Text(base.subSequence(done, span.start()));
                text.insertBefore(part);
                parts.add(part);
            }
            text.insertBefore(link(base.subSequence(span.start(), span.end()), span.email()));
            done = span.end();
        }
        if (done < chars.length()) {
            Text part = new Text(base.subSequence(done));
            text.insertBefore(part);
            parts.add(part);
        }
        text.unlink();
        return parts;
    }

    private static Node link(BasedSequence chars, boolean email) {
        LinkNode link;
        if (email) {
            MailLink mail = new MailLink();
            mail.setText(chars);
            link = mail;
        } else {
            AutoLink auto = new AutoLink();
            auto.setText(chars);
            auto.setUrlChars(chars);
            link = auto;
        }
        link.appendChild(new Text(chars));
        link.setCharsFromContent();
        return link;
    }

    /** The links of {@code text} carnet keeps, as it keeps them. */
    private static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>(2);
        for (LinkSpan found : EXTRACTOR.extractLinks(text)) {
            Span span = switch (found.getType()) {
                case URL -> httpOnly(text, found.getBeginIndex(), found.getEndIndex());
                case WWW -> web(text, found.getBeginIndex(), found.getEndIndex(), found.getBeginIndex() + 4);
                case EMAIL -> email(text, found.getBeginIndex(), found.getEndIndex());
            };
            if (span != null) {
                spans.add(span);
            }
        }
        return spans;
    }

    private static Span httpOnly(String text, int start, int end) {
        int slashes = text.indexOf("://", start);
        String scheme = text.substring(start, slashes);
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https") ? web(text, start, end, slashes + 3) : null;
    }

    /** @param host where the host begins: the link must keep something after it */
    private static Span web(String text, int start, int end, int host) {
        int e = end;
        while (e > start && endsNothing(text.charAt(e - 1))) {
            e--;
        }
        return e > host ? new Span(start, e, false) : null;
    }

    /** Characters a link does not end with: closing quotes and punctuation beyond ASCII, and Markdown's emphasis marks. */
    private static boolean endsNothing(char c) {
        return c == '*' || c == '_' || c == '~' || c >= 0x80 && !wordChar(c);
    }

    private static Span email(String text, int start, int end) {
        int at = text.indexOf('@', start);
        int first = at;
        while (first > start && (text.charAt(first - 1) < 0x80 || wordChar(text.charAt(first - 1)))) {
            first--; // a « or a no-break space is no part of an address
        }
        while (first < at && text.charAt(first) == '.') {
            first++;
        }
        int last = at + 1;
        while (last < end && (text.charAt(last) < 0x80 || wordChar(text.charAt(last)))) {
            last++;
        }
        while (last > at + 1 && (text.charAt(last - 1) == '.' || text.charAt(last - 1) == '-')) {
            last--;
        }
        int dot = text.indexOf('.', at);
        if (first == at || dot < 0 || dot >= last - 1 || dot == at + 1) {
            return null;
        }
        char before = first > 0 ? text.charAt(first - 1) : ' ';
        char after = last < text.length() ? text.charAt(last) : ' ';
        char afterNext = last + 1 < text.length() ? text.charAt(last + 1) : ' ';
        if (before == '@' || before == '/' || after == '@' || after == '/'
                || after == ':' && afterNext > ' ' && afterNext != '\u00A0' && afterNext != '\u202F') {
            return null; // @user@instance, a git remote user@host:path, or part of a path
        }
        return new Span(first, last, true);
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** One scan of an array for the ':', '.' or '@' every address needs (String.indexOf is slow in C1 code). */
    private static boolean mayHoldAddress(TextChars chars) {
        boolean colon = false;
        boolean dot = false;
        char[] array = chars.array();
        for (int i = 0; i < chars.length(); i++) {
            char c = array[i];
            if (c == '@') {
                return true;
            }
            colon |= c == ':';
            dot |= c == '.';
        }
        return colon && chars.contains("://") || dot && chars.contains("www.");
    }
}
