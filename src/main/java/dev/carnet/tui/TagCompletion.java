package dev.carnet.tui;

import dev.carnet.model.TagName;
import dev.carnet.model.TextFolding;
import java.util.ArrayList;
import java.util.List;

/**
 * Shell-like completion of comma-separated tags against the blog's tags (most used first). The
 * word being completed is the text after the last comma; it matches a tag when it starts the tag,
 * case and accents ignored ({@code medi} finds {@code médiation numérique}).
 */
final class TagCompletion {
    private final List<String> tags;

    /** @param tags the blog's tags, most used first: candidates come in this order */
    TagCompletion(List<String> tags) {
        this.tags = List.copyOf(tags);
    }

    /** The text after the last comma, without its leading spaces. */
    static String word(String text) {
        return text.substring(text.lastIndexOf(',') + 1).stripLeading();
    }

    /** The text before the word, ending with ", " when there is a comma (what a completion keeps). */
    static String before(String text) {
        int comma = text.lastIndexOf(',');
        return comma < 0 ? "" : text.substring(0, comma + 1) + " ";
    }

    /**
     * The tags the word could become, most used first; none for an empty word. Leaves out the tags
     * typed before it and those in {@code taken} (ticked already).
     */
    List<String> candidates(String text, List<String> taken) {
        String word = TextFolding.fold(word(text));
        if (word.isBlank()) {
            return List.of();
        }
        List<String> typed = new ArrayList<>(words(before(text)));
        typed.addAll(taken);
        typed.replaceAll(TagName::key);
        return tags.stream()
                .filter(t -> TextFolding.fold(t).startsWith(word) && !typed.contains(TagName.key(t)))
                .toList();
    }

    /**
     * The longest start shared by every candidate (in the first one's spelling), or the word itself
     * when they share nothing longer.
     */
    static String commonStart(String word, List<String> candidates) {
        String first = candidates.get(0);
        for (int n = first.length(); n > 0; n--) {
            String start = TextFolding.fold(first.substring(0, n));
            if (start.length() > TextFolding.fold(word).length()
                    && candidates.stream().allMatch(c -> TextFolding.fold(c).startsWith(start))) {
                return first.substring(0, n);
            }
        }
        return word;
    }

    /**
     * The tags typed in {@code text}, each one spelled as the blog's tag it names (same slug: case,
     * accents and punctuation aside), without repeats.
     */
    List<String> spelled(String text) {
        return spelled(words(text));
    }

    /** The tags, each one spelled as the blog's tag of the same slug, without repeats (first one kept). */
    List<String> spelled(List<String> given) {
        List<String> result = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (String tag : given) {
            String slug = TagName.key(tag);
            String spelling = tags.stream().filter(t -> TagName.key(t).equals(slug)).findFirst().orElse(tag);
            if (!slugs.contains(slug)) {
                slugs.add(slug);
                result.add(spelling);
            }
        }
        return result;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(",")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }
}
