package dev.carnet.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** A window whose Esc does what its safe button does (Cancel, Stay, Close), as people expect. */
abstract class Dialog extends BasicWindow {
    private Runnable onEscape = this::close;

    Dialog(String title) {
        super(title);
    }

    /**
     * Draws a box's empty room as underscores: with the terminal's own colours (TextUi's theme,
     * NO_COLOR) an empty field would otherwise look like nothing until it has the focus.
     */
    static <T extends TextBox> T visible(T box) {
        if (box.getRenderer() instanceof TextBox.DefaultTextBoxRenderer renderer) {
            renderer.setUnusedSpaceCharacter('_');
        }
        return box;
    }

    /** What Esc does; by default it closes the dialog. */
    final void onEscape(Runnable action) {
        this.onEscape = action;
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            onEscape.run();
            return true;
        }
        return super.handleInput(key);
    }
}
