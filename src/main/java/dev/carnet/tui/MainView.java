package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import dev.carnet.model.HumanDate;
import dev.carnet.model.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the main screen shows, laid out: the blog's title, the count and the search on top, the
 * list (two fifths of the width) and the preview, the git state and the keys at the bottom.
 * {@link MainWindow} decides what happens on a key; this only paints.
 */
final class MainView {
    /** The bottom bar; on a narrow terminal the highest ranks go first (? lists them all). */
    private static List<KeyBar.Key> keys(TuiText text) {
        return List.of(new KeyBar.Key("↑↓ /", text.get("key.search"), 0),
                new KeyBar.Key("#", text.get("key.tag"), 2), new KeyBar.Key("e", text.get("key.edit"), 0),
                new KeyBar.Key("t", text.get("key.tags"), 3), new KeyBar.Key("n", text.get("key.new"), 1),
                new KeyBar.Key("d", text.get("key.draft"), 4), new KeyBar.Key("c", text.get("key.commit"), 2),
                new KeyBar.Key("?", text.get("key.help"), 0), new KeyBar.Key("q", text.get("key.quit"), 0));
    }

    /**
     * The screen's state besides the notes.
     *
     * @param gitState the git state line, as the services last told it
     * @param lastAction what the last action did ("Committed 1a2b3c4"), or empty
     * @param uncommitted the files with changes not committed, as of the last git state
     */
    record Status(boolean loading, boolean searching, String gitState, String lastAction, Set<String> uncommitted) {
    }

    private final String blogTitle;
    private final Locale locale;
    private final TuiText text;
    private final List<KeyBar.Key> barKeys;
    private final Label header = new Label("");
    private final Label keys = new Label("");
    private final Label state = new Label("");
    private final LinesView list = new LinesView();
    private final LinesView preview = new LinesView();
    private final Panel root = new Panel(new BorderLayout());
    /** The width the lines were last fitted to; -1 before the window is on a terminal. */
    private int paintedWidth = -1;

    /** @param locale the blog's language, for dates; {@code text} is the UI's, which may differ (CARNET_LANG) */
    MainView(String blogTitle, Locale locale, TuiText text) {
        this.blogTitle = blogTitle;
        this.locale = locale;
        this.text = text;
        this.barKeys = keys(text);
        root.addComponent(header, BorderLayout.Location.TOP);
        root.addComponent(list, BorderLayout.Location.LEFT);
        root.addComponent(preview, BorderLayout.Location.CENTER);
        Panel bottom = new Panel(new LinearLayout(Direction.VERTICAL));
        bottom.addComponent(state);
        bottom.addComponent(keys);
        root.addComponent(bottom, BorderLayout.Location.BOTTOM);
    }

    Panel root() {
        return root;
    }

    /** For NO_COLOR: reverse video marks the selection and the search's words, bold and underline the headings. */
    void withoutColours() {
        list.withoutColours();
        preview.withoutColours();
    }

    /** The rows of the list on screen (a page for PgUp / PgDn). */
    int listRows() {
        return Math.max(1, list.getSize().getRows());
    }

    /** Scrolls the list by {@code rows} as well (PgUp, PgDn), so that a page turns instead of creeping by a row. */
    void scrollList(int rows) {
        list.scroll(rows);
    }

    /** @param size the terminal's size, or null before the window is on one (80x24 is assumed) */
    void paint(NotesBrowser browser, Status status, TerminalSize size) {
        int width = size == null ? Sizes.DEFAULT_COLUMNS : size.getColumns();
        paintedWidth = size == null ? -1 : width;
        String count = status.loading() ? text.get("main.loading")
                : browser.visibleNotes() == browser.totalNotes() ? text.format("main.count", browser.totalNotes())
                : text.format("main.countShown", browser.visibleNotes(), browser.totalNotes());
        String search = (browser.tag() == null ? "" : "   #" + browser.tag())
                + (status.searching() || !browser.query().isEmpty()
                ? "   / " + browser.query() + (status.searching() ? "▏" : "") : "");
        header.setText(TerminalText.fit(TerminalText.clean(blogTitle + " — " + count + search), width));
        state.setText(TerminalText.fit(TerminalText.clean(status.gitState()
                + (status.lastAction().isEmpty() ? "" : "  —  " + status.lastAction())), width));
        keys.setText(status.searching() ? TerminalText.fit(text.get("main.searchKeys"), width) : KeyBar.fit(barKeys, width));
        list.mark(browser.terms());
        preview.mark(browser.terms());

        List<NotesBrowser.Row> rows = browser.rows();
        list.show(rows.size(), i -> line(rows.get(i), status.uncommitted()), browser.selectedIndex());
        int listWidth = listWidth(size == null ? 96 : width);
        list.setPreferredSize(new TerminalSize(listWidth, Math.max(1, rows.size())));
        preview.show(preview(browser.selectedNote(), browser.query().isEmpty(), width - listWidth - 1), -1);
    }

    private LinesView.Line line(NotesBrowser.Row row, Set<String> uncommitted) {
        if (row instanceof NotesBrowser.YearRow year) {
            return new LinesView.Line(Integer.toString(year.year()), true);
        }
        if (row instanceof NotesBrowser.MonthRow month) {
            return new LinesView.Line(" " + month.label(), true);
        }
        Note note = ((NotesBrowser.NoteRow) row).note();
        // "*" as in an editor's title bar: saved, not yet committed.
        return new LinesView.Line((uncommitted.contains(note.path()) ? "  *" : "   ") + note.title()
                + (note.isDraft() ? " " + text.get("main.draftMark") : ""), false);
    }

    /** The note as the preview (and the whole-screen reading) shows it, {@code width} columns wide. */
    List<LinesView.Line> preview(Note note, boolean noSearch, int width) {
        List<LinesView.Line> lines = new ArrayList<>();
        if (note == null) {
            lines.add(new LinesView.Line(text.get(noSearch ? "main.noNotes" : "main.noMatch"), false));
            return lines;
        }
        lines.add(new LinesView.Line(note.title(), true));
        lines.add(new LinesView.Line(HumanDate.format(note.meta().date().toLocalDate(), locale)
                + (note.meta().tags().isEmpty() ? "" : " · " + String.join(", ", note.meta().tags()))
                + (note.isDraft() ? " · " + text.get("main.draft") : ""), LinesView.Style.META));
        lines.add(new LinesView.Line("", false));
        lines.addAll(TerminalMarkdown.lines(note.body().strip(), Math.max(Sizes.MIN_WRAP, width - 2)));
        return lines;
    }

    /** Whether the lines were fitted to another width than {@code size}'s (a resize since: SIGWINCH). */
    boolean paintedFor(TerminalSize size) {
        return paintedWidth == size.getColumns();
    }

    /** Resize (SIGWINCH): the list keeps two fifths of the width. */
    void layout(TerminalSize size) {
        list.setPreferredSize(new TerminalSize(listWidth(size.getColumns()), Math.max(1, size.getRows() - 2)));
    }

    private static int listWidth(int columns) {
        return Math.max(24, columns * 2 / 5);
    }
}
