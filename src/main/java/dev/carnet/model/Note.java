package dev.carnet.model;

import java.time.YearMonth;

/**
 * One note of the blog: {@code notes/2024/06-notes-de-juin-2024.md} belongs to June 2024 (the file
 * name's month), is published at its front-matter date, and is addressed by its slug.
 *
 * @param path blog-relative path with '/' separators, e.g. {@code notes/2024/06-x.md}
 * @param month the month the note is about, from its file name
 * @param slug the front matter's {@code slug}, else the file name without its month prefix
 * @param body the Markdown after the front matter, exactly as in the file
 * @param bodyLine the file line number of the body's first line, for messages about the body
 * @param fingerprint the file's hash and length: what a cache keys "this note has not changed" on
 * @param permalinkKey the year/month/slug triple that becomes the note's URL (two notes may not
 *     share it), made once from the date and the slug: a build asks for it a dozen times a note;
 *     the constructor without it makes it
 */
public record Note(String path, YearMonth month, Slug slug, FrontMatter meta, String body, int bodyLine, Fingerprint fingerprint,
                   String permalinkKey) {
    public Note {
        if (!permalinkKey.equals(permalinkKey(meta, slug))) {
            throw new IllegalArgumentException("permalink key " + permalinkKey + " is not the note's");
        }
    }

    public Note(String path, YearMonth month, Slug slug, FrontMatter meta, String body, int bodyLine, Fingerprint fingerprint) {
        this(path, month, slug, meta, body, bodyLine, fingerprint, permalinkKey(meta, slug));
    }

    public String title() {
        return meta.title();
    }

    public boolean isDraft() {
        return meta.draft();
    }

    private static String permalinkKey(FrontMatter meta, Slug slug) {
        // Not String.format: a Formatter is slow to set up.
        int year = meta.date().getYear();
        int month = meta.date().getMonthValue();
        String digits = Integer.toString(year);
        return (year >= 0 && year < 1000 ? "000".substring(digits.length() - 1) + digits : digits) + (month < 10 ? "/0" : "/") + month
                + "/" + slug.value();
    }
}
