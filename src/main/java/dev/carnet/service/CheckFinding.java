package dev.carnet.service;

import dev.carnet.error.Phrase;

/** One thing {@code carnet check} found: an error stops a publish, a warning does not. */
public record CheckFinding(boolean error, Phrase message) {
}
