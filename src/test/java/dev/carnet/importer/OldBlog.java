package dev.carnet.importer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The import as the converter sees it, for a blog that lived at https://blog.fr/: every upload
 * was exported but those named in {@code missing}, posts moved under /notes/.
 */
record OldBlog(Set<String> missing, Map<Long, String> attachments) implements ImportLinks {
    static OldBlog withAllUploads() {
        return new OldBlog(Set.of(), Map.of());
    }

    @Override
    public Optional<String> image(String uploadPath) {
        return missing.contains(uploadPath) ? Optional.empty() : Optional.of("/images/" + uploadPath);
    }

    @Override
    public Optional<String> link(String url) {
        return url.startsWith("https://blog.fr/") ? Optional.of("/notes/" + url.substring("https://blog.fr/".length())) : Optional.empty();
    }

    @Override
    public Optional<String> attachmentUrl(long id) {
        return Optional.ofNullable(attachments.get(id));
    }
}
