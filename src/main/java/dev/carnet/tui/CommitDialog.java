package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.Consumer;

/**
 * The commit message carnet proposes, editable, the cursor at its start (the first words are
 * what a reader of the history sees). Enter commits; Alt-Enter, or Ctrl-O where Alt does not
 * reach the terminal, starts a new line for a longer message.
 */
final class CommitDialog extends Dialog {
    private final MessageBox message;
    private final String proposed;
    private final Consumer<String> commit;

    /** @param columns the terminal's width: the box fits it (60 columns at most) */
    CommitDialog(String proposed, int columns, Consumer<String> commit, TuiText text) {
        super(text.get("commit.title"));
        this.proposed = proposed;
        this.commit = commit;
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        int width = Math.max(20, Math.min(Sizes.DIALOG_WIDE, columns - 6));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label(TerminalText.fit(text.get("commit.keys"), width)));
        message = new MessageBox(new TerminalSize(width, 3), TerminalText.clean(proposed));
        message.setCaretPosition(0, 0);
        panel.addComponent(message);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button(text.get("commit.button"), this::commit));
        buttons.addComponent(new Button(text.get("button.cancel"), this::close));
        panel.addComponent(buttons);
        setComponent(panel);
    }

    String message() {
        return message.getText();
    }

    private void commit() {
        String text = message.getText().strip();
        close();
        commit.accept(text.isEmpty() ? proposed : text);
    }

    /**
     * Alt-Enter arrives as Esc then Enter, which Lanterna reads as Ctrl+Alt+J (a tty turns Enter into
     * a line feed, Ctrl-J); Ctrl-J alone cannot be told from Enter, so it is not offered.
     */
    static boolean newLine(KeyStroke key) {
        if (key.getKeyType() == KeyType.Enter) {
            return key.isAltDown();
        }
        return key.getKeyType() == KeyType.Character && key.isCtrlDown()
                && (key.getCharacter() == 'o' || (key.isAltDown() && key.getCharacter() == 'j'));
    }

    /** The message: Enter commits instead of breaking the line. */
    private final class MessageBox extends TextBox {
        MessageBox(TerminalSize size, String text) {
            super(size, text, Style.MULTI_LINE);
        }

        @Override
        public synchronized Result handleKeyStroke(KeyStroke key) {
            if (newLine(key)) {
                return super.handleKeyStroke(new KeyStroke(KeyType.Enter));
            }
            if (key.getKeyType() == KeyType.Enter) {
                commit();
                return Result.HANDLED;
            }
            return super.handleKeyStroke(key);
        }
    }
}
