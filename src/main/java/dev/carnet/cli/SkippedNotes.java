package dev.carnet.cli;

import dev.carnet.model.NoteProblem;
import dev.carnet.model.Notebook;
import dev.carnet.model.Plural;
import java.io.PrintWriter;

/** Says which notes a listing left out, and how to fix them, on stderr. */
final class SkippedNotes {
    private SkippedNotes() {
    }

    static void report(Notebook notebook, PrintWriter err) {
        if (notebook.problems().isEmpty()) {
            return;
        }
        for (NoteProblem problem : notebook.problems()) {
            err.println(problem.message());
        }
        int count = notebook.problems().size();
        err.println("carnet: skipped " + Plural.count(count, "note")
                + " that cannot be read; fix with: carnet edit " + notebook.problems().get(0).path());
    }
}
