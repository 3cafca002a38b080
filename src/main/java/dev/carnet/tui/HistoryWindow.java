package dev.carnet.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import dev.carnet.model.Note;
import dev.carnet.service.NoteRevision;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The commits of one note on the whole screen, newest first, one a line. Enter (or d) shows what a
 * commit changed in the note, r brings the note back as it was then (as a change to commit), Esc
 * or q goes back.
 */
final class HistoryWindow extends BasicWindow {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    /** The date without its time, on a narrow terminal (the diff view still shows the time). */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private final TuiActions actions;
    private final Note note;
    private final List<NoteRevision> revisions;
    private final Consumer<String> restored;
    private final TuiText text;
    private final Label header = new Label("");
    private final Label keys = new Label("");
    private final LinesView list = new LinesView();
    private int selected;
    private int width = -1;

    /** @param restored told what happened, in one line, once the note was brought back (this screen is closed by then) */
    HistoryWindow(TuiActions actions, Note note, List<NoteRevision> revisions, int width, Consumer<String> restored,
                  TuiText text) {
        super("carnet");
        this.text = text;
        this.actions = actions;
        this.note = note;
        this.revisions = List.copyOf(revisions);
        this.restored = restored;
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        Panel root = new Panel(new BorderLayout());
        root.addComponent(header, BorderLayout.Location.TOP);
        root.addComponent(list, BorderLayout.Location.CENTER);
        root.addComponent(keys, BorderLayout.Location.BOTTOM);
        setComponent(root);
        fit(width);
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        int page = getTextGUI() == null ? 20 : Math.max(1, getTextGUI().getScreen().getTerminalSize().getRows() - 3);
        Character c = key.getCharacter();
        switch (key.getKeyType()) {
            case ArrowDown -> move(1);
            case ArrowUp -> move(-1);
            case PageDown -> move(page);
            case PageUp -> move(-page);
            case Home -> move(-revisions.size());
            case End -> move(revisions.size());
            case Enter -> diff();
            case Escape -> close();
            case Character -> {
                if (c == 'j') {
                    move(1);
                } else if (c == 'k') {
                    move(-1);
                } else if (c == 'd') {
                    diff();
                } else if (c == 'r') {
                    confirmRestore();
                } else if (c == 'q' || c == 'h') {
                    close();
                } else {
                    return super.handleInput(key);
                }
            }
            default -> {
                return super.handleInput(key);
            }
        }
        return true;
    }

    private void move(int by) {
        if (!revisions.isEmpty()) {
            selected = Math.max(0, Math.min(revisions.size() - 1, selected + by));
            show();
        }
    }

    private void show() {
        if (revisions.isEmpty()) {
            list.show(List.of(new LinesView.Line(text.get("history.none"), LinesView.Style.META)), -1);
            return;
        }
        Columns columns = Columns.of(revisions.stream().mapToInt(r -> columns(TerminalText.clean(r.author()))).max().orElse(0), width);
        list.show(revisions.size(), i -> {
            NoteRevision revision = revisions.get(i);
            String author = TerminalText.fit(TerminalText.clean(revision.author()), columns.author());
            return new LinesView.Line(revision.shortId() + "  " + columns.when().format(revision.when()) + "  "
                    + author + " ".repeat(Math.max(0, columns.author() - columns(author))) + "  "
                    + TerminalText.clean(revision.subject()), LinesView.Style.TEXT);
        }, selected);
    }

    private static int columns(String text) {
        return TerminalTextUtils.getColumnWidth(text);
    }

    /**
     * How a commit's line is laid out at a width: the id, the date, the author's whole name when it
     * fits, the subject in what is left (Enter shows it whole). When the line is narrow the date
     * loses its time before a name is cut; a name is cut only when the subject would get fewer than
     * {@link #SUBJECT} columns, and never below {@link #AUTHOR} columns.
     */
    record Columns(DateTimeFormatter when, int author) {
        static final int SUBJECT = 8;
        static final int AUTHOR = 12;
        /** The selection marker, the id and the gaps around the date and the author. */
        private static final int FIXED = 2 + 7 + 2 + 2 + 2;

