package dev.carnet.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The English errors bundle, read here rather than through model's {@code Messages} because error
 * is below model (DESIGN.md §3) and every exception needs its English message for logs and traces.
 */
final class EnglishErrors {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.carnet.i18n.errors", Locale.ENGLISH,
            EnglishErrors.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private EnglishErrors() {
    }

    static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ENGLISH).format(args);
    }
}
