package dev.carnet.tui;

import java.util.List;

/**
 * What came of opening the editor on a note.
 *
 * @param problem the one line to show, or null when all went well
 * @param noteUnchanged whether the note was left as it was (the editor failed, a save looked cut
 *     short, another program wrote it): the problem then says where the author's text is;
 *     otherwise a problem is a mistake in what was saved, which the author may fix in the editor
 * @param notices recovery files and unfinished edits carnet found before the editor opened
 */
record Edited(String problem, boolean noteUnchanged, List<String> notices) {
    Edited {
        notices = List.copyOf(notices);
    }

    static Edited fine(List<String> notices) {
        return new Edited(null, false, notices);
    }
}
