package dev.carnet.service;

import java.time.OffsetDateTime;

/**
 * The blog's git state for a status line, without git's types.
 *
 * @param upstream the remote branch main follows, or null
 * @param lastPublish when the pages branch last changed, or null
 */
public record GitSummary(int changes, String upstream, int ahead, int behind, OffsetDateTime lastPublish) {
}
