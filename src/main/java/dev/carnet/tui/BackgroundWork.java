package dev.carnet.tui;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import dev.carnet.error.Phrase;
import dev.carnet.model.Progress;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Network work (publish, sync) off the UI thread with a spinner: the screen keeps answering, the
 * work's phases show in the dialog, Cancel reaches the work at its next safe point, and a
 * passphrase it needs is asked in a masked field while it waits.
 */
final class BackgroundWork {
    private BackgroundWork() {
    }

    /** @param done on the UI thread, once the dialog is closed: the one-line outcome, or the failure (the other is null) */
    static void run(WindowBasedTextGUI gui, String title, String doing, Function<Progress, String> work,
                    BiConsumer<String, RuntimeException> done, TuiText text) {
        WorkingDialog dialog = new WorkingDialog(title, doing, text);
        gui.addWindow(dialog);
        Progress progress = new Progress() {
            @Override
            public void phase(String what) {
                gui.getGUIThread().invokeLater(() -> dialog.phase(what));
            }

            @Override
            public void step(String key, Object... args) {
                phase(text.say(Phrase.of(key, args)));
            }

            @Override
            public boolean cancelled() {
                return dialog.cancelled();
            }

            /** From the worker thread: a masked field on screen, the worker waits for the answer. */
            @Override
            public char[] secret(String prompt) {
                CompletableFuture<char[]> answer = new CompletableFuture<>();
                gui.getGUIThread().invokeLater(() -> gui.addWindow(new SecretDialog(prompt, answer::complete, text)));
                try {
                    return answer.get(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                } catch (ExecutionException | TimeoutException e) {
                    return null;
                }
            }
        };
        Thread worker = new Thread(() -> {
            String outcome = null;
            RuntimeException failure = null;
            try {
                outcome = work.apply(progress);
            } catch (RuntimeException e) {
                failure = e;
            }
            String result = outcome;
            RuntimeException failed = failure;
            gui.getGUIThread().invokeLater(() -> {
                dialog.close();
                done.accept(result, failed);
            });
        }, "carnet-" + title.toLowerCase(Locale.ROOT));
        worker.setDaemon(true);
        worker.start();
    }
}
