package dev.carnet.vcs;

/** Who a commit is by. */
public record Identity(String name, String email) {
}
