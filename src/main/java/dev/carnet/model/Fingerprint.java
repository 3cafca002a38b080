package dev.carnet.model;

/**
 * What tells a file's versions apart without keeping them: a non-linear 64-bit hash of its bytes
 * (computed as the file is read) and their number.
 */
public record Fingerprint(long hash, int length) {
}
