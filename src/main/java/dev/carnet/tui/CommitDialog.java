package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import java.util.List;
import java.util.function.Consumer;

/** The commit message carnet proposes, editable, then Commit or Cancel. */
final class CommitDialog extends Dialog {
    private final TextBox message;

    CommitDialog(String proposed, Consumer<String> commit) {
        super("Commit");
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label("Message (edit it if you like):"));
        message = new TextBox(new TerminalSize(60, 3), TerminalText.clean(proposed));
        panel.addComponent(message);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button("Commit", () -> {
            String text = message.getText().strip();
            close();
            commit.accept(text.isEmpty() ? proposed : text);
        }));
        buttons.addComponent(new Button("Cancel", this::close));
        panel.addComponent(buttons);
        setComponent(panel);
    }

    String message() {
        return message.getText();
    }
}
