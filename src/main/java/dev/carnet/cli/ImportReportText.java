package dev.carnet.cli;

import dev.carnet.model.ImportReport;
import dev.carnet.model.Messages;
import dev.carnet.service.ImportDone;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** The end of {@code carnet import wordpress}: what came across, what did not, and what to do next. */
final class ImportReportText {
    private final Messages words;
    private final String file;

    ImportReportText(Messages words, String file) {
        this.words = words;
        this.file = file;
    }

    void print(ImportDone done, PrintWriter out) {
        ImportReport r = done.report();
        if (r.dryRun()) {
            out.println(words.text("report.dryRun"));
        }
        out.println(words.format("report.summary", file, r.posts(), r.drafts(), r.pages(), r.tags(), r.comments()));
        if (r.commentsLeftOut() > 0) {
            out.println(words.format("report.commentsLeftOut", r.commentsLeftOut()));
        }
        out.println(words.format("report.addresses", r.imagesCopied(), r.aliases(), r.redirects()));
        out.println(words.format("report.files", r.created(), r.updated(), r.unchanged()));
        int kept = r.keptChanged().size() + r.keptNotImported().size();
        if (kept > 0) {
            out.println(words.format("report.kept", kept));
            r.keptChanged().forEach(p -> out.println(words.format("report.keptChanged", p)));
            r.keptNotImported().forEach(p -> out.println(words.format("report.keptNotImported", p)));
        }
        if (!r.missingImages().isEmpty()) {
            out.println(words.format("report.missingImages", r.missingImages().size()));
            r.missingImages().forEach(m -> out.println("  " + m));
        }
        if (!r.unknownShortcodes().isEmpty()) {
            out.println(words.text("report.shortcodes"));
            r.unknownShortcodes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.println(
                    words.format("report.shortcode", e.getKey(), e.getValue().stream().distinct().collect(Collectors.joining(", ")))));
        }
        if (!r.leftOut().isEmpty()) {
            out.println(words.format("report.leftOut", r.leftOut().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
        }
        if (!r.warnings().isEmpty()) {
            out.println(words.text("report.warnings"));
            r.warnings().forEach(w -> out.println("  " + words.format("report.warning", w.post(), words.format("warning." + w.kind(), w.detail()))));
        }
        if (r.redirectsUnreadable()) {
            out.println(words.text("report.redirectsUnreadable"));
        }
        out.println(words.text("report.postIds"));
        if (!r.dryRun()) {
            out.println(done.commit() != null ? words.format("report.committed", done.commit()) : words.text("report.nothingNew"));
        }
    }
}