        static Columns of(int longestAuthor, int width) {
            if (FIXED + 16 + longestAuthor + SUBJECT <= width) {
                return new Columns(WHEN, longestAuthor);
            }
            int room = width - FIXED - 10 - SUBJECT;
            return new Columns(DAY, Math.min(longestAuthor, Math.max(AUTHOR, room)));
        }
    }

    private void diff() {
        if (revisions.isEmpty() || getTextGUI() == null) {
            return;
        }
        NoteRevision revision = revisions.get(selected);
        List<String> diff;
        try {
            diff = actions.diff(note, revision.id());
        } catch (RuntimeException e) {
            ErrorDialog.show(this, text.get("error.changes"), e, text);
            return;
        }
        int columns = getTextGUI().getScreen().getTerminalSize().getColumns();
        getTextGUI().addWindow(new ReadingWindow(revision.shortId() + " " + WHEN.format(revision.when())
                + "   " + text.get("history.diffKeys"), w -> diffLines(revision, diff, w, text), columns));
    }

    /** The commit's subject and who and when, then its diff wrapped to the width, each line keeping its +/- mark. */
    static List<LinesView.Line> diffLines(NoteRevision revision, List<String> diff, int width, TuiText text) {
        List<LinesView.Line> lines = new ArrayList<>();
        lines.add(new LinesView.Line(revision.subject(), LinesView.Style.HEADING));
        lines.add(new LinesView.Line(revision.shortId() + " · " + WHEN.format(revision.when()) + " · " + revision.author()
                + " · " + revision.path(), LinesView.Style.META));
        lines.add(new LinesView.Line("", LinesView.Style.TEXT));
        if (diff.isEmpty()) {
            lines.add(new LinesView.Line(text.get("history.noChange"), LinesView.Style.META));
        }
        for (String line : diff) {
            LinesView.Style style = line.startsWith("+") ? LinesView.Style.CODE
                    : line.startsWith("-") ? LinesView.Style.QUOTE
                    : line.startsWith("@@") || line.startsWith("\\") ? LinesView.Style.META : LinesView.Style.TEXT;
            String mark = line.isEmpty() || style == LinesView.Style.META ? "" : line.substring(0, 1);
            for (String part : TerminalText.wrap(TerminalText.clean(line.substring(mark.length())), Math.max(Sizes.MIN_WRAP, width - 1))) {
                lines.add(new LinesView.Line(mark + part, style));
            }
        }
        return lines;
    }

    private void confirmRestore() {
        if (revisions.isEmpty() || getTextGUI() == null) {
            return;
        }
        NoteRevision revision = revisions.get(selected);
        if (selected == 0) {
            getTextGUI().addWindow(ErrorDialog.notice(text.get("history.nothingTitle"),
                    text.format("history.nothing", revision.shortId()), text));
            return;
        }
        String when = WHEN.format(revision.when());
        getTextGUI().addWindow(new ErrorDialog(text.get("history.restoreTitle"),
                text.format("history.restoreQuestion", note.title(), when, revision.shortId()),
                List.of(new ErrorDialog.Choice(text.get("history.restore"), () -> restore(revision)),
                        new ErrorDialog.Choice(text.get("button.cancel"), () -> { }))));
    }

    private void restore(NoteRevision revision) {
        try {
            actions.restore(note, revision.id());
        } catch (RuntimeException e) {
            ErrorDialog.show(this, text.get("error.restore"), e, text);
            return;
        }
        close();
        restored.accept(text.format("history.restored", revision.shortId()));
    }

    private void fit(int columns) {
        if (columns != width) {
            width = columns;
            int count = revisions.size();
            header.setText(TerminalText.fit(TerminalText.clean(text.format("history.header", note.title(), note.path())
                    + (count == 0 ? "" : " — " + text.format("history.commits", count))), columns));
            keys.setText(TerminalText.fit(text.get(revisions.isEmpty() ? "history.back" : "history.keys"), columns));
            show();
        }
    }

    @Override
    public void draw(TextGUIGraphics graphics) {
        fit(graphics.getSize().getColumns());
        super.draw(graphics);
    }
}
