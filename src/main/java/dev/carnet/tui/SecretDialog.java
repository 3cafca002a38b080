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

/** Asks for a secret (an SSH key's passphrase) in a masked field; Cancel answers nothing. */
final class SecretDialog extends Dialog {
    SecretDialog(String prompt, Consumer<char[]> answer, TuiText text) {
        super(text.get("secret.title"));
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        for (String line : TerminalText.wrap(TerminalText.clean(prompt), Sizes.DIALOG_WIDE)) {
            panel.addComponent(new Label(line));
        }
        TextBox secret = new TextBox(new TerminalSize(Sizes.DIALOG_LIST, 1)).setMask('•');
        panel.addComponent(secret);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button(text.get("button.ok"), () -> {
            char[] value = secret.getText().toCharArray();
            secret.setText("");
            close();
            answer.accept(value);
        }));
        Runnable cancel = () -> {
            close();
            answer.accept(null);
        };
        buttons.addComponent(new Button(text.get("button.cancel"), cancel));
        onEscape(cancel);
        panel.addComponent(buttons);
        setComponent(panel);
    }
}
