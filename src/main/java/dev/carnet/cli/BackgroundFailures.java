package dev.carnet.cli;

import dev.carnet.service.UiLanguage;
import dev.carnet.service.Wording;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a thread carnet did not start itself says when it dies: JGit's {@code JGit-Receive-Pack}
 * pushing to a local remote that vanished printed its whole stack trace on the author's terminal.
 * Now it is one line, in the author's language, and the trace only with {@code --verbose}; the
 * command still says in its own line what failed and what to do.
 */
final class BackgroundFailures implements Thread.UncaughtExceptionHandler {
    private final PrintWriter err;
    private final boolean verbose;
    private final Map<String, String> env;

    BackgroundFailures(PrintWriter err, boolean verbose, Map<String, String> env) {
        this.err = err;
        this.verbose = verbose;
        this.env = env;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        synchronized (err) {
            if (verbose) {
                failure.printStackTrace(err);
            }
            Wording text = Wording.of("cli", UiLanguage.withoutBlog(env));
            err.println("carnet: " + text.format(verbose ? "cli.backgroundTraceAbove" : "cli.background", thread.getName(), failure.toString()));
            err.flush();
        }
    }
}
