package dev.carnet.service;

/** The commit {@code carnet init} made: its abbreviated id, how many files it holds, and by whom. */
public record FirstCommit(String id, int files, Person author) {
}
