package dev.carnet.importer;

import java.util.Optional;

/** What the converter asks the import about URLs it meets. */
public interface ImportLinks {
    /** The site URL (e.g. "/images/2024/06/x.jpg") for an upload path ("2024/06/x.jpg", original size), or empty when that file was not provided. */
    Optional<String> image(String uploadPath);

    /** The new URL for a link to the old blog (a permalink, /?p=123, /tag/x/, /category/x/), or empty to keep the link as written. */
    Optional<String> link(String url);

    /**
     * The URL of the attachment whose post id is {@code id}, as the export gives it: {@code [gallery ids="1,2"]}
     * names its images by id only. Empty when the export has no such attachment.
     */
    default Optional<String> attachmentUrl(long id) {
        return Optional.empty();
    }

    /** The text alternative of the attachment {@code id} (its alt text in WordPress, else its title), or empty. */
    default Optional<String> attachmentAlt(long id) {
        return Optional.empty();
    }
}
