package dev.carnet.error;

/** A setting in {@code carnet.yml} that is missing, unknown or malformed. */
public class ConfigException extends CarnetException {
    public ConfigException(String file, int line, Phrase problem) {
        super(file, line, problem, null);
    }
}
