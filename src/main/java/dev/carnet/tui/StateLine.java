package dev.carnet.tui;

import dev.carnet.model.Plural;
import dev.carnet.service.GitSummary;
import java.time.format.DateTimeFormatter;

/** The git state in one line under the list: what is true of the blog now, most urgent first. */
final class StateLine {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private StateLine() {
    }

    static String of(GitSummary summary) {
        if (summary.syncStopped()) {
            String where = summary.conflicts().isEmpty() ? "" : " in " + String.join(", ", summary.conflicts().stream()
                    .map(p -> p.substring(p.lastIndexOf('/') + 1)).toList());
            return "git: sync stopped on a conflict" + where + " · fix it, then carnet sync --continue (or --abort)";
        }
        String remote = summary.remoteNotFetched() ? summary.remote() + " not fetched yet (s syncs)"
                : summary.upstream() == null ? "no remote"
                : summary.ahead() + " not pushed, " + summary.behind() + " not pulled";
        String published = summary.lastPublish() != null ? "published " + DAY.format(summary.lastPublish())
                : summary.siteNotPushed() ? "site built, not pushed" : "not published yet";
        return "git: " + Plural.count(summary.changes(), "change") + " · " + remote + " · " + published;
    }
}
