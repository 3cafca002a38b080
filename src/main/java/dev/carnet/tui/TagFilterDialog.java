package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The notes of one tag (#): every tag with its count, or all notes; Esc keeps the list as it is. */
final class TagFilterDialog extends Dialog {
    /** @param show called with the chosen tag, or null for all notes */
    TagFilterDialog(Map<String, Integer> tagCounts, int rows, Consumer<String> show, TuiText text) {
        super(text.get("filter.title"));
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label(text.get("filter.prompt")));
        ActionListBox choices = new ActionListBox(new TerminalSize(Sizes.DIALOG_LIST, Math.max(1, Math.min(tagCounts.size() + 1, rows))));
        choices.addItem(text.get("filter.all"), () -> {
            close();
            show.accept(null);
        });
        tagCounts.forEach((tag, count) -> choices.addItem(TerminalText.fit(TerminalText.clean(tag), Sizes.TAG_NAME) + "  (" + count + ")", () -> {
            close();
            show.accept(tag);
        }));
        panel.addComponent(choices);
        panel.addComponent(new Button(text.get("button.cancel"), this::close));
        setComponent(panel);
    }
}
