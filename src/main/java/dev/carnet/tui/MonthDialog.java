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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which month's note to open: YYYY-MM, with the selected note's month filled in. Enter opens it
 * at once; what is wrong with the month is said as it is typed, not after.
 */
final class MonthDialog extends Dialog {
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})");

    private final TextBox month;
    private final Label problem = new Label("");
    private final Consumer<YearMonth> chosen;

    MonthDialog(YearMonth suggested, Consumer<YearMonth> chosen) {
        super("Note of a month");
        this.chosen = chosen;
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label("Month (YYYY-MM), Enter opens it:"));
        month = visible(new TextBox(new TerminalSize(12, 1), suggested.toString()));
        month.setTextChangeListener((text, byUser) -> problem.setText(problem(text)));
        panel.addComponent(month);
        panel.addComponent(problem);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button("Open", this::open));
        buttons.addComponent(new Button("Cancel", this::close));
        panel.addComponent(buttons);
        setComponent(panel);
    }

    /** What is wrong with {@code text} as a month, in a line; empty when it is one. */
    static String problem(String text) {
        String value = text.strip();
        Matcher shape = SHAPE.matcher(value);
        if (!shape.matches()) {
            return value.isEmpty() ? "Type a month, e.g. 2024-06" : "Write it as YYYY-MM, e.g. 2024-06";
        }
        int number = Integer.parseInt(shape.group(2));
        return number < 1 || number > 12 ? "There is no month " + shape.group(2) + ": 01 to 12" : "";
    }

    private void open() {
        String text = month.getText().strip();
        String wrong = problem(text);
        if (!wrong.isEmpty()) {
            problem.setText(wrong);
            return;
        }
        try {
            YearMonth value = YearMonth.parse(text);
            close();
            chosen.accept(value);
        } catch (DateTimeParseException e) {
            problem.setText("Write it as YYYY-MM, e.g. 2024-06");
        }
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Enter && getFocusedInteractable() == month) {
            open();
            return true;
        }
        return super.handleInput(key);
    }
}
