package dev.carnet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bare {@code https://…}, {@code www.…} and e-mail addresses in running text into links
 * (GitHub-style autolinks). Only text that holds "://", "www." or "@" is examined, which keeps
 * this cheap on long notes; trailing punctuation stays outside the link.
 */
final class BareUrls {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"«»]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final String TRAILING = ".,;:!?'’\"*_";

    private BareUrls() {
    }

    /**
     * Splits {@code text} around the addresses it holds; returns the plain text parts that remain
     * (the node itself when it holds none). Safe during a tree walk: new nodes go before it.
     */
    static List<Text> split(Text text, TextChars held) {
        if (!mayHoldAddress(held)) {
            return List.of(text);
        }
        String chars = held.toString();
        BasedSequence sequence = text.getChars();
        for (Node parent = text.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link || parent instanceof AutoLink || parent instanceof MailLink || parent instanceof Code) {
                return List.of(text);
            }
        }
        List<Text> parts = new ArrayList<>();
        BasedSequence base = sequence;
        Matcher m = URL.matcher(chars);
        int done = 0;
        boolean changed = false;
        while (m.find()) {
            int end = trimEnd(chars, m.start(), m.end());
            if (end <= m.start()) {
                continue;
            }
            if (m.start() > done) {
                Text part = new Text(base.subSequence(done, m.start()));
                text.insertBefore(part);
                parts.add(part);
            }
            BasedSequence linkChars = base.subSequence(m.start(), end);
            Node link;
            if (linkChars.toString().contains("@") && !linkChars.toString().contains("/")) {
                MailLink mail = new MailLink();
                mail.setText(linkChars);
                link = mail;
            } else {
                AutoLink auto = new AutoLink();
                auto.setText(linkChars);
                auto.setUrlChars(linkChars);
                link = auto;
            }
            link.appendChild(new Text(linkChars));
            ((com.vladsch.flexmark.ast.LinkNode) link).setCharsFromContent();
            text.insertBefore(link);
            done = end;
            changed = true;
        }
        if (!changed) {
            return List.of(text);
        }
        if (done < chars.length()) {
            Text part = new Text(base.subSequence(done));
            text.insertBefore(part);
            parts.add(part);
        }
        text.unlink();
        return parts;
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

    /** Leaves a closing ')' in the link only when the link opened one: "(voir https://x.org/a_(b))". */
    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            if (TRAILING.indexOf(c) >= 0) {
                e--;
            } else if (c == ')' && count(text, start, e, '(') < count(text, start, e, ')')) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static int count(String text, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
