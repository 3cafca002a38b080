package dev.carnet.service;

import dev.carnet.error.Phrase;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build did, for the person who ran it; {@code phases} in the order they ran.
 *
 * @param written how many files the build wrote (fewer than the site has when it built only what changed)
 * @param untouched how many files it kept as they were without looking at them: none of their inputs had changed
 */
public record BuildSummary(int notes, int renderedNotes, int pages, int htmlFiles, int feeds, int otherFiles, int staticFiles,
                           List<Phrase> warnings, Duration took, Map<String, Duration> phases, int written, int untouched) {
    public BuildSummary {
        warnings = List.copyOf(warnings);
        phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }
}
