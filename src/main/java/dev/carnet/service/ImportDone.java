package dev.carnet.service;

import dev.carnet.model.ImportReport;

/** An import's report and the commit that recorded it ({@code null} on a dry run or when nothing changed). */
public record ImportDone(ImportReport report, String commit) {
}
