package dev.carnet.cli;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.error.UsageException;
import dev.carnet.service.ExternalEditor;
import dev.carnet.service.NoteEditing;
import dev.carnet.service.NoteService;
import dev.carnet.service.Wording;
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
    private final Wording text;

    EditSession(CliContext context, NoteService notes, Wording text) {
        this.context = context;
        this.notes = notes;
        this.text = text;
    }

    int edit(String path) {
        ExternalEditor editor = new ExternalEditor(context.env());
        if (!context.interactive() && !editor.chosenByTheAuthor()) {
            // nano or vi without a terminal would hang or garble the note: say so instead.
            throw new UsageException(Phrase.of("edit.noTerminal", editor.command(), path));
        }
        NoteEditing editing = new NoteEditing(notes.blog());
        while (true) {
            editing.edit(path, editor::edit, notice -> context.err().println("carnet: " + text.say(notice)), this::replaceCutShort);
            notes.changedOnDisk();
            try {
                notes.validate(path);
                return CarnetCli.OK;
            } catch (CarnetException problem) {
                context.err().println("carnet: " + text.say(problem));
                if (!context.interactive() || !askReopen()) {
                    context.err().println("carnet: " + text.format("edit.savedAsLeft", path));
                    return CarnetCli.USER_ERROR;
                }
            }
        }
    }

    private boolean replaceCutShort(Phrase why) {
        if (!context.interactive()) {
            return false;
        }
        context.err().print("carnet: " + text.format("edit.replaceAnyway", text.say(why)) + " ");
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
        context.err().print(text.text("edit.reopen") + " ");
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
