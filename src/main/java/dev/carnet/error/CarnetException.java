package dev.carnet.error;

import java.util.Optional;

/**
 * A failure the user can act on. The message is the whole story, one line, already phrased for
 * the person at the terminal; when the failure is in a file, it starts with {@code file:line:}
 * like a compiler's.
 */
public class CarnetException extends RuntimeException {
    private final String file;
    private final int line;

    public CarnetException(String message) {
        this(null, 0, message, null);
    }

    public CarnetException(String message, Throwable cause) {
        this(null, 0, message, cause);
    }

    /** A problem at {@code line} (1-based; 0 when unknown) of {@code file} (blog-relative, with '/'). */
    public CarnetException(String file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
    }

    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    public int line() {
        return line;
    }

    private static String format(String file, int line, String problem) {
        if (file == null) {
            return problem;
        }
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }
}
