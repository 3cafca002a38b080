package dev.carnet.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.IntFunction;

/** A note (or any text) on the whole screen, to read; arrows and pages scroll, Esc or q goes back. */
final class ReadingWindow extends BasicWindow {
    private final LinesView text = new LinesView();

    /** @param lines the text for a given width (it is laid out again when the terminal is resized) */
    ReadingWindow(String footer, IntFunction<List<LinesView.Line>> lines, int width) {
        super("carnet");
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        Panel root = new Panel(new BorderLayout());
        root.addComponent(text, BorderLayout.Location.CENTER);
        root.addComponent(new Label(TerminalText.fit(footer, width)), BorderLayout.Location.BOTTOM);
        setComponent(root);
        text.show(lines.apply(width - 2), -1);
    }

    /** Marks the search's words (folded) as the preview does. */
    ReadingWindow mark(List<String> terms) {
        text.mark(terms);
        return this;
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        int page = getTextGUI() == null ? 20 : Math.max(1, getTextGUI().getScreen().getTerminalSize().getRows() - 2);
        if (text.scrollKey(key, page)) {
            return true;
        }
        if (key.getKeyType() == KeyType.Escape
                || key.getKeyType() == KeyType.Character && (key.getCharacter() == 'q' || key.getCharacter() == 'p')) {
            close();
            return true;
        }
        return super.handleInput(key);
    }

}
