package dev.carnet.tui;

import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import java.util.List;

/**
 * A problem in one line (file:line when known), never a stack trace, with what can be done next.
 * Non-blocking: the main loop keeps running while it is open. Esc picks the last choice, which
 * is always the one that changes nothing.
 */
final class ErrorDialog extends Dialog {
    /** A button: its label and what it does (the dialog closes first). */
    record Choice(String label, Runnable action) {
    }

    /** A message with one button, Close. */
    static ErrorDialog notice(String title, String message, TuiText text) {
        return new ErrorDialog(title, message, List.of(new Choice(text.get("button.close"), () -> { })));
    }

    /** Shows {@code problem}'s one-line message, in the UI's language, over {@code window}, if it is on a screen. */
    static void show(Window window, String title, RuntimeException problem, TuiText text) {
        if (window.getTextGUI() != null) {
            window.getTextGUI().addWindow(notice(title, text.say(problem), text));
        }
    }

    ErrorDialog(String title, String message, List<Choice> choices) {
        super(title);
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        for (String paragraph : message.split("\n")) {
            for (String line : TerminalText.wrap(TerminalText.clean(paragraph), 64)) {
                panel.addComponent(new Label(line));
            }
        }
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        for (Choice choice : choices) {
            Runnable chosen = () -> {
                close();
                choice.action().run();
            };
            buttons.addComponent(new Button(choice.label(), chosen));
            onEscape(chosen); // the last choice is the safe one: Close, Stay, Cancel, Keep
        }
        panel.addComponent(buttons);
        setComponent(panel);
    }
}
