package dev.carnet.service;

import dev.carnet.error.Phrase;

/** A commit made for a front end that must not see git's types: its short id and its number of files. */
/** @param lockNotice what to say about a stale .git/index.lock cleared first, or null */
public record Committed(String shortId, int files, Phrase lockNotice) {
}
