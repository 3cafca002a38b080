package dev.carnet.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as readers say them: {@code 1er juillet 2024}, {@code 14 juillet 2024}, {@code July 1, 2024}. */
public final class HumanDate {
    // Made once: a pattern is parsed when the formatter is made, and a build dates every note twice.
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private HumanDate() {
    }

    public static String format(LocalDate date, Locale locale) {
        if (locale.getLanguage().equals("fr")) {
            String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
            return day + " " + MONTH_YEAR.withLocale(locale).format(date);
        }
        return LONG.withLocale(locale).format(date);
    }
}
