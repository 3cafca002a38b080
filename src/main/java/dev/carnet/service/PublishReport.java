package dev.carnet.service;

import dev.carnet.vcs.PagesCommit;
import dev.carnet.vcs.PushResult;

/**
 * What {@code carnet publish} did.
 *
 * @param push null when nothing was pushed (dry run, or no remote yet)
 * @param url where readers find the site (baseUrl), or null when carnet.yml has none
 */
public record PublishReport(PagesCommit pages, int notes, PushResult push, String remote, String url, boolean dryRun) {
}
