package dev.carnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

/** Waiting, up to 30 s, for what the preview does on threads of its own (a build, a reload). */
final class Waiting {
    private Waiting() {
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Until {@code check} holds; fails, naming {@code what}, after 30 s. */
    static void until(String what, Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!check.ok()) {
            assertThat(System.nanoTime()).as(what + " in time").isLessThan(end);
            Thread.sleep(20);
        }
    }
}
