package dev.carnet.site.card;

/**
 * Java2D without a display: cards are drawn by builds over SSH, in CI and beside a terminal UI,
 * where AWT must never look for a screen nor open a window. Set before the first AWT class reads
 * it, hence called by every entry point of this package.
 */
public final class Headless {
    private Headless() {
    }

    public static void ensure() {
        if (!"true".equals(System.getProperty("java.awt.headless"))) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
