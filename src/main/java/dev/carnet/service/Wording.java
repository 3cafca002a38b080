package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.Messages;
import java.util.Locale;

/**
 * What a front end says, in one language: its own words (the bundle {@code cli} or {@code tui})
 * and the services' phrases (their errors, the outcomes they tell in a sentence), from
 * {@code dev/carnet/i18n/errors_<lang>.properties}. The language comes from {@link UiLanguage}.
 */
public final class Wording {
    private final Messages own;
    private final Messages phrases;

    private Wording(Messages own, Messages phrases) {
        this.own = own;
        this.phrases = phrases;
    }

    /** The words of {@code bundle} and the phrases in {@code language}, or English when carnet has none in it. */
    public static Wording of(String bundle, Locale language) {
        return new Wording(Messages.of(bundle, language), Messages.of("errors", language));
    }

    /** The language the front end's words were found in. */
    public Locale locale() {
        return own.locale();
    }

    /** The words of {@code key}, as written in the bundle. */
    public String text(String key) {
        return own.text(key);
    }

    /** {@code key}'s {@link java.text.MessageFormat} pattern filled with {@code arguments}. */
    public String format(String key, Object... arguments) {
        return own.format(key, arguments);
    }

    public String say(Phrase phrase) {
        return phrase.in(phrases::format);
    }

    /** A failure's whole message, {@code file:line:} first; one carnet did not foresee says what the JDK says. */
    public String say(Throwable failure) {
        return failure instanceof CarnetException carnet ? carnet.message(phrases::format) : String.valueOf(failure.getMessage());
    }
}
