package dev.carnet.cli;

import dev.carnet.model.ImportProgress;
import dev.carnet.model.Messages;

/**
 * A one-line bar on the error stream ({@code Reading export.xml  [#####     ]  48%}) redrawn in
 * place, only on a terminal: piped or in a test, a long import prints nothing until its report.
 */
final class ProgressBar implements ImportProgress {
    private static final int WIDTH = 30;

    private final CliContext context;
    private final Messages words;
    private final String file;
    private String lastLine = "";

    ProgressBar(CliContext context, Messages words, String file) {
        this.context = context;
        this.words = words;
        this.file = file;
    }

    @Override
    public void at(String phase, long done, long total) {
        if (!context.interactive() || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        int filled = percent * WIDTH / 100;
        String line = String.format("%-28s [%s%s] %3d%%", words.format("progress." + phase, file), "#".repeat(filled),
                " ".repeat(WIDTH - filled), percent);
        if (!line.equals(lastLine)) {
            lastLine = line;
            context.err().print("\r" + line);
            context.err().flush();
        }
    }

    /** Clears the bar so that the report starts on a clean line. */
    void finish() {
        if (!lastLine.isEmpty()) {
            context.err().print("\r" + " ".repeat(lastLine.length()) + "\r");
            context.err().flush();
        }
    }
}
