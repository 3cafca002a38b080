package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the screen tests share: an 80x24 Lanterna virtual terminal and its GUI, driven on the test
 * thread, read back as text (the second cell of a double-width character skipped).
 */
abstract class VirtualScreenTest {
    DefaultVirtualTerminal terminal;
    TerminalScreen screen;
    MultiWindowTextGUI gui;
    /**
     * The UI's words as carnet picks them with CARNET_LANG=en: the screen tests read the English UI
     * on the French test blog (its dates stay French); FrenchScreenTest reads the French one.
     */
    final TuiText text = TuiText.of(dev.carnet.service.UiLanguage.choose(java.util.Map.of("CARNET_LANG", "en"), java.util.Locale.FRENCH, true));

    @BeforeEach
    void startScreen() throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        gui = new MultiWindowTextGUI(screen);
    }

    @AfterEach
    void stopScreen() throws IOException {
        screen.stopScreen();
    }

    String text() {
        StringBuilder out = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter c = terminal.getCharacter(col, row);
                if (c.isDoubleWidth()) {
                    col++;
                }
                out.append(c.getCharacterString());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Queues the keys, then lets the GUI handle them all. */
    void type(KeyStroke... keys) throws IOException {
        for (KeyStroke key : keys) {
            terminal.addInput(key);
        }
        gui.getGUIThread().processEventsAndUpdate();
    }

    static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    /** Lets the GUI run until {@code shown} is on the screen (work done in the background), at most 10 s. */
    void waitFor(String shown) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        gui.getGUIThread().processEventsAndUpdate();
        while (!text().contains(shown) && System.currentTimeMillis() < until) {
            Thread.sleep(20);
            gui.getGUIThread().processEventsAndUpdate();
        }
        assertThat(text()).contains(shown);
    }
}
