package dev.carnet.tui;

import dev.carnet.service.GitSummary;
import java.time.format.DateTimeFormatter;

/** The git state in one line under the list: what is true of the blog now, most urgent first. */
final class StateLine {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private StateLine() {
    }

    static String of(GitSummary summary, TuiText text) {
        if (summary.syncStopped()) {
            return summary.conflicts().isEmpty() ? text.get("state.stopped")
                    : text.format("state.stoppedIn", String.join(", ", summary.conflicts().stream()
                    .map(p -> p.substring(p.lastIndexOf('/') + 1)).toList()));
        }
        String remote = summary.remoteNotFetched() ? text.format("state.notFetched", summary.remote())
                : summary.upstream() == null ? text.get("state.noRemote")
                : text.format("state.aheadBehind", summary.ahead(), summary.behind());
        String published = summary.lastPublish() != null ? text.format("state.published", DAY.format(summary.lastPublish()))
                : summary.siteNotPushed() ? text.get("state.siteNotPushed") : text.get("state.notPublished");
        return text.format("state.line", text.format("state.changes", summary.changes()), remote, published);
    }
}
