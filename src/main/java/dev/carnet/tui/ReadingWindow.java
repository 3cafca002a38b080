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
        switch (key.getKeyType()) {
            case ArrowDown -> text.scroll(1);
            case ArrowUp -> text.scroll(-1);
            case PageDown -> text.scroll(page);
            case PageUp -> text.scroll(-page);
            case Escape -> close();
            case Character -> {
                char c = key.getCharacter();
                if (c == 'q' || c == 'p') {
                    close();
                } else if (c == ' ') {
                    text.scroll(page);
                } else if (c == 'j') {
                    text.scroll(1);
                } else if (c == 'k') {
                    text.scroll(-1);
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
