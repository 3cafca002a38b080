package dev.carnet.config;

/** {@code notes:} in carnet.yml. {@code monthlyTitle} is null when the language's default applies. */
public record NotesSettings(String monthlyTitle) {
}
