package dev.carnet.error;

import java.util.Optional;

/**
 * A failure the user can act on. The message is the whole story, one line, already phrased for
 * the person at the terminal; when the failure is in a file, it starts with {@code file:line:}
 * like a compiler's. The story is a {@link Phrase}, so that each front end tells it in its
 * reader's language ({@link #message(Phrase.Words)}); {@link #getMessage()} is the English one,
 * for traces and logs.
 */
public class CarnetException extends RuntimeException {
    private final String file;
    private final int line;
    private final Phrase problem;

    public CarnetException(Phrase problem) {
        this(null, 0, problem, null);
    }

    public CarnetException(Phrase problem, Throwable cause) {
        this(null, 0, problem, cause);
    }

    /** A problem at {@code line} (1-based; 0 when unknown) of {@code file} (blog-relative, with '/'). */
    public CarnetException(String file, int line, Phrase problem, Throwable cause) {
        super(located(file, line, problem).in(Phrase.ENGLISH), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    public int line() {
        return line;
    }

    /** What went wrong, without the file and line. */
    public Phrase problem() {
        return problem;
    }

    /** The whole message, {@code file:line:} first, in the language of {@code words}. */
    public String message(Phrase.Words words) {
        return whole().in(words);
    }

    /** The problem with its {@code file:line:}, to quote in another message (an edit that failed, and what became of the text). */
    public Phrase whole() {
        return located(file, line, problem);
    }

    private static Phrase located(String file, int line, Phrase problem) {
        if (file == null) {
            return problem;
        }
        // The line as text: a number pattern would group a long file's 1,234 in some languages.
        return line > 0 ? Phrase.of("at.line", file, String.valueOf(line), problem) : Phrase.of("at.file", file, problem);
    }
}
