package dev.carnet.site;

import java.time.Duration;
import java.util.List;

/** What a build did, for the person who ran it. */
public record BuildReport(int notes, int pages, int htmlFiles, int feeds, int otherFiles, int staticFiles,
                          List<String> warnings, Duration took) {
    public BuildReport {
        warnings = List.copyOf(warnings);
    }
}
