package dev.carnet.service;

/** The note {@code carnet new} points at: just created, or the month's existing note. */
public record NewNote(String path, String title, boolean created) {
}
