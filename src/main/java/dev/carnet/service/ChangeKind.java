package dev.carnet.service;

/** How a file differs from the last commit, as the front ends show it (git's own kinds stay in vcs). */
public enum ChangeKind { NEW, MODIFIED, DELETED }
