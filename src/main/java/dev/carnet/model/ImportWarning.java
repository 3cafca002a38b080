package dev.carnet.model;

/**
 * Something an import could not bring across as it was, said by the front end in its reader's
 * language ({@code warning.<kind>} of the import's bundle).
 *
 * @param post the title of the post it is about ("" while converting, before the title is known)
 * @param kind {@code dropped} (an element Markdown has nothing like: {@code detail} is its name),
 *     {@code galleryNoIds}, {@code galleryMissing} ({@code detail}: the attachment's id)
 */
public record ImportWarning(String post, String kind, String detail) {
    public ImportWarning withPost(String title) {
        return new ImportWarning(title, kind, detail);
    }
}
