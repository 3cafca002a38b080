package dev.carnet.service;

import dev.carnet.vcs.FileChange;

/** A changed file as the author thinks of it: a note by its title, else its path. */
public record ChangeView(String path, FileChange.Kind kind, String title, boolean note) {
    /** {@code title} for a readable note, else the path. */
    public String label() {
        return title != null ? title : path;
    }
}
