package dev.carnet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classic editor stores paragraphs as blank lines and line breaks as single newlines;
 * WordPress adds the {@code <p>} and {@code <br>} only when it shows the post (its PHP
 * {@code wpautop}). This follows its steps, so a post reads as it did on the old blog:
 * block elements and {@code <pre>} are left alone.
 */
final class Wpautop {
    private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre"
            + "|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup"
            + "|header|footer|nav|figure|figcaption|details|menu|summary|iframe|script)";
    private static final Pattern PRE = Pattern.compile("<pre\\b.*?</pre>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING_BLOCK = Pattern.compile("(<" + BLOCKS + "[\\s/>])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_BLOCK = Pattern.compile("(</" + BLOCKS + ">)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile("</?" + BLOCKS + "\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLE_BR = Pattern.compile("<br\\s*/?>\\s*<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private Wpautop() {
    }

    static String apply(String text) {
        if (text.isBlank()) {
            return "";
        }
        List<String> pres = new ArrayList<>();
        Matcher pre = PRE.matcher(text);
        StringBuilder protectedText = new StringBuilder();
        while (pre.find()) {
            pres.add(pre.group());
            pre.appendReplacement(protectedText, preMark(pres.size() - 1));
        }
        pre.appendTail(protectedText);

        String s = DOUBLE_BR.matcher(protectedText + "\n").replaceAll("\n\n");
        s = OPENING_BLOCK.matcher(s).replaceAll("\n\n$1");
        s = CLOSING_BLOCK.matcher(s).replaceAll("$1\n\n");
        s = s.replaceAll("<hr\\s*/?>", "\n\n<hr />\n\n");
        s = s.replaceAll("\n\\s*\n+", "\n\n");

        StringBuilder out = new StringBuilder();
        for (String chunk : s.split("\n\\s*\n")) {
            if (!chunk.isBlank()) {
                out.append("<p>").append(chunk.strip()).append("</p>\n");
            }
        }
        // wpautop's own clean-up, in its order: the <p> it put around block tags come off again.
        String result = out.toString()
                .replaceAll("<p>\\s*</p>", "")
                .replaceAll("(?i)<p>([^<]+)</(div|address|form)>", "<p>$1</p></$2>");
        result = replace(result, "<p>\\s*(" + BLOCK_TAG.pattern() + ")\\s*</p>", "$1");
        result = result.replaceAll("(?is)<p>(<li.+?)</p>", "$1")
                .replaceAll("(?i)<p><blockquote([^>]*)>", "<blockquote$1><p>")
                .replaceAll("(?i)</blockquote></p>", "</p></blockquote>");
        result = replace(result, "<p>\\s*(" + BLOCK_TAG.pattern() + ")", "$1");
        result = replace(result, "(" + BLOCK_TAG.pattern() + ")\\s*</p>", "$1");
        result = result.replaceAll("(?<!<br />)\\s*\n", "<br />\n");
        result = replace(result, "(" + BLOCK_TAG.pattern() + ")\\s*<br />", "$1");
        result = result.replaceAll("(?i)<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", "$1");
        for (int i = 0; i < pres.size(); i++) {
            result = result.replace(preMark(i), pres.get(i));
        }
        return result;
    }

    /** Like wpautop's, a mark that is still a block tag, so the steps below treat it as the {@code <pre>} it stands for. */
    private static String preMark(int index) {
        return "<pre wp-pre-tag-" + index + "></pre>";
    }

    private static String replace(String text, String regex, String replacement) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text).replaceAll(replacement);
    }
}
