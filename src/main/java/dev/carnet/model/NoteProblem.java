package dev.carnet.model;

/**
 * A note file that could not be read. {@code message} is the one line to show,
 * {@code notes/2024/06-x.md:3: <what is wrong>}, in English.
 *
 * @param failure what was thrown (carnet's own failures carry their message as a phrase, which a
 *     front end says in its reader's language), or null
 */
public record NoteProblem(String path, String message, RuntimeException failure) {
    public NoteProblem(String path, RuntimeException failure) {
        this(path, failure.getMessage(), failure);
    }
}
