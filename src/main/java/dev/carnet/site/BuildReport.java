package dev.carnet.site;

import dev.carnet.error.Phrase;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build did, for the person who ran it.
 *
 * @param written how many files it wrote: all of them in a full build, only the changed ones in
 *     an incremental one, none when the site was up to date
 * @param untouched how many files an incremental build kept by their inputs alone, without making their keys
 */
public record BuildReport(int notes, int renderedNotes, int pages, int htmlFiles, int feeds, int otherFiles, int staticFiles,
                          List<Phrase> warnings, Duration took, Map<String, Duration> phases, int written, int untouched) {
    public BuildReport {
        warnings = List.copyOf(warnings);
        phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }

    /** A full build's report: every file written. */
    public BuildReport(int notes, int renderedNotes, int pages, int htmlFiles, int feeds, int otherFiles, int staticFiles,
                       List<Phrase> warnings, Duration took, Map<String, Duration> phases) {
        this(notes, renderedNotes, pages, htmlFiles, feeds, otherFiles, staticFiles, warnings, took, phases,
                htmlFiles + feeds + otherFiles + staticFiles, 0);
    }

    /** This report with the files an incremental build wrote and kept by their inputs, and its whole time. */
    BuildReport written(int files, int keptByInputs, Duration wholeTime) {
        return new BuildReport(notes, renderedNotes, pages, htmlFiles, feeds, otherFiles, staticFiles, warnings, wholeTime, phases, files,
                keptByInputs);
    }
}
