package dev.carnet.service;

import dev.carnet.error.Phrase;
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
                            Phrase identityNotice) {
    public PublishReport {
        pushed = pushed == null ? null : List.copyOf(pushed);
    }

    /** The outcome in one line, for a status line: what was built, and whether it left this machine. */
    public Phrase outcome() {
        if (dryRun) {
            return pages.changed() ? Phrase.of("outcome.publish.would", notes) : Phrase.of("outcome.publish.nothingNew");
        }
        if (pushed == null) {
            return Phrase.of(pages.changed() ? "outcome.publish.builtNoRemote" : "outcome.publish.unchangedNoRemote");
        }
        Phrase site = pages.changed() ? Phrase.of("outcome.publish.published", notes) : Phrase.of("outcome.publish.unchanged");
        return url != null ? Phrase.of("outcome.publish.pushedTo", site, remote, url) : Phrase.of("outcome.publish.pushed", site, remote);
    }
}
