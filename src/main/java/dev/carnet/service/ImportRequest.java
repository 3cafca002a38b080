package dev.carnet.service;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the person asked of {@code carnet import wordpress}.
 *
 * @param uploads a copy of the old blog's {@code wp-content/uploads}, if any
 * @param categoriesAsTags {@code --categories tags} (the default) rather than {@code skip}
 * @param comments false for {@code --no-comments}
 * @param overwrite {@code --overwrite}: replace notes changed since the last import
 * @param dryRun {@code --dry-run}: report, write nothing, commit nothing
 */
public record ImportRequest(Optional<Path> uploads, boolean categoriesAsTags, boolean comments, boolean overwrite, boolean dryRun) {
}
