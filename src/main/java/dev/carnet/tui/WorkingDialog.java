package dev.carnet.tui;

import com.googlecode.lanterna.gui2.AnimatedLabel;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import java.util.List;

/** Shown while long work (build, push, sync) runs off the UI thread: a spinner and what is happening. */
final class WorkingDialog extends BasicWindow {
    private final AnimatedLabel spinner = AnimatedLabel.createClassicSpinningLine();

    WorkingDialog(String title, String doing) {
        super(title);
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.HORIZONTAL));
        panel.addComponent(spinner);
        panel.addComponent(new Label(" " + doing));
        setComponent(panel);
        spinner.startAnimation(150);
    }

    @Override
    public void close() {
        spinner.stopAnimation();
        super.close();
    }
}
