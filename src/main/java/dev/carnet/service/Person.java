package dev.carnet.service;

/** Who a commit is by, as the front ends name it (git's own identity type stays in vcs). */
public record Person(String name, String email) {
}
