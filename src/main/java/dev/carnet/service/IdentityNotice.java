package dev.carnet.service;

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

    public static Optional<String> of(boolean fallback, Identity who) {
        if (!fallback || who == null) {
            return Optional.empty();
        }
        return Optional.of("git has no user.name and user.email here, so carnet commits as " + who.name() + " <" + who.email()
                + ">; to commit as yourself: git config --global user.name \"Your Name\""
                + " && git config --global user.email you@example.org");
    }
}
