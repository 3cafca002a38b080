package dev.carnet.importer;

import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export: a post, a page, an attachment, a revision, a menu
 * item... ({@code type}). Texts are as the export holds them (HTML, entities decoded by the XML
 * reader); {@code content} is empty when the reader was asked for the index only.
 *
 * @param status {@code publish}, {@code draft}, {@code pending}, {@code private}, {@code future}, {@code inherit}, {@code trash}
 * @param date {@code wp:post_date}, the blog's local time, {@code 2024-07-01 09:30:00}
 * @param dateGmt {@code wp:post_date_gmt}, {@code 0000-00-00 00:00:00} for a draft never saved with a date
 * @param meta the post's {@code wp:postmeta} values by key, in export order ({@code _wp_old_slug} may repeat)
 * @param line the line of the export where the item starts, for messages
 */
public record WxrItem(
        long id, String type, String status, String title, String link, String slug, String date, String dateGmt,
        String creator, String content, String excerpt, long parent, String attachmentUrl, List<WxrTerm> terms,
        Map<String, List<String>> meta, List<WxrComment> comments, int line) {

    public WxrItem {
        terms = List.copyOf(terms);
        meta = Map.copyOf(meta);
        comments = List.copyOf(comments);
    }

    public boolean isPost() {
        return type.equals("post");
    }

    public boolean isPage() {
        return type.equals("page");
    }

    public boolean isAttachment() {
        return type.equals("attachment");
    }

    /** The first value of a post meta key, or empty. */
    public String metaValue(String key) {
        List<String> values = meta.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public List<String> metaValues(String key) {
        return meta.getOrDefault(key, List.of());
    }
}
