package dev.carnet.importer;

import dev.carnet.model.MonthlyTitle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * How one import runs.
 *
 * @param uploads a copy of the old blog's {@code wp-content/uploads}, when the author has one
 * @param categoriesAsTags whether WordPress categories become tags too (else only tags do)
 * @param comments whether readers' comments come across
 * @param overwrite whether notes changed since the last import (or not written by it) are replaced
 * @param dryRun whether to write nothing and only report
 * @param clock the date given to a draft that never had one
 * @param language the blog's, for the words the import writes into notes (embeds' links)
 */
public record ImportSettings(
        Optional<Path> uploads, boolean categoriesAsTags, boolean comments, boolean overwrite, boolean dryRun, ZoneId zone,
        MonthlyTitle monthlyTitle, Clock clock, Locale language) {
}
