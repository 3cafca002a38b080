package dev.carnet.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** A window whose Esc does what its safe button does (Cancel, Stay, Close), as people expect. */
abstract class Dialog extends BasicWindow {
    private Runnable onEscape = this::close;

    Dialog(String title) {
        super(title);
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
