package dev.carnet.config;

import java.util.List;

/**
 * {@code markdown:} in carnet.yml.
 *
 * @param typography {@code fr}: « » and no-break spaces before ; : ! ? (default for French);
 *     {@code none}: the text as typed
 * @param rawHtml keep HTML written in notes (off: it is shown as text)
 */
public record MarkdownSettings(String typography, boolean rawHtml) {
    public static final List<String> TYPOGRAPHIES = List.of("fr", "none");
}
