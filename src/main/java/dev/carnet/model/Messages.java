package dev.carnet.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words in a language, read from the properties bundle {@code dev/carnet/i18n/<name>_<lang>.properties}
 * (UTF-8), so that a new language is a file and no code. {@code pt-BR} reads {@code pt_BR}, then
 * {@code pt}, then English; a language without a file reads English, never the JVM's default locale
 * (the same blog must read the same whatever machine builds it).
 */
public final class Messages {
    private static final ResourceBundle.Control ENGLISH_FALLBACK = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return locale.getLanguage().equals("en") ? null : Locale.ENGLISH;
        }
    };

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle {@code name} (e.g. {@code site}, {@code tui}) in {@code locale}'s language, or English. */
    public static Messages of(String name, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("dev.carnet.i18n." + name, locale, Messages.class.getClassLoader(),
                ENGLISH_FALLBACK);
        return new Messages(bundle, bundle.getLocale().getLanguage().isEmpty() ? locale : bundle.getLocale());
    }

    /** The language the words were found in ({@code en} when the asked one has no file). */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} as written; a missing key is a bug in a bundle and throws, naming it. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** {@code key}'s pattern with {@code arguments} filled in by {@link MessageFormat} (plurals with {@code choice}). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }
}
