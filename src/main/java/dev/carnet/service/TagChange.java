package dev.carnet.service;

import java.util.List;

/** The tags of a note before and after {@code carnet tag}. */
public record TagChange(String path, List<String> before, List<String> after) {
    public boolean changed() {
        return !before.equals(after);
    }
}
