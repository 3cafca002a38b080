package dev.carnet.importer;

/**
 * One comment of an exported post. The export also holds the commenter's e-mail address and IP:
 * they are never read into this record, so nothing downstream can write them anywhere.
 *
 * @param approved {@code 1} when published; {@code 0} pending, {@code spam}, {@code trash}
 * @param type empty or {@code comment} for a reader's comment; {@code pingback}, {@code trackback}
 * @param parent the id of the comment this one answers, 0 for none
 */
public record WxrComment(
        long id, String author, String authorUrl, String date, String dateGmt, String content, String approved, String type,
        long parent) {

    /** A reader's published comment (not spam, trash, pending, a pingback or a trackback). */
    public boolean isPublishedComment() {
        return approved.equals("1") && (type.isEmpty() || type.equals("comment"));
    }
}
