package dev.carnet.site;

import dev.carnet.model.TagName;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The folder of each tag of the site. Distinct tags never share a page: when two tags would get
 * one slug ({@code c-sharp} typed as such and {@code c#}), the one not typed as its slug gets a
 * hash of its name after it, the same at every build of the same tags.
 */
final class TagSlugs {
    private final Map<String, String> slugByKey;

    private TagSlugs(Map<String, String> slugByKey) {
        this.slugByKey = slugByKey;
    }

    static TagSlugs of(Collection<String> tags) {
        Map<String, Map<String, String>> keysBySlug = new TreeMap<>();
        for (String tag : tags) {
            String key = TagName.key(tag);
            keysBySlug.computeIfAbsent(TagName.slug(tag), s -> new TreeMap<>()).putIfAbsent(key, tag);
        }
        Map<String, String> slugByKey = new HashMap<>();
        keysBySlug.forEach((slug, keys) -> keys.keySet().forEach(key ->
                slugByKey.put(key, keys.size() == 1 || key.equals(slug) ? slug : slug + "-" + TagName.hash(key))));
        return new TagSlugs(slugByKey);
    }

    /** The slug of a tag of the site, in any of its spellings. */
    String of(String tag) {
        String slug = slugByKey.get(TagName.key(tag));
        return slug != null ? slug : TagName.slug(tag);
    }

    static TagSlugs none() {
        return of(List.of());
    }
}
