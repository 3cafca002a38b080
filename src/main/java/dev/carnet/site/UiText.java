package dev.carnet.site;

import java.util.Locale;

/** The theme's words in the blog's language (French and English; other languages read English). */
public record UiText(
        String skipToContent, String home, String archives, String tags, String about, String follow,
        String publishedOn, String by, String readingTime, String minutes, String tagged, String contents,
        String previousNote, String nextNote, String share, String shareByEmail, String replyByEmail,
        String newerNotes, String olderNotes, String page, String of, String readMore, String notesTagged,
        String allTags, String notFound, String notFoundText, String feedRss, String feedAtom,
        String followTitle, String followIntro, String followReaders, String followEmail, String draft,
        String noteCount, String notesCount, String authorBox, String poweredBy) {

    public static UiText of(Locale locale) {
        return locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
    }

    static final UiText FRENCH = new UiText(
            "Aller au contenu", "Accueil", "Archives", "Étiquettes", "À propos", "Suivre",
            "Publié le", "par", "Temps de lecture", "min de lecture", "Étiquettes", "Sommaire",
            "Note précédente", "Note suivante", "Partager", "Envoyer par courriel", "Répondre par courriel",
            "Notes plus récentes", "Notes plus anciennes", "Page", "sur", "Lire la suite", "Notes étiquetées",
            "Toutes les étiquettes", "Page introuvable", "Cette page n’existe pas ou plus. Les archives listent toutes les notes.",
            "Flux RSS", "Flux Atom",
            "Suivre ce carnet",
            "Chaque nouvelle note arrive dans un flux RSS/Atom : vous pouvez la recevoir sans compte ni réseau social.",
            "Avec un lecteur de flux (par exemple Feeder sur Android, NetNewsWire sur iPhone ou Mac, Thunderbird ou Feedly), ajoutez l’adresse du flux :",
            "Pour recevoir les notes par courriel, un service « RSS vers e-mail » (Blogtrottr, Feedrabbit, ou celui de votre messagerie) envoie chaque nouvelle note dans votre boîte :",
            "brouillon", "note", "notes", "À propos de l’auteur", "Publié avec carnet");

    static final UiText ENGLISH = new UiText(
            "Skip to content", "Home", "Archives", "Tags", "About", "Follow",
            "Published on", "by", "Reading time", "min read", "Tags", "Contents",
            "Previous note", "Next note", "Share", "Send by email", "Reply by email",
            "Newer notes", "Older notes", "Page", "of", "Read more", "Notes tagged",
            "All tags", "Page not found", "This page does not exist (any more). The archives list every note.",
            "RSS feed", "Atom feed",
            "Follow these notes",
            "Every new note goes into an RSS/Atom feed: you can get it without an account or a social network.",
            "With a feed reader (Feeder on Android, NetNewsWire on iPhone or Mac, Thunderbird or Feedly), add the feed's address:",
            "To get the notes by email, an RSS-to-email service (Blogtrottr, Feedrabbit, or your mail provider's) sends each new note to your inbox:",
            "draft", "note", "notes", "About the author", "Published with carnet");
}
