package dev.carnet.vcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sync stopped on a conflict: the rebase carnet started is still open. Read from the files git
 * keeps under {@code .git/rebase-merge/} without JGit, so that quick commands (tag, edit) can say
 * so without loading it.
 *
 * @param conflicts the files the sync stopped on (blog-relative), as carnet recorded them when it
 *     stopped; empty when the rebase was not started by carnet (then only JGit's status knows)
 */
public record StoppedSync(List<String> conflicts) {
    /** Written by carnet next to git's own rebase files: one line per conflict, "blob-id path". */
    static final String RECORD = "carnet-conflicts";

    public StoppedSync {
        conflicts = List.copyOf(conflicts);
    }

    /** The stopped sync of the blog at {@code root}, if any; cheap (a few file reads). */
    public static Optional<StoppedSync> of(Path root) {
        Path rebase = rebaseDir(root);
        if (!Files.isDirectory(rebase)) {
            return Optional.empty();
        }
        List<String> conflicts = new ArrayList<>();
        recorded(rebase).forEach(line -> conflicts.add(line[1]));
        return Optional.of(new StoppedSync(conflicts));
    }

    static Path rebaseDir(Path root) {
        return root.resolve(".git").resolve("rebase-merge");
    }

    /** The record's lines as {blob id, path}; none when carnet wrote no record. */
    static List<String[]> recorded(Path rebaseDir) {
        Path record = rebaseDir.resolve(RECORD);
        List<String[]> lines = new ArrayList<>();
        if (!Files.isRegularFile(record)) {
            return lines;
        }
        try {
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    lines.add(new String[] {line.substring(0, space), line.substring(space + 1)});
                }
            }
        } catch (IOException e) {
            // An unreadable record only costs the names of the notes; the sync is still stopped.
        }
        return lines;
    }
}
