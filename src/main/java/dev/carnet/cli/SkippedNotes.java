package dev.carnet.cli;

import dev.carnet.model.NoteProblem;
import dev.carnet.model.Notebook;
import dev.carnet.service.Wording;
import java.io.PrintWriter;

/** Says which notes a listing left out, and how to fix them, on stderr. */
final class SkippedNotes {
    private SkippedNotes() {
    }

    static void report(Notebook notebook, PrintWriter err, Wording text) {
        if (notebook.problems().isEmpty()) {
            return;
        }
        for (NoteProblem problem : notebook.problems()) {
            err.println(problem.failure() != null ? text.say(problem.failure()) : problem.message());
        }
        err.println("carnet: " + text.format("skipped", notebook.problems().size(), notebook.problems().get(0).path()));
    }
}
