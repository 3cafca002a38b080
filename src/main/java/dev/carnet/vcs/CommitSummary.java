package dev.carnet.vcs;

/** A commit carnet made: its abbreviated id, and how many files it holds. */
public record CommitSummary(String id, int files, Identity author) {
}
