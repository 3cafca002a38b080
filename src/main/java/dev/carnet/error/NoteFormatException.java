package dev.carnet.error;

/** A note (or page) that cannot be read as Markdown with YAML front matter. */
public class NoteFormatException extends CarnetException {
    public NoteFormatException(String file, int line, Phrase problem) {
        super(file, line, problem, null);
    }

    public NoteFormatException(String file, int line, Phrase problem, Throwable cause) {
        super(file, line, problem, cause);
    }
}
