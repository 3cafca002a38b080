package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the author's editor on a file, on the real terminal, like git does: {@code $VISUAL}, then
 * {@code $EDITOR}, then nano, then vi. The editor line goes through {@code sh} so that
 * {@code EDITOR="code --wait"} works.
 */
public final class ExternalEditor {
    private final Map<String, String> env;

    public ExternalEditor(Map<String, String> env) {
        this.env = env;
    }

    /** Whether VISUAL or EDITOR names the editor (else carnet falls back to a terminal editor). */
    public boolean chosenByTheAuthor() {
        return chosen() != null;
    }

    public String command() {
        String chosen = chosen();
        if (chosen != null) {
            return chosen;
        }
        for (String fallback : List.of("nano", "vi")) {
            if (onPath(fallback)) {
                return fallback;
            }
        }
        throw new CarnetException(Phrase.of("editor.none"));
    }

    /** Blocks until the editor exits; a non-zero exit is reported (the caller says what became of the file). */
    public void edit(Path file) {
        String command = command();
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command + " \"$@\"", "carnet-editor", file.toString())
                .inheritIO();
        builder.environment().putAll(env);
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new CarnetException(Phrase.of("editor.status", command, exit));
            }
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("editor.cannotStart", command, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CarnetException(Phrase.of("editor.interrupted"));
        }
    }

    /** VISUAL, else EDITOR, when set; null otherwise. */
    private String chosen() {
        for (String name : List.of("VISUAL", "EDITOR")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private boolean onPath(String program) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
