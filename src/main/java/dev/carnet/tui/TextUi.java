package dev.carnet.tui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.graphics.Theme;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.service.ExternalEditor;
import dev.carnet.service.NoteService;
import dev.carnet.service.RemoteWork;
import dev.carnet.service.UiLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Runs the text UI on the real terminal: always a text terminal (never a Swing window, even with
 * DISPLAY set), UTF-8 whatever LANG says, Ctrl-C trapped, and the tty's settings restored on the
 * way out, even after a crash.
 */
public final class TextUi {
    public static final Phrase NO_TERMINAL = Phrase.of("tui.noTerminal");

    /** How often the screen looks for changes made outside carnet: soon enough to feel live, a stat per file. */
    static final Duration FOLLOW_EVERY = Duration.ofMillis(1500);

    private TextUi() {
    }

    public static void run(NoteService notes, Map<String, String> env, InputStream in, OutputStream out,
                           RemoteWork remote, Clock clock) {
        if ("dumb".equals(env.get("TERM"))) {
            throw new CarnetException(NO_TERMINAL);
        }
        TtyState tty = TtyState.save();
        Thread restore = new Thread(tty::restore, "carnet-tty-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        Terminal terminal;
        try {
            DefaultTerminalFactory factory = new DefaultTerminalFactory(out, in, StandardCharsets.UTF_8);
            factory.setForceTextTerminal(true);
            factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
            terminal = factory.createTerminal();
        } catch (IOException | RuntimeException e) {
            tty.restore();
            throw new CarnetException(NO_TERMINAL, e);
        }
        TerminalScreen screen = null;
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            MultiWindowTextGUI gui = new MultiWindowTextGUI(screen);
            gui.setTheme(theme(env.containsKey("NO_COLOR")));
            TuiText text = TuiText.of(UiLanguage.choose(env, notes.language(), notes.languageGiven()));
            MainWindow window = new MainWindow(new ServiceActions(notes, new ExternalEditor(env), screen, tty,
                    remote, clock, text, env),
                    notes.blogTitle(), notes.language(), text, true);
            if (env.containsKey("NO_COLOR")) {
                window.withoutColours();
            }
            window.followDisk(FOLLOW_EVERY);
            gui.addWindowAndWait(window);
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("tui.terminalFailed", e.getMessage()), e);
        } finally {
            try {
                if (screen != null) {
                    screen.stopScreen();
                }
            } catch (IOException ignored) {
                // the tty is restored below either way
            }
            tty.restore();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    /** The terminal's own colours (its theme, light or dark); buttons and selection in the 16 basic colours. */
    static Theme theme(boolean noColour) {
        var plain = TextColor.ANSI.DEFAULT;
        return SimpleTheme.makeTheme(true, plain, plain, plain, plain,
                noColour ? plain : TextColor.ANSI.WHITE_BRIGHT,
                noColour ? plain : TextColor.ANSI.BLUE, plain);
    }

    /** {@code stty -g} of /dev/tty: Lanterna's stopScreen() leaves the terminal raw. */
    record TtyState(String settings) {
        static TtyState save() {
            return new TtyState(stty("-g").strip());
        }

        void restore() {
            if (!settings.isEmpty()) {
                stty(settings);
            }
        }

        private static String stty(String argument) {
            try {
                Process process = new ProcessBuilder("sh", "-c", "stty " + argument + " < /dev/tty")
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return process.waitFor() == 0 ? output : "";
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
    }
}
