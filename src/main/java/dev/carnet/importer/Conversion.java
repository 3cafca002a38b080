package dev.carnet.importer;

import dev.carnet.model.ImportWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One post's conversion in progress: what it found so far and the Markdown set aside behind
 * tokens. Code fences, shortcodes kept as text and footnote marks are written by us and must not
 * go through flexmark, which would escape them; a token of letters and digits passes unchanged.
 */
final class Conversion {
    private static final String TOKEN_START = "CarnetToken";
    private static final String TOKEN_END = "Z";
    private static final Pattern LIST_MARKER = Pattern.compile("(?:[-*+]|\\d+[.)])(?= )");

    private final ImportLinks links;
    private final EmbedLabels labels;
    private final Map<String, String> blocks = new LinkedHashMap<>();
    private final Map<String, String> inlines = new LinkedHashMap<>();
    private final Set<String> imagesUsed = new LinkedHashSet<>();
    private final Set<String> missingImages = new LinkedHashSet<>();
    private final Set<String> unknownShortcodes = new LinkedHashSet<>();
    private final List<ImportWarning> warnings = new ArrayList<>();

    Conversion(ImportLinks links, EmbedLabels labels) {
        this.links = links;
        this.labels = labels;
    }

    EmbedLabels labels() {
        return labels;
    }

    ImportLinks links() {
        return links;
    }

    /** A token standing for Markdown lines of their own (a code fence): put it in a paragraph alone. */
    String blockToken(String markdown) {
        String token = TOKEN_START + (blocks.size() + inlines.size()) + TOKEN_END;
        blocks.put(token, markdown);
        return token;
    }

    /** A token standing for Markdown inside a line, written exactly as given. */
    String inlineToken(String markdown) {
        String token = TOKEN_START + (blocks.size() + inlines.size()) + TOKEN_END;
        inlines.put(token, markdown);
        return token;
    }

    /**
     * The URL to write for {@code url} when it names an upload: the import's copy when it has one,
     * else {@code url} as written (listed as missing). Empty when {@code url} is not an upload.
     */
    Optional<String> upload(String url) {
        Optional<String> path = UploadUrls.uploadPath(url);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> local = links.image(path.get());
        if (local.isPresent()) {
            imagesUsed.add(path.get());
            return local;
        }
        missingImages.add(url);
        return Optional.of(url);
    }

    void unknownShortcode(String name) {
        unknownShortcodes.add(name);
    }

    /** @param kind what went wrong ({@link ImportWarning#kind()}), {@code detail} the element or id */
    void warn(String kind, String detail) {
        ImportWarning warning = new ImportWarning("", kind, detail);
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** Puts back what the tokens stand for; a block keeps the indentation of the line it sits on (a list item, a quote). */
    String restore(String markdown) {
        String text = markdown;
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            text = restoreBlock(text, block.getKey(), block.getValue());
        }
        // Inline tokens may sit inside a restored block (a shortcode quoted in a code fence).
        for (Map.Entry<String, String> inline : inlines.entrySet()) {
            text = text.replace(inline.getKey(), inline.getValue());
        }
        return text;
    }

    private static String restoreBlock(String text, String token, String block) {
        int at = text.indexOf(token);
        if (at < 0) {
            return text;
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        String continuation = continuationPrefix(text.substring(lineStart, at));
        String indented = block.replace("\n", "\n" + continuation).replaceAll("(?m)[ \\t]+$", "");
        return text.substring(0, at) + indented + text.substring(at + token.length());
    }

    /** "- " or "1. " become spaces of their width, "> " stays: what the block's next lines need. */
    private static String continuationPrefix(String prefix) {
        return LIST_MARKER.matcher(prefix).replaceAll(m -> " ".repeat(m.group().length()));
    }

    ConvertedContent result(String markdown) {
        return new ConvertedContent(markdown, List.copyOf(imagesUsed), List.copyOf(missingImages),
                List.copyOf(unknownShortcodes), warnings);
    }
}
