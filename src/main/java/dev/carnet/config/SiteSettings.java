package dev.carnet.config;

import java.util.List;

/** {@code site:} in carnet.yml: what the rendered site offers its readers. */
public record SiteSettings(int perPage, int feedItems, List<String> share, String comments) {
    public static final List<String> SHARE_TARGETS = List.of("linkedin", "whatsapp", "mastodon", "email");
    public static final List<String> COMMENT_MODES = List.of("email", "none");

    public SiteSettings {
        share = List.copyOf(share);
    }
}
