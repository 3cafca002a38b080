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
    private final TuiText text;

    MonthDialog(YearMonth suggested, Consumer<YearMonth> chosen, TuiText text) {
        super(text.get("month.title"));
        this.chosen = chosen;
        this.text = text;
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label(text.get("month.prompt")));
        month = visible(new TextBox(new TerminalSize(12, 1), suggested.toString()));
        month.setTextChangeListener((typed, byUser) -> problem.setText(problem(typed, this.text)));
        panel.addComponent(month);
        panel.addComponent(problem);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button(text.get("month.open"), this::open));
        buttons.addComponent(new Button(text.get("button.cancel"), this::close));
        panel.addComponent(buttons);
        setComponent(panel);
    }

    /** What is wrong with {@code text} as a month, in a line; empty when it is one. */
    static String problem(String typed, TuiText text) {
        String value = typed.strip();
        Matcher shape = SHAPE.matcher(value);
        if (!shape.matches()) {
            return value.isEmpty() ? text.get("month.empty") : text.get("month.shape");
        }
        int number = Integer.parseInt(shape.group(2));
        return number < 1 || number > 12 ? text.format("month.noSuch", shape.group(2)) : "";
    }

    private void open() {
        String typed = month.getText().strip();
        String wrong = problem(typed, text);
        if (!wrong.isEmpty()) {
            problem.setText(wrong);
            return;
        }
        try {
            YearMonth value = YearMonth.parse(typed);
            close();
            chosen.accept(value);
        } catch (DateTimeParseException e) {
            problem.setText(text.get("month.shape"));
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
