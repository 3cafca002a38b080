package dev.carnet.tui;

import dev.carnet.error.Phrase;
import dev.carnet.service.Wording;
import java.util.Locale;

/**
 * The text UI's own words, from {@code dev/carnet/i18n/tui_<lang>.properties}: made once when the
 * UI starts and handed to each window and dialog (no static state, so tests can run two languages
 * side by side). What the services say (their exceptions, a publish's outcome) comes as phrases,
 * said here in the same language. Which language: {@link dev.carnet.service.UiLanguage}.
 */
final class TuiText {
    private final Wording words;

    private TuiText(Wording words) {
        this.words = words;
    }

    /** The words in {@code language}, or English when carnet has none in it. */
    static TuiText of(Locale language) {
        return new TuiText(Wording.of("tui", language));
    }

    /** The language the words are in. */
    Locale locale() {
        return words.locale();
    }

    /** The words of {@code key}, as written in the bundle. */
    String get(String key) {
        return words.text(key);
    }

    /** {@code key}'s {@link java.text.MessageFormat} pattern filled with {@code arguments}. */
    String format(String key, Object... arguments) {
        return words.format(key, arguments);
    }

    /** A service's phrase (an outcome, a notice) in the UI's language. */
    String say(Phrase phrase) {
        return words.say(phrase);
    }

    /** A failure's one-line message in the UI's language. */
    String say(Throwable failure) {
        return words.say(failure);
    }
}
