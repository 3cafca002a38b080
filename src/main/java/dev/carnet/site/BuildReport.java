package dev.carnet.site;

import java.time.Duration;
import java.util.List;

/** What a build did, for the person who ran it. */
public record BuildReport(int notes, int renderedNotes, int pages, int htmlFiles, int feeds, int otherFiles, int staticFiles,
                          List<String> warnings, Duration took, java.util.Map<String, Duration> phases) {
    public BuildReport {
        warnings = List.copyOf(warnings);
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }
}
