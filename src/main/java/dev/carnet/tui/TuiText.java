package dev.carnet.tui;

import dev.carnet.model.Messages;
import java.util.Locale;
import java.util.Map;

/**
 * The text UI's own words, from {@code dev/carnet/i18n/tui_<lang>.properties}: made once when the
 * UI starts and handed to each window and dialog (no static state, so tests can run two languages
 * side by side). Messages that come from the services (their exceptions, a publish's outcome) are
 * shown as they come.
 */
final class TuiText {
    private final Messages messages;

    private TuiText(Messages messages) {
        this.messages = messages;
    }

    /** The words in {@code language}, or English when carnet has none in it. */
    static TuiText of(Locale language) {
        return new TuiText(Messages.of("tui", language));
    }

    /**
     * The UI's language: {@code CARNET_LANG} when set; else the blog's {@code language:} when
     * carnet.yml says one; else the terminal's locale (LC_ALL, LC_MESSAGES, LANG, as gettext reads
     * them); else the blog's default language.
     *
     * @param blogSaysLanguage whether carnet.yml has a {@code language:} key (not just the default)
     */
    static Locale language(Map<String, String> env, Locale blogLanguage, boolean blogSaysLanguage) {
        String chosen = env.getOrDefault("CARNET_LANG", "").strip();
        if (!chosen.isEmpty()) {
            return posix(chosen);
        }
        if (blogSaysLanguage) {
            return blogLanguage;
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            Locale locale = posix(env.getOrDefault(name, ""));
            if (!locale.getLanguage().isEmpty()) {
                return locale;
            }
        }
        return blogLanguage;
    }

    /** {@code fr_FR.UTF-8}, {@code en}, {@code pt-BR} as a locale; C and POSIX say no language. */
    private static Locale posix(String value) {
        String tag = value.strip().replaceFirst("[.@].*$", "").replace('_', '-');
        if (tag.isEmpty() || tag.equals("C") || tag.equals("POSIX")) {
            return Locale.ROOT;
        }
        return Locale.forLanguageTag(tag);
    }

    /** The language the words are in. */
    Locale locale() {
        return messages.locale();
    }

    /** The words of {@code key}, as written in the bundle. */
    String get(String key) {
        return messages.text(key);
    }

    /** {@code key}'s {@link java.text.MessageFormat} pattern filled with {@code arguments}. */
    String format(String key, Object... arguments) {
        return messages.format(key, arguments);
    }
}
