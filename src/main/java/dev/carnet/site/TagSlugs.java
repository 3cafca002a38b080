package dev.carnet.site;

import dev.carnet.model.TagName;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The folder of each tag of the site. Distinct tags never share a page: when two tags would get
 * one slug ({@code c-sharp} typed as such and {@code c#}), the one not typed as its slug gets a
 * hash of its name after it, the same at every build of the same tags.
 */
final class TagSlugs {
    private final Map<String, String> slugByKey;
    /** Each spelling met, with its slug: folding a tag to its key costs more than a lookup, and is asked for on every page. */
    private final Map<String, String> slugBySpelling = new HashMap<>();

    private TagSlugs(Map<String, String> slugByKey, Collection<String> spellings) {
        this.slugByKey = slugByKey;
        for (String tag : spellings) {
            slugBySpelling.put(tag, slugOf(tag));
        }
    }

    static TagSlugs of(Collection<String> all) {
        Set<String> tags = new LinkedHashSet<>(all);
        Map<String, Map<String, String>> keysBySlug = new TreeMap<>();
        for (String tag : tags) {
            String key = TagName.key(tag);
            keysBySlug.computeIfAbsent(TagName.slug(tag), s -> new TreeMap<>()).putIfAbsent(key, tag);
        }
        Map<String, String> slugByKey = new HashMap<>();
        keysBySlug.forEach((slug, keys) -> keys.keySet().forEach(key ->
                slugByKey.put(key, keys.size() == 1 || key.equals(slug) ? slug : slug + "-" + TagName.hash(key))));
        return new TagSlugs(slugByKey, tags);
    }

    /** The slug of a tag of the site, in any of its spellings. */
    String of(String tag) {
        String known = slugBySpelling.get(tag);
        return known != null ? known : slugOf(tag);
    }

    private String slugOf(String tag) {
        String slug = slugByKey.get(TagName.key(tag));
        return slug != null ? slug : TagName.slug(tag);
    }

    static TagSlugs none() {
        return of(List.of());
    }
}
