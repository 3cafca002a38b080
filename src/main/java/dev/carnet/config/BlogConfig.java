package dev.carnet.config;

import dev.carnet.model.MonthlyTitle;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * carnet.yml as typed values, every default already applied (see {@link ConfigLoader}).
 *
 * @param languageGiven whether carnet.yml names the language (else {@code language} is the
 *     default, and the terminal's locale may choose the text UI's words)
 */
public record BlogConfig(
        String title,
        String description,
        Locale language,
        ZoneId timezone,
        URI baseUrl,
        Author author,
        NotesSettings notes,
        SiteSettings site,
        PublishSettings publish,
        MarkdownSettings markdown,
        String theme,
        String copyright,
        boolean languageGiven) {

    /** The built-in themes, the default first: {@code sidebar} sets the author box beside the notes on a wide screen. */
    public static final List<String> THEMES = List.of("carnet", "sidebar");

    public MonthlyTitle monthlyTitle() {
        return MonthlyTitle.of(notes.monthlyTitle(), language);
    }

    public Optional<URI> base() {
        return Optional.ofNullable(baseUrl);
    }
}
