package dev.carnet.model;

/** Counts in carnet's English messages: {@code 1 note}, {@code 3 notes}. */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and {@code thing}, with an "s" unless there is exactly one. */
    public static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
