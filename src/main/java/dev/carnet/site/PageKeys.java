package dev.carnet.site;

import dev.carnet.store.XxHash64;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page's key: a hash of everything its template is given. The views are records of strings,
 * numbers and lists, whose text form holds every value they carry, so two equal texts give the
 * same page (the templates themselves are in the build index's salt). Something that prints
 * differently each time (an object without a value's text) only makes the page rendered again:
 * a key can cost time, never show a stale page. The site's and the words' views, the same for
 * every page, are hashed once.
 */
final class PageKeys {
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private PageKeys() {
    }

    /** The part of every key that all pages share. */
    static long shared(Object site, Object ui) {
        return hash(site + "\u0000" + ui);
    }

    /**
     * @param model what the template is given (with the note's HTML stood in for)
     * @param content the note's HTML for a note page, else null
     */
    static long of(long shared, String template, Map<String, Object> model, byte[] content) {
        Map<String, Object> own = new TreeMap<>(model);
        own.remove("site");
        own.remove("ui");
        long key = hash(template + "\u0000" + own) ^ shared * MIX;
        return content == null ? key : key * MIX + XxHash64.hash(content);
    }

    private static long hash(String text) {
        return XxHash64.hash(text.getBytes(StandardCharsets.UTF_8));
    }
}
