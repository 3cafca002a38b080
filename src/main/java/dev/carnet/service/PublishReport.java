package dev.carnet.service;

import dev.carnet.model.Plural;
import java.util.List;

/**
 * What {@code carnet publish} did.
 *
 * @param pushed the branches pushed, in order; null when nothing was pushed (dry run, or no remote yet)
 * @param url where readers find the site (baseUrl), or null when carnet.yml has none
 * @param identityNotice when the pages commit was made under carnet's stand-in identity (git names
 *     nobody), what to tell the author; else null
 */
public record PublishReport(SiteCommit pages, int notes, List<String> pushed, String remote, String url, boolean dryRun,
                            String identityNotice) {
    public PublishReport {
        pushed = pushed == null ? null : List.copyOf(pushed);
    }

    /** The outcome in one line, for a status line: what was built, and whether it left this machine. */
    public String outcome() {
        if (dryRun) {
            return pages.changed() ? "would publish " + Plural.count(notes, "note") : "nothing new to publish";
        }
        if (pushed == null) {
            return (pages.changed() ? "built the site on the pages branch" : "site unchanged on the pages branch")
                    + "; not pushed: no remote — add one with carnet remote set URL";
        }
        String site = pages.changed() ? "site published (" + Plural.count(notes, "note") + ")" : "site unchanged";
        return site + ", pushed to " + remote + (url != null ? ": " + url : "");
    }
}
