package dev.carnet.cli;

import java.nio.file.Path;

/** How paths are shown: relative to where the person stands when that is shorter. */
final class Paths {
    private Paths() {
    }

    static String display(Path workingDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(workingDir)) {
            String relative = workingDir.relativize(abs).toString();
            return relative.isEmpty() ? "." : relative;
        }
        return abs.toString();
    }
}
