package dev.carnet.model;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A reader's approved comment on a note, from {@code comments/YYYY/MM-slug.yml}. There is no
 * e-mail address or IP here on purpose: what the file cannot hold the site cannot leak.
 *
 * @param id unique in its file (written as a number or a text)
 * @param parent the id of the comment it replies to, or null
 * @param url the author's site (http or https only), or null
 * @param text Markdown, rendered without raw HTML
 */
public record Comment(String id, String parent, String author, String url, OffsetDateTime date, String text) {
    public Optional<String> parentId() {
        return Optional.ofNullable(parent);
    }
}
