package dev.carnet.service;

import dev.carnet.vcs.Identity;

/**
 * Who commits when git's own config names nobody: the author of carnet.yml, else "carnet".
 * (git's user.name and user.email always win; see the vcs package.)
 */
final class CommitIdentity {
    static final String DEFAULT_NAME = "carnet";
    static final String DEFAULT_EMAIL = "carnet@localhost";

    private CommitIdentity() {
    }

    static Identity fallback(String name, String email) {
        return new Identity(name == null || name.isBlank() ? DEFAULT_NAME : name,
                email == null || email.isBlank() ? DEFAULT_EMAIL : email);
    }
}
