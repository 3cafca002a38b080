package dev.carnet.error;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence not yet in a language: the key of its {@link java.text.MessageFormat} pattern in the
 * bundles {@code dev/carnet/i18n/errors_<lang>.properties} and what fills it. A front end renders
 * it in its reader's language; an argument that is itself a phrase is rendered first, so a message
 * can quote another (a failure and what it stopped). Text from a library (JGit, SnakeYAML) is an
 * argument as it came: carnet cannot translate it.
 */
public record Phrase(String key, List<Object> args) {
    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        // List.copyOf refuses nulls; a library's missing message must still read as something.
        return new Phrase(key, Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** How a language says a phrase: {@code Messages::format} of the errors bundle, or {@link #ENGLISH}. */
    @FunctionalInterface
    public interface Words {
        String format(String key, Object... args);
    }

    /** carnet's English, what {@link CarnetException#getMessage()} says in logs and traces. */
    public static final Words ENGLISH = EnglishErrors::format;

    /** This phrase in {@code words}, nested phrases first. */
    public String in(Words words) {
        Object[] filled = args.stream().map(a -> a instanceof Phrase p ? p.in(words) : a).toArray();
        return words.format(key, filled);
    }
}
