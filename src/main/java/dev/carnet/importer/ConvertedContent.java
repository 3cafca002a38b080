package dev.carnet.importer;

import dev.carnet.model.ImportWarning;
import java.util.List;

/**
 * A post's content as Markdown, with what the import must act on: the uploads to copy, the
 * images left pointing at the old site, and what could not be converted.
 *
 * @param markdown          ends with exactly one newline (empty content gives an empty string)
 * @param imagesUsed        upload paths ("2024/06/x.jpg") the Markdown now points to, first use order
 * @param missingImages     absolute URLs kept as written because {@link ImportLinks#image} had no file
 * @param unknownShortcodes names of the shortcodes kept as text, e.g. "contact-form-7"
 * @param warnings          what could not come across as it was, as data the report says in its reader's language
 */
public record ConvertedContent(String markdown, List<String> imagesUsed, List<String> missingImages,
                               List<String> unknownShortcodes, List<ImportWarning> warnings) {
    public ConvertedContent {
        imagesUsed = List.copyOf(imagesUsed);
        missingImages = List.copyOf(missingImages);
        unknownShortcodes = List.copyOf(unknownShortcodes);
        warnings = List.copyOf(warnings);
    }
}
