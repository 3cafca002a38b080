package dev.carnet.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The first reading of an export: every post and page without its text, the attachments' URLs
 * and the count of everything else. Links between posts and featured images need the whole
 * export known before the first note is written, and an export lists attachments after the posts
 * that use them.
 */
final class ExportIndex {
    /** What an import turns into notes and pages; trash, auto-drafts and revisions' "inherit" are not. */
    static final List<String> KEPT_STATUSES = List.of("publish", "draft", "pending", "private", "future");

    private final WxrChannel channel;
    private final List<WxrItem> entries;
    private final Map<Long, String> attachmentUrls;
    private final Map<Long, String> attachmentAlts;
    private final Map<String, Integer> leftOut;

    private ExportIndex(WxrChannel channel, List<WxrItem> entries, Map<Long, String> attachmentUrls, Map<Long, String> attachmentAlts,
            Map<String, Integer> leftOut) {
        this.channel = channel;
        this.entries = entries;
        this.attachmentUrls = attachmentUrls;
        this.attachmentAlts = attachmentAlts;
        this.leftOut = leftOut;
    }

    static ExportIndex read(WxrReader reader, LongConsumer bytesRead) {
        List<WxrItem> entries = new ArrayList<>();
        Map<Long, String> attachments = new HashMap<>();
        Map<Long, String> alts = new HashMap<>();
        Map<String, Integer> leftOut = new TreeMap<>();
        WxrChannel channel = reader.read(false, item -> {
            if (item.isAttachment()) {
                attachments.put(item.id(), item.attachmentUrl());
                String alt = item.metaValue("_wp_attachment_image_alt").strip();
                alts.put(item.id(), alt.isEmpty() ? ImportPlanner.title(item) : alt);
                leftOut.merge("attachment", 1, Integer::sum);
            } else if (kept(item)) {
                entries.add(light(item));
            } else {
                leftOut.merge(item.isPost() || item.isPage() ? item.type() + " (" + item.status() + ")" : item.type(), 1,
                        Integer::sum);
            }
        }, bytesRead);
        return new ExportIndex(channel, entries, attachments, alts, leftOut);
    }

    /** The item without what the first pass does not need (its comments), so the index stays small. */
    private static WxrItem light(WxrItem item) {
        return new WxrItem(item.id(), item.type(), item.status(), item.title(), item.link(), item.slug(), item.date(),
                item.dateGmt(), item.creator(), "", "", item.parent(), "", item.terms(), item.meta(), List.of(), item.line());
    }

    static boolean kept(WxrItem item) {
        return (item.isPost() || item.isPage()) && KEPT_STATUSES.contains(item.status());
    }

    WxrChannel channel() {
        return channel;
    }

    /** Posts and pages to import, in export order. */
    List<WxrItem> entries() {
        return entries;
    }

    Map<Long, String> attachmentUrls() {
        return attachmentUrls;
    }

    /** Each attachment's text alternative: its alt text in WordPress, else its title. */
    Map<Long, String> attachmentAlts() {
        return attachmentAlts;
    }

    /** Items that are not notes, counted by type (and status for trashed posts), for the report. */
    Map<String, Integer> leftOut() {
        return new LinkedHashMap<>(leftOut);
    }
}
