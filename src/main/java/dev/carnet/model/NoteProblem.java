package dev.carnet.model;

/**
 * A note file that could not be read. {@code message} is the one line to show,
 * {@code notes/2024/06-x.md:3: <what is wrong>}.
 */
public record NoteProblem(String path, String message) {
}
