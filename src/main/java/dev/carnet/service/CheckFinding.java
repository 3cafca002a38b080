package dev.carnet.service;

/** One thing {@code carnet check} found: an error stops a publish, a warning does not. */
public record CheckFinding(boolean error, String message) {
}
