package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.Messages;
import dev.carnet.site.template.Attributes;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The theme's words in the blog's language, from {@code dev/carnet/i18n/site_<lang>.properties}
 * (a language without a file reads English). A record rather than a map so that a template naming
 * a word that does not exist fails the build (Pebble's strict variables) instead of printing nothing.
 */
public record UiText(
        String skipToContent, String home, String archives, String tags, String about, String follow,
        String publishedOn, String by, String readingTime, String minutes, String tagged, String contents,
        String previousNote, String nextNote, String share, String shareByEmail, String replyByEmail,
        String newerNotes, String olderNotes, String page, String of, String readMore, String notesTagged,
        String allTags, String notFound, String notFoundText, String feedRss, String feedAtom, String feedJson,
        String followTitle, String followIntro, String followReaders, String followEmail, String draft,
        String noteCount, String notesCount, String authorBox, String poweredBy, String movedTitle, String moved,
        String commentCount, String latestNotes) {

    /** "3 comments" in the blog's language ({@code commentCount} is a MessageFormat choice pattern). */
    public String comments(int count, Locale locale) {
        return new MessageFormat(commentCount, locale).format(new Object[] {count});
    }

    /** "The latest notes of Carnet." for a page with no description of its own, on a blog with none either. */
    public String latestNotes(String blog, Locale locale) {
        return new MessageFormat(latestNotes, locale).format(new Object[] {blog});
    }

    /** Every word read from the bundle under its component's name, so adding a word is a component and a key. */
    public static UiText of(Locale locale) {
        Messages words = Messages.of("site", locale);
        RecordComponent[] components = UiText.class.getRecordComponents();
        try {
            Object[] values = Arrays.stream(components).map(c -> words.text(c.getName())).toArray();
            Constructor<UiText> constructor = UiText.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(values);
        } catch (MissingResourceException e) {
            throw new CarnetException(Phrase.of("site.wordMissing", words.locale().toLanguageTag(), e.getKey()), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e instanceof InvocationTargetException i ? i.getCause() : e);
        }
    }

    /** The word {@code name} as a template reads it ({@code ui.home}), without reflection; see {@link ViewAttributes}. */
    Object word(String name) {
        return switch (name) {
            case "skipToContent" -> skipToContent();
            case "home" -> home();
            case "archives" -> archives();
            case "tags" -> tags();
            case "about" -> about();
            case "follow" -> follow();
            case "publishedOn" -> publishedOn();
            case "by" -> by();
            case "readingTime" -> readingTime();
            case "minutes" -> minutes();
            case "tagged" -> tagged();
            case "contents" -> contents();
            case "previousNote" -> previousNote();
            case "nextNote" -> nextNote();
            case "share" -> share();
            case "shareByEmail" -> shareByEmail();
            case "replyByEmail" -> replyByEmail();
            case "newerNotes" -> newerNotes();
            case "olderNotes" -> olderNotes();
            case "page" -> page();
            case "of" -> of();
            case "readMore" -> readMore();
            case "notesTagged" -> notesTagged();
            case "allTags" -> allTags();
            case "notFound" -> notFound();
            case "notFoundText" -> notFoundText();
            case "feedRss" -> feedRss();
            case "feedAtom" -> feedAtom();
            case "feedJson" -> feedJson();
            case "followTitle" -> followTitle();
            case "followIntro" -> followIntro();
            case "followReaders" -> followReaders();
            case "followEmail" -> followEmail();
            case "draft" -> draft();
            case "noteCount" -> noteCount();
            case "notesCount" -> notesCount();
            case "authorBox" -> authorBox();
            case "poweredBy" -> poweredBy();
            case "movedTitle" -> movedTitle();
            case "moved" -> moved();
            case "commentCount" -> commentCount();
            case "latestNotes" -> latestNotes();
            default -> Attributes.UNKNOWN;
        };
    }
}
