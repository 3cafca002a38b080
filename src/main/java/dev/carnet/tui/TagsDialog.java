package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.CheckBoxList;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tags of a note: every tag of the blog as a box to tick (Space), new ones typed in, comma
 * separated, with completion from the blog's tags (Tab, as in a shell); Save applies both. A typed
 * tag naming one of the blog's tags in another case or with other accents is saved in the blog's
 * spelling.
 */
final class TagsDialog extends Dialog {
    /** Candidates shown under the box. */
    private static final int SHOWN = 5;

    private final TagCompletion completion;
    private final Label candidates = new Label("");
    private final TagBox added = new TagBox();
    private final CheckBoxList<String> boxes;

    TagsDialog(String noteTitle, List<String> current, List<String> all, Consumer<List<String>> save, TuiText text) {
        super(text.format("tags.title", TerminalText.fit(TerminalText.clean(noteTitle), 50)));
        this.completion = new TagCompletion(all);
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label(text.get("tags.tick")));
        boxes = new CheckBoxList<>(new TerminalSize(Sizes.DIALOG_LIST, Math.min(12, Math.max(1, all.size()))));
        for (String tag : all) {
            boxes.addItem(TerminalText.clean(tag), current.stream().anyMatch(t -> t.equalsIgnoreCase(tag)));
        }
        panel.addComponent(boxes);
        panel.addComponent(new Label(text.get("tags.new")));
        panel.addComponent(visible(added));
        panel.addComponent(candidates);
        added.setTextChangeListener((typed, byUser) -> showCandidates());
        boxes.addListener((item, checked) -> showCandidates()); // a ticked tag is no longer a candidate
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button(text.get("tags.save"), () -> {
            List<String> tags = new ArrayList<>(boxes.getCheckedItems());
            tags.addAll(completion.spelled(added.getText()));
            close();
            save.accept(completion.spelled(tags));
        }));
        buttons.addComponent(new Button(text.get("button.cancel"), this::close));
        panel.addComponent(buttons);
        setComponent(panel);
    }

    /** Up to five candidates for the word being typed, most used first; the one Tab put in brackets. */
    private void showCandidates() {
        List<String> shown = added.cycling() ? added.cycle : completion.candidates(added.getText(), boxes.getCheckedItems());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, shown.size()); i++) {
            String tag = TerminalText.clean(shown.get(i));
            line.append(i == 0 ? "" : "  ").append(added.cycling() && i == added.index ? "[" + tag + "]" : tag);
        }
        if (shown.size() > SHOWN) {
            line.append("  +").append(shown.size() - SHOWN);
        }
        candidates.setText(TerminalText.fit(line.toString(), Sizes.DIALOG_TEXT));
    }

    /**
     * The box of new tags; Tab completes the word after the last comma instead of moving on:
     * one candidate becomes the word and ", " follows; several extend it to what they share;
     * when they share nothing more, Tab puts the first (most used) and each further Tab the next.
     * With nothing to complete, Tab moves on as usual.
     */
    private final class TagBox extends TextBox {
        private List<String> cycle = List.of();
        private int index;
        /** The text before the word being cycled. */
        private String base = "";
        /** The text the last Tab of a cycle set: typing anything else ends the cycle. */
        private String cycled;

        TagBox() {
            super(new TerminalSize(Sizes.DIALOG_LIST, 1));
        }

        boolean cycling() {
            return !cycle.isEmpty() && getText().equals(cycled);
        }

        @Override
        public synchronized Result handleKeyStroke(KeyStroke key) {
            if (key.getKeyType() != KeyType.Tab) {
                return super.handleKeyStroke(key);
            }
            String text = getText();
            if (cycling()) {
                index = (index + 1) % cycle.size();
                put(base + cycle.get(index) + ", ");
                return Result.HANDLED;
            }
            cycle = List.of();
            List<String> found = completion.candidates(text, boxes.getCheckedItems());
            if (found.isEmpty()) {
                return super.handleKeyStroke(key);
            }
            String word = TagCompletion.word(text);
            String start = TagCompletion.commonStart(word, found);
            if (found.size() == 1) {
                put(TagCompletion.before(text) + found.get(0) + ", ");
            } else if (!start.equals(word)) {
                put(TagCompletion.before(text) + start);
            } else {
                cycle = found;
                index = 0;
                base = TagCompletion.before(text);
                put(base + found.get(0) + ", ");
            }
            return Result.HANDLED;
        }

        private void put(String text) {
            cycled = cycle.isEmpty() ? null : text;
            setText(text); // the text change listener shows the candidates
            setCaretPosition(text.length());
        }
    }
}
