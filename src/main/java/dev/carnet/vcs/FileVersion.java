package dev.carnet.vcs;

import java.time.OffsetDateTime;

/** A file's content as committed in {@code commit}, under the name it had then. */
public record FileVersion(String path, String commit, OffsetDateTime when, byte[] content) {
}
