package dev.carnet.service;

/** A file of the blog that differs from the last commit (or, for a publish, from the last site). */
public record ChangedFile(String path, ChangeKind kind) {
}
