package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.CheckBoxList;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tags of a note: every tag of the blog as a box to tick (Space), new ones typed in, comma
 * separated; Save applies both.
 */
final class TagsDialog extends BasicWindow {
    TagsDialog(String noteTitle, List<String> current, List<String> all, Consumer<List<String>> save) {
        super("Tags of " + TerminalText.fit(TerminalText.clean(noteTitle), 50));
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label("Space ticks a tag:"));
        CheckBoxList<String> boxes = new CheckBoxList<>(new TerminalSize(40, Math.min(12, Math.max(1, all.size()))));
        for (String tag : all) {
            boxes.addItem(TerminalText.clean(tag), current.stream().anyMatch(t -> t.equalsIgnoreCase(tag)));
        }
        panel.addComponent(boxes);
        panel.addComponent(new Label("New tags (comma separated):"));
        TextBox added = new TextBox(new TerminalSize(40, 1));
        panel.addComponent(added);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button("Save", () -> {
            List<String> tags = new ArrayList<>(boxes.getCheckedItems());
            Arrays.stream(added.getText().split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
            close();
            save.accept(tags);
        }));
        buttons.addComponent(new Button("Cancel", this::close));
        panel.addComponent(buttons);
        setComponent(panel);
    }
}
