package dev.carnet.importer;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** flexmark's HTML to Markdown, set for carnet's notes, and the clean-up its output needs. */
final class MarkdownWriting {
    private static final Pattern TIGHT = Pattern.compile(" ?" + HtmlTidy.TIGHT + " ?");
    private static final Pattern HARD_BREAK = Pattern.compile("(?m)[ \\t]{2,}$(?=\\n[ \\t>]*\\S)");
    private static final Pattern TRAILING = Pattern.compile("(?m)[ \\t\u00a0]+$");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^[ \\t]*(?:>[ \\t]?)*");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private final FlexmarkHtmlConverter converter;

    MarkdownWriting() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        // Out of the box ’ « » – … become ' << >> -- ...: the post's typography is the author's.
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        // French puts a no-break space before : ; ! ? and inside « »: it must stay one.
        options.set(FlexmarkHtmlConverter.NBSP_TEXT, "\u00a0");
        options.set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
        options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---");
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
        options.set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false);
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        // carnet's renderer has no ^sup^ nor ++ins++ syntax: "1<sup>er</sup>" stays HTML.
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML);
        converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** Markdown for the children of {@code root}, tidied, without its final newline. */
    String markdown(Element root) {
        // Not root.html(): jsoup's pretty printing would add line breaks that flexmark keeps.
        String markdown = converter.convert(root);
        markdown = TextEscapes.restore(TIGHT.matcher(markdown).replaceAll(""));
        // A hard break as two trailing spaces vanishes in editors that trim lines; a backslash does not.
        markdown = HARD_BREAK.matcher(markdown).replaceAll("\\\\");
        markdown = TRAILING.matcher(markdown).replaceAll("");
        // flexmark glues a quote to the paragraph before it; it would still parse, but reads as one block.
        markdown = separateQuotes(markdown);
        markdown = BLANK_LINES.matcher(markdown).replaceAll("\n\n");
        return markdown.strip();
    }

    /** Adds the empty line flexmark leaves out between text and a quote that starts (or nests) under it. */
    private static String separateQuotes(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if (i + 1 < lines.length) {
                String prefix = quotePrefix(lines[i]);
                boolean hasText = lines[i].length() > prefix.length();
                if (hasText && depth(quotePrefix(lines[i + 1])) > depth(prefix)) {
                    out.append(prefix.stripTrailing()).append('\n');
                }
            }
        }
        return out.substring(0, out.length() - 1);
    }

    private static String quotePrefix(String line) {
        var m = QUOTE_PREFIX.matcher(line);
        return m.lookingAt() ? m.group() : "";
    }

    private static int depth(String prefix) {
        return (int) prefix.chars().filter(c -> c == '>').count();
    }
}
