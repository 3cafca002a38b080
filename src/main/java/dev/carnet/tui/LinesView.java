package dev.carnet.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.ThemeDefinition;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Lines of text in a pane, one of them possibly highlighted and kept in view. Works in 16-colour
 * terminals and without colour (the highlight is also reverse video and a marker).
 */
final class LinesView extends AbstractComponent<LinesView> {
    /** How a line looks; every style stays readable without colour (NO_COLOR, 16-colour terminals). */
    enum Style { TEXT, HEADING, QUOTE, CODE, META }

    /** A line to draw. */
    record Line(String text, Style style) {
        Line(String text, boolean heading) {
            this(text, heading ? Style.HEADING : Style.TEXT);
        }
    }

    private boolean colours = true;

    /** Plain black and white, for NO_COLOR: bold and underline still mark headings. */
    void withoutColours() {
        colours = false;
    }

    /** The search's folded words, marked wherever a line on screen holds them. */
    private List<String> marked = List.of();

    /** Marks {@code terms} (folded, as {@link SearchMarks} takes them) in every line; none when empty. */
    void mark(List<String> terms) {
        if (!terms.equals(marked)) {
            marked = List.copyOf(terms);
            invalidate();
        }
    }

    private int count;
    private IntFunction<Line> lines = i -> null;
    private int highlighted = -1;
    private int top;

    void show(List<Line> newLines, int highlight) {
        List<Line> copy = List.copyOf(newLines);
        show(copy.size(), copy::get, highlight);
    }

    /** Lines made on demand: only those on screen are built (the list may hold 10,000 notes). */
    void show(int size, IntFunction<Line> line, int highlight) {
        this.count = size;
        this.lines = line;
        this.highlighted = highlight;
        if (highlight < 0) {
            top = 0;
        }
        invalidate();
    }

    /** Scrolls a pane without a highlighted line (the full-screen preview). */
    /**
     * The keys every scrolled text answers, the help box and the reading screen alike: ↑ ↓ j k a
     * line, PgUp PgDn and Space a page. Returns whether {@code key} was one of them.
     */
    boolean scrollKey(KeyStroke key, int page) {
        switch (key.getKeyType()) {
            case ArrowDown -> scroll(1);
            case ArrowUp -> scroll(-1);
            case PageDown -> scroll(page);
            case PageUp -> scroll(-page);
            case Character -> {
                char c = key.getCharacter();
                if (c != 'j' && c != 'k' && c != ' ') {
                    return false;
                }
                scroll(c == 'j' ? 1 : c == 'k' ? -1 : page);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    void scroll(int lines) {
        top = Math.max(0, Math.min(top + lines, Math.max(0, count - 1)));
        invalidate();
    }

    @Override
    protected ComponentRenderer<LinesView> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(LinesView component) {
                return new TerminalSize(20, Math.max(1, count));
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, LinesView component) {
                TerminalSize size = graphics.getSize();
                int height = size.getRows();
                if (highlighted >= 0) {
                    if (highlighted < top) {
                        top = highlighted;
                    } else if (highlighted >= top + height) {
                        top = highlighted - height + 1;
                    }
                }
                top = Math.max(0, Math.min(top, Math.max(0, count - height)));
                ThemeDefinition theme = component.getThemeDefinition();
                graphics.applyThemeStyle(theme.getNormal());
                graphics.fill(' ');
                for (int row = 0; row < height && top + row < count; row++) {
                    Line line = lines.apply(top + row);
                    boolean selected = top + row == highlighted;
                    String text = TerminalText.fit(TerminalText.clean((selected ? "▶ " : "  ") + line.text()), size.getColumns());
                    graphics.applyThemeStyle(theme.getNormal());
                    if (selected) {
                        if (colours) {
                            graphics.setBackgroundColor(TextColor.ANSI.BLUE);
                            graphics.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
                        } else {
                            graphics.enableModifiers(SGR.REVERSE);
                        }
                        graphics.drawLine(0, row, size.getColumns() - 1, row, ' ');
                    }
                    switch (line.style()) {
                        case HEADING -> graphics.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
                        case QUOTE -> {
                            if (colours && !selected) {
                                graphics.setForegroundColor(TextColor.ANSI.BLUE);
                            }
                        }
                        case CODE -> {
                            if (colours && !selected) {
                                graphics.setForegroundColor(TextColor.ANSI.CYAN);
                            }
                        }
                        case META -> {
                            if (colours && !selected) {
                                graphics.setForegroundColor(TextColor.ANSI.BLACK_BRIGHT);
                            }
                        }
                        default -> {
                        }
                    }
                    graphics.putString(0, row, text);
                    graphics.disableModifiers(SGR.BOLD, SGR.UNDERLINE, SGR.REVERSE);
                    drawMarks(graphics, row, text, selected);
                }
            }
        };
    }

    /**
     * Draws the search's words again over the line, in black on yellow; without colour, in bold
     * and reverse video (on the selected line, which is reversed already, in bold and underlined).
     */
    private void drawMarks(TextGUIGraphics graphics, int row, String text, boolean selected) {
        for (SearchMarks.Span span : SearchMarks.find(text, marked)) {
            int column = TerminalTextUtils.getColumnWidth(text.substring(0, span.start()));
            graphics.applyThemeStyle(getThemeDefinition().getNormal());
            if (colours) {
                graphics.setBackgroundColor(TextColor.ANSI.YELLOW);
                graphics.setForegroundColor(TextColor.ANSI.BLACK);
                graphics.enableModifiers(SGR.BOLD);
            } else if (selected) {
                graphics.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
            } else {
                graphics.enableModifiers(SGR.BOLD, SGR.REVERSE);
            }
            graphics.putString(column, row, text.substring(span.start(), span.end()));
            graphics.disableModifiers(SGR.BOLD, SGR.UNDERLINE, SGR.REVERSE);
        }
    }
}
