package dev.carnet.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** The keys that move in the list of notes, in and out of the search line. */
final class ListKeys {
    private ListKeys() {
    }

    /**
     * The list's moves: ↑↓ j k, g G Home End, PgUp PgDn. While searching, letters are the search's,
     * so only the keys that type nothing move.
     */
    static boolean navigate(KeyStroke key, boolean letters, NotesBrowser browser, MainView view) {
        int page = Math.max(1, view.listRows() - 1);
        Character c = key.getKeyType() == KeyType.Character && letters ? key.getCharacter() : null;
        switch (key.getKeyType()) {
            case ArrowDown -> browser.down();
            case ArrowUp -> browser.up();
            case Home -> browser.first();
            case End -> browser.last();
            case PageDown -> {
                browser.page(page);
                view.scrollList(page);
            }
            case PageUp -> {
                browser.page(-page);
                view.scrollList(-page);
            }
            default -> {
                if (c == null || "jkgG".indexOf(c) < 0) {
                    return false;
                }
                switch (c) {
                    case 'j' -> browser.down();
                    case 'k' -> browser.up();
                    case 'g' -> browser.first();
                    default -> browser.last();
                }
            }
        }
        return true;
    }
}
