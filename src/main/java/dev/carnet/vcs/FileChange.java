package dev.carnet.vcs;

/** A file of the blog that differs from the last commit. */
public record FileChange(String path, Kind kind) {
    public enum Kind { NEW, MODIFIED, DELETED }
}
