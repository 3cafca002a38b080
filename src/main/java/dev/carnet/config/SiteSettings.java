package dev.carnet.config;

import java.util.List;

/**
 * {@code site:} in carnet.yml: what the rendered site offers its readers.
 *
 * @param mastodon the author's Mastodon instance ({@code mastodon.social}), through which readers
 *     share a note ({@code https://mastodon.social/share?text=…}) with no third-party service; null for none
 * @param shareCards draw a share card ({@code share.png}) for each note without a picture of its own
 */
public record SiteSettings(int perPage, int feedItems, List<String> share, String comments, String mastodon, boolean shareCards) {
    public static final List<String> SHARE_TARGETS = List.of("linkedin", "whatsapp", "mastodon", "email");
    public static final List<String> COMMENT_MODES = List.of("email", "none");

    public SiteSettings {
        share = List.copyOf(share);
    }
}
