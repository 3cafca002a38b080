package dev.carnet.store;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A note's date in the one shape carnet writes and most notes hold, {@code 2024-06-30T10:00:00+02:00},
 * read digit by digit: {@code OffsetDateTime.parse} walks a general formatter and its resolver for
 * each of the thousand dates of a build, and the compiler then compiles all of that too.
 * Anything else, or a date that does not exist, is left to the general reading (null), which
 * says what is wrong. CanonicalDateTimeTest checks it against {@code OffsetDateTime.parse}.
 */
final class CanonicalDateTime {
    private static final String SHAPE = "dddd-dd-ddTdd:dd:dd+dd:dd";

    private CanonicalDateTime() {
    }

    /** The date {@code text} says, or null when it is not in the canonical shape or names no real instant. */
    static OffsetDateTime parse(String text) {
        if (text.length() != SHAPE.length()) {
            return null;
        }
        for (int i = 0; i < SHAPE.length(); i++) {
            char expected = SHAPE.charAt(i);
            char c = text.charAt(i);
            boolean fits = expected == 'd' ? c >= '0' && c <= '9' : expected == '+' ? c == '+' || c == '-' : c == expected;
            if (!fits) {
                return null;
            }
        }
        int sign = text.charAt(19) == '-' ? -1 : 1;
        try {
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * number(text, 20, 2), sign * number(text, 23, 2));
            return OffsetDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                    number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), 0, offset);
        } catch (DateTimeException e) {
            return null; // February 30th, 25 o'clock, an offset past 18 hours: the general reading names it
        }
    }

    private static int number(String text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
