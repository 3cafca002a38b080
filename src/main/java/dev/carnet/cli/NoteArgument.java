package dev.carnet.cli;

import picocli.CommandLine.Parameters;

/** The NOTE argument that show, edit and tag share, described once. */
final class NoteArgument {
    @Parameters(index = "0", paramLabel = "NOTE",
            description = "A path, a month (2024-06), a slug, the start of one or words of one (juin).")
    String reference;
}
