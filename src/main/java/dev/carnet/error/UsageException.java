package dev.carnet.error;

/** The command line asks for something that cannot be: the CLI maps it to exit code 2. */
public class UsageException extends CarnetException {
    public UsageException(Phrase problem) {
        super(problem);
    }
}
