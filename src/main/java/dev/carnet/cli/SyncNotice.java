package dev.carnet.cli;

import java.io.PrintWriter;

/**
 * The one line that commands working on notes print while a sync is stopped on a conflict: they
 * still do their work, but the author should know the blog is in the middle of something.
 */
final class SyncNotice {
    private SyncNotice() {
    }

    static void print(CarnetCommand root, PrintWriter err) {
        root.blog().git().syncInProgress().ifPresent(state -> err.println(root.text().format("notice", root.text().say(state.notice()))));
    }
}
