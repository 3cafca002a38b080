package dev.carnet.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The keys of a screen on its bottom line, htop style. When the line is too narrow, the least
 * needed keys are left out whole (never cut mid-word): ? (which lists them all) and q stay.
 */
final class KeyBar {
    /** A key and what it does; {@code rank} 0 is kept longest. */
    record Key(String keys, String does, int rank) {
        String text() {
            return does.isEmpty() ? keys : keys + " " + does;
        }
    }

    private static final String GAP = "  ";

    private KeyBar() {
    }

    /** The keys in their order, as many as {@code width} columns hold, dropping the highest ranks first. */
    static String fit(List<Key> keys, int width) {
        List<Key> shown = new ArrayList<>(keys);
        while (columns(shown) > width && shown.size() > 1) {
            Key least = shown.stream().max(Comparator.comparingInt(Key::rank)).orElseThrow();
            shown.remove(least);
        }
        String line = String.join(GAP, shown.stream().map(Key::text).toList());
        return TerminalText.fit(line, width); // only when even one key is wider than the screen
    }

    private static int columns(List<Key> keys) {
        return TerminalTextUtils.getColumnWidth(String.join(GAP, keys.stream().map(Key::text).toList()));
    }
}
