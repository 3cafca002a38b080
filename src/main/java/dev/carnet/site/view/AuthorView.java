package dev.carnet.site.view;

import java.util.List;

/** The author box; {@code portraitUrl} and {@code email} may be empty. */
public record AuthorView(String name, String bio, String portraitUrl, String email, List<LinkView> links) {
    public boolean present() {
        return !name.isBlank() || !bio.isBlank();
    }
}
