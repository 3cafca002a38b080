package dev.carnet.cli;

import dev.carnet.error.CarnetException;
import dev.carnet.error.UsageException;
import dev.carnet.service.ExternalEditor;
import dev.carnet.service.NoteEditing;
import dev.carnet.service.NoteService;
import java.io.IOException;
import java.util.Locale;

/**
 * Opens the editor on a copy of the note ({@link NoteEditing}), then checks what the author wrote.
 * A mistake in the front matter is shown with its line and the editor offered again; the note
 * keeps the text as the editor saved it.
 */
final class EditSession {
    private final CliContext context;
    private final NoteService notes;

    EditSession(CliContext context, NoteService notes) {
        this.context = context;
        this.notes = notes;
    }

    int edit(String path) {
        ExternalEditor editor = new ExternalEditor(context.env());
        if (!context.interactive() && !editor.chosenByTheAuthor()) {
            // nano or vi without a terminal would hang or garble the note: say so instead.
            throw new UsageException("no terminal for " + editor.command() + " to edit " + path
                    + "; use 'ssh -t', or set EDITOR to an editor that needs no terminal");
        }
        NoteEditing editing = new NoteEditing(notes.blog());
        while (true) {
            editing.edit(path, editor::edit, notice -> context.err().println("carnet: " + notice), this::replaceCutShort);
            notes.changedOnDisk();
            try {
                notes.validate(path);
                return CarnetCli.OK;
            } catch (CarnetException problem) {
                context.err().println("carnet: " + problem.getMessage());
                if (!context.interactive() || !askReopen()) {
                    context.err().println("carnet: your text is saved in " + path
                            + " as you left it; fix it with: carnet edit " + path);
                    return CarnetCli.USER_ERROR;
                }
            }
        }
    }

    private boolean replaceCutShort(String why) {
        if (!context.interactive()) {
            return false;
        }
        context.err().print("carnet: the saved file " + why + ". Replace the note with it anyway? [y/N] ");
        context.err().flush();
        try {
            String answer = context.in().readLine();
            String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
            return a.startsWith("y") || a.startsWith("o");
        } catch (IOException e) {
            return false;
        }
    }

    private boolean askReopen() {
        context.err().print("Reopen the editor to fix it? [Y/n] ");
        context.err().flush();
        try {
            String answer = context.in().readLine();
            return answer != null && (answer.isBlank() || answer.strip().toLowerCase(Locale.ROOT).startsWith("y")
                    || answer.strip().toLowerCase(Locale.ROOT).startsWith("o"));
        } catch (IOException e) {
            return false;
        }
    }
}
