package dev.carnet.service;

/** A commit made for a front end that must not see git's types: its short id and its number of files. */
public record Committed(String shortId, int files) {
}
