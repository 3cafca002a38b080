package dev.carnet.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as readers say them: {@code 1er juillet 2024}, {@code 14 juillet 2024}, {@code July 1, 2024}. */
public final class HumanDate {
    private HumanDate() {
    }

    public static String format(LocalDate date, Locale locale) {
        if (locale.getLanguage().equals("fr")) {
            String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
            return day + " " + DateTimeFormatter.ofPattern("MMMM uuuu", locale).format(date);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
