package dev.carnet.service;

import java.time.OffsetDateTime;

/** The note as brought back: the commit it came from, when (blog's time zone), and its name then. */
public record RestoredVersion(String path, String commit, OffsetDateTime when) {
}
