package dev.carnet.tui;

/**
 * The text UI's sizes, in terminal cells, in one place: every dialog must fit the 80x24 terminal
 * carnet promises to work in, borders and shadow included.
 */
final class Sizes {
    /** A dialog's line of text: 80 columns less the borders, padding and shadow of two nested panels. */
    static final int DIALOG_TEXT = 56;
    /** A dialog that wraps a long message or a question (the passphrase prompt, the commit box at most). */
    static final int DIALOG_WIDE = 60;
    /** A list in a dialog (tags, the passphrase field): half the narrowest screen. */
    static final int DIALOG_LIST = 40;
    /** A tag's name in the tag filter, so that its count still fits beside it in {@link #DIALOG_LIST}. */
    static final int TAG_NAME = 30;
    /** Text is never wrapped narrower than this, however small the window: one word per line reads worse. */
    static final int MIN_WRAP = 10;
    /** The width assumed before the screen says its own (tests without a screen). */
    static final int DEFAULT_COLUMNS = 80;
    /** How often the spinner of long work turns, in milliseconds: visible movement, next to no CPU. */
    static final int SPINNER_MILLIS = 150;

    private Sizes() {
    }
}
