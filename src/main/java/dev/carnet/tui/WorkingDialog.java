package dev.carnet.tui;

import com.googlecode.lanterna.gui2.AnimatedLabel;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Shown while long work (build, push, sync) runs off the UI thread: a spinner, the phase it is
 * in, and Cancel. Cancelling stops at the next safe point; nothing half-done is kept.
 */
final class WorkingDialog extends Dialog {
    private final AnimatedLabel spinner = AnimatedLabel.createClassicSpinningLine();
    private final Label phase;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    WorkingDialog(String title, String doing, TuiText text) {
        super(title);
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        Panel line = new Panel(new LinearLayout(Direction.HORIZONTAL));
        line.addComponent(spinner);
        phase = new Label(" " + TerminalText.fit(doing, Sizes.DIALOG_TEXT));
        line.addComponent(phase);
        panel.addComponent(line);
        Runnable cancel = () -> {
            cancelled.set(true);
            phase.setText(" " + text.get("work.cancelling"));
        };
        panel.addComponent(new Button(text.get("button.cancel"), cancel));
        onEscape(cancel);
        setComponent(panel);
        spinner.startAnimation(Sizes.SPINNER_MILLIS);
    }

    /** Called on the UI thread. */
    void phase(String what) {
        if (!cancelled.get()) {
            phase.setText(" " + TerminalText.fit(TerminalText.clean(what) + "…", Sizes.DIALOG_TEXT));
        }
    }

    /** Any thread. */
    boolean cancelled() {
        return cancelled.get();
    }

    @Override
    public void close() {
        spinner.stopAnimation();
        super.close();
    }
}
