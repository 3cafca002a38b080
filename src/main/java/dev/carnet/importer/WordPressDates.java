package dev.carnet.importer;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * WordPress's {@code 2024-07-01 07:30:00} dates. The GMT one is the truth (the blog's time zone
 * may have changed since); the local one is used only when WordPress never set the GMT one, as it
 * does for drafts ({@code 0000-00-00 00:00:00}).
 */
final class WordPressDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WordPressDates() {
    }

    /** The moment in the blog's zone, or empty when neither date is a real one. */
    static Optional<OffsetDateTime> of(String gmt, String local, ZoneId zone) {
        Optional<LocalDateTime> utc = parse(gmt);
        if (utc.isPresent()) {
            return Optional.of(utc.get().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toOffsetDateTime());
        }
        return parse(local).map(time -> time.atZone(zone).toOffsetDateTime());
    }

    private static Optional<LocalDateTime> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(t, FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
