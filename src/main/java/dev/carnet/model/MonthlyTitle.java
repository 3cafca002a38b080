package dev.carnet.model;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The title of a month's note: {@code Notes de juin 2024}, {@code Notes for June 2024}. The
 * pattern uses {@code {month}} and {@code {year}}; month names come from java.time.
 */
public record MonthlyTitle(String pattern, Locale locale) {
    private static final Map<String, String> DEFAULT_PATTERNS = Map.of(
            "fr", "Notes de {month} {year}",
            "en", "Notes for {month} {year}",
            "de", "Notizen {month} {year}",
            "es", "Notas de {month} de {year}",
            "it", "Note di {month} {year}");

    /** The pattern from carnet.yml when set, else the language's own. */
    public static MonthlyTitle of(String configuredPattern, Locale locale) {
        String pattern = configuredPattern != null
                ? configuredPattern
                : DEFAULT_PATTERNS.getOrDefault(locale.getLanguage(), "Notes {month} {year}");
        return new MonthlyTitle(pattern, locale);
    }

    public String format(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        if (name.chars().allMatch(Character::isDigit)) {
            // Some locales have no stand-alone form and the JDK answers with the number.
            name = month.getMonth().getDisplayName(TextStyle.FULL, locale);
        }
        if (locale.getLanguage().equals("en")) {
            name = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }
        String text = pattern;
        if (locale.getLanguage().equals("fr") && startsWithVowelSound(name)) {
            // French elides "de" before a vowel: "Notes d'avril", "Notes d'août".
            text = text.replace("de {month}", "d'{month}");
        }
        return text.replace("{month}", name).replace("{year}", Integer.toString(month.getYear()));
    }

    private static boolean startsWithVowelSound(String word) {
        String folded = TextFolding.fold(word);
        return !folded.isEmpty() && "aeiouy".indexOf(folded.charAt(0)) >= 0;
    }
}
