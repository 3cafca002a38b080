package dev.carnet.model;

import java.util.List;
import java.util.Map;

/**
 * What an import did (or, on a dry run, would do), for the person to check before trusting it. In
 * model because the importer makes it and the service hands it up unchanged to the front ends.
 *
 * @param written every blog-relative file written (or to be written), for the commit
 * @param keptChanged files left as they are because the author changed them since the last import
 * @param keptNotImported files left as they are because they were there and no import wrote them
 *     (both replaced only with {@code --overwrite})
 * @param unknownShortcodes each shortcode carnet left as text, with the titles of the posts holding it
 * @param missingImages image URLs kept pointing at the old blog because no copy was given, with the post title
 * @param leftOut items that are not notes (attachments, revisions, menu items...), by type
 * @param warnings one line each, naming the post
 * @param redirectsUnreadable whether redirects.yml was there but not readable YAML, so left as it was
 */
public record ImportReport(
        int posts, int pages, int drafts, int tags, int comments, int commentsLeftOut, int imagesCopied, int aliases,
        int redirects, int created, int updated, int unchanged, List<String> written, List<String> alreadyThere, List<String> keptChanged, List<String> keptNotImported,
        Map<String, List<String>> unknownShortcodes, List<String> missingImages, Map<String, Integer> leftOut,
        List<ImportWarning> warnings, boolean redirectsUnreadable, boolean dryRun) {

    public ImportReport {
        written = List.copyOf(written);
        alreadyThere = List.copyOf(alreadyThere);
        keptChanged = List.copyOf(keptChanged);
        keptNotImported = List.copyOf(keptNotImported);
        unknownShortcodes = Map.copyOf(unknownShortcodes);
        missingImages = List.copyOf(missingImages);
        leftOut = Map.copyOf(leftOut);
        warnings = List.copyOf(warnings);
    }
}
