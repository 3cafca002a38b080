package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

/** Which month's note to open: YYYY-MM, with the current month filled in. */
final class MonthDialog extends Dialog {
    MonthDialog(YearMonth suggested, Consumer<YearMonth> chosen) {
        super("Note of a month");
        setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label("Month (YYYY-MM):"));
        TextBox month = new TextBox(new TerminalSize(12, 1), suggested.toString());
        panel.addComponent(month);
        Label problem = new Label("");
        panel.addComponent(problem);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button("Open", () -> {
            try {
                YearMonth value = YearMonth.parse(month.getText().strip());
                close();
                chosen.accept(value);
            } catch (DateTimeParseException e) {
                problem.setText("Write it as YYYY-MM, e.g. 2024-06");
            }
        }));
        buttons.addComponent(new Button("Cancel", this::close));
        panel.addComponent(buttons);
        setComponent(panel);
    }
}
