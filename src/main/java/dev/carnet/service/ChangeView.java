package dev.carnet.service;

/** A changed file as the author thinks of it: a note by its title, else its path. */
public record ChangeView(String path, ChangeKind kind, String title, boolean note) {
    /** {@code title} for a readable note, else the path. */
    public String label() {
        return title != null ? title : path;
    }
}
