package dev.carnet.error;

/** A note (or page) that cannot be read as Markdown with YAML front matter. */
public class NoteFormatException extends CarnetException {
    public NoteFormatException(String file, int line, String problem) {
        super(file, line, problem, null);
    }

    public NoteFormatException(String file, int line, String problem, Throwable cause) {
        super(file, line, problem, cause);
    }
}
