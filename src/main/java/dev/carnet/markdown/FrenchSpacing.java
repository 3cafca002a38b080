package dev.carnet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Pattern;

/**
 * French spacing in running text only: a narrow no-break space (U+202F) before ; ! ? and a
 * no-break space (U+00A0) before : — never in code, URLs, attributes or raw HTML, which are not
 * {@link Text} nodes (or are skipped below).
 */
final class FrenchSpacing {
    static final char NARROW_NBSP = '\u202F';
    static final char NBSP = '\u00A0';
    // The mark follows a word, a closing quote or bracket; an existing ordinary space is replaced.
    private static final Pattern BEFORE_HIGH_PUNCTUATION = Pattern.compile("(?<=[\\p{L}\\p{N}»)\\]*_’'])[ \\u00A0\\u202F]?([;!?]+)(?![\\p{L}\\p{N}/=&])");
    private static final Pattern BEFORE_COLON = Pattern.compile("(?<=[\\p{L}\\p{N}»)\\]*_’'])[ \\u00A0\\u202F]?:(?=\\s|$)");

    private static final Pattern LEADING_HIGH = Pattern.compile("^[ \\u00A0]?([;!?]+)(?![\\p{L}\\p{N}/=&])");
    private static final Pattern LEADING_COLON = Pattern.compile("^[ \\u00A0]?:(?=\\s|$)");

    private FrenchSpacing() {
    }

    static void apply(Node document) {
        new NodeVisitor(new VisitHandler<>(Text.class, FrenchSpacing::text)).visit(document);
    }

    private static void text(Text text) {
        for (Node parent = text.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Code || parent instanceof AutoLink) {
                return;
            }
        }
        String before = text.getChars().toString();
        if (before.contains("://")) {
            return; // a bare URL the autolinker left as text: its ? and : are not punctuation
        }
        String after = BEFORE_HIGH_PUNCTUATION.matcher(before).replaceAll(NARROW_NBSP + "$1");
        after = BEFORE_COLON.matcher(after).replaceAll(NBSP + ":");
        Node previous = text.getPrevious();
        if (previous != null && !(previous instanceof com.vladsch.flexmark.ast.SoftLineBreak)
                && !(previous instanceof com.vladsch.flexmark.ast.HardLineBreak)) {
            // "**gras** ?": the word before the mark ends in the previous inline node.
            after = LEADING_HIGH.matcher(after).replaceFirst(NARROW_NBSP + "$1");
            after = LEADING_COLON.matcher(after).replaceFirst(NBSP + ":");
        }
        if (!after.equals(before)) {
            text.setChars(BasedSequence.of(after));
        }
    }
}
