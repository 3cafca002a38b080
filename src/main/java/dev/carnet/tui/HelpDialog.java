package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of the main screen (?), in a box that fits the terminal: descriptions wrap at word
 * boundaries under their own column, and when the terminal is too short for all of them the box
 * scrolls (arrows, PgUp/PgDn) and says so.
 */
final class HelpDialog extends Dialog {
    /** Keys and what they do. */
    record Entry(String keys, String does) {
    }

    /** The main screen's keys, in this order, each a {@code help.<name>.keys} and {@code .does} in the bundle. */
    private static final List<String> MAIN = List.of("move", "ends", "page", "search", "clear", "edit", "read", "history",
            "tag", "tags", "new", "month", "draft", "commit", "sync", "publish", "preview", "help", "quit");

    /** The main screen's keys in the UI's language (key names too: Entrée, Échap on a French keyboard). */
    static List<Entry> main(TuiText text) {
        return MAIN.stream().map(name -> new Entry(text.get("help." + name + ".keys"), text.get("help." + name + ".does"))).toList();
    }

    /** The widest the box grows on a large terminal. */
    private static final int MAX_WIDTH = 72;
    /** LinesView keeps two columns on the left for its selection marker; one more stays free on the right. */
    private static final int MARGIN = 3;

    private final LinesView lines = new LinesView();
    private final int height;

    HelpDialog(String title, List<Entry> entries, TerminalSize terminal, TuiText text) {
        super(title);
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        int width = Math.max(20, Math.min(MAX_WIDTH, terminal.getColumns() - 4)); // borders and a column each side
        List<LinesView.Line> laidOut = layout(entries, width - MARGIN);
        height = Math.max(1, Math.min(laidOut.size(), terminal.getRows() - 5)); // borders, the hint, the button, a spare row
        lines.show(laidOut, -1);
        lines.setPreferredSize(new TerminalSize(width, height));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(lines);
        if (laidOut.size() > height) {
            panel.addComponent(new Label(TerminalText.fit("  " + text.get("help.more"), width)));
        }
        panel.addComponent(new Button(text.get("button.close"), this::close));
        setComponent(panel);
    }

    /** One line per key, or more when its description wraps; wrapped lines start under the description. */
    static List<LinesView.Line> layout(List<Entry> entries, int width) {
        int keyColumn = entries.stream().mapToInt(e -> TerminalTextUtils.getColumnWidth(e.keys())).max().orElse(0) + 2;
        List<LinesView.Line> out = new ArrayList<>();
        for (Entry entry : entries) {
            String keys = entry.keys() + " ".repeat(keyColumn - TerminalTextUtils.getColumnWidth(entry.keys()));
            List<String> wrapped = TerminalText.wrap(entry.does(), Math.max(Sizes.MIN_WRAP, width - keyColumn));
            for (int i = 0; i < wrapped.size(); i++) {
                out.add(new LinesView.Line((i == 0 ? keys : " ".repeat(keyColumn)) + wrapped.get(i), false));
            }
        }
        return out;
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (lines.scrollKey(key, height)) {
            return true;
        }
        switch (key.getKeyType()) {
            case Home -> lines.scroll(-Integer.MAX_VALUE / 2);
            case End -> lines.scroll(Integer.MAX_VALUE / 2);
            case Character -> {
                char c = key.getCharacter();
                if (c == 'q' || c == '?') {
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
}
