package dev.carnet.service;

import dev.carnet.error.Phrase;
import dev.carnet.vcs.Identity;
import java.util.Optional;

/**
 * What to tell the author when git's config names nobody and carnet commits under a stand-in
 * (carnet.yml's author, else {@code carnet <carnet@localhost>}): who the commits are by, and the
 * two commands that make them theirs.
 */
public final class IdentityNotice {
    private IdentityNotice() {
    }

    public static Optional<Phrase> of(boolean fallback, Identity who) {
        if (!fallback || who == null) {
            return Optional.empty();
        }
        return Optional.of(Phrase.of("identity.fallback", who.name(), who.email()));
    }
}
