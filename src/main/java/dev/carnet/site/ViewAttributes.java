package dev.carnet.site;

import dev.carnet.markdown.Rendered;
import dev.carnet.site.template.Attributes;
import dev.carnet.site.view.ArchiveView;
import dev.carnet.site.view.AuthorView;
import dev.carnet.site.view.CommentView;
import dev.carnet.site.view.HeadView;
import dev.carnet.site.view.LinkView;
import dev.carnet.site.view.NoteSummaryView;
import dev.carnet.site.view.NoteView;
import dev.carnet.site.view.PaginationView;
import dev.carnet.site.view.RedirectView;
import dev.carnet.site.view.SiteView;
import dev.carnet.site.view.TagView;

/**
 * The attributes of the views the site gives its templates, read by direct calls (see
 * {@link Attributes} for why). Each view's components and its methods without arguments
 * are here; a name missing from it is read by Pebble, as before, only more slowly, and
 * ViewAttributesTest finds any such name. The most read views are tried first.
 */
final class ViewAttributes implements Attributes {
    @Override
    public Object get(Object target, String name) {
        if (target instanceof NoteSummaryView v) {
            return noteSummaryView(v, name);
        }
        if (target instanceof TagView v) {
            return tagView(v, name);
        }
        if (target instanceof LinkView v) {
            return linkView(v, name);
        }
        if (target instanceof SiteView v) {
            return siteView(v, name);
        }
        if (target instanceof UiText v) {
            return v.word(name);
        }
        if (target instanceof HeadView v) {
            return headView(v, name);
        }
        if (target instanceof NoteView v) {
            return noteView(v, name);
        }
        if (target instanceof AuthorView v) {
            return authorView(v, name);
        }
        if (target instanceof PaginationView v) {
            return paginationView(v, name);
        }
        if (target instanceof ArchiveView.YearLink v) {
            return yearLink(v, name);
        }
        if (target instanceof ArchiveView.Month v) {
            return month(v, name);
        }
        if (target instanceof ArchiveView.Year v) {
            return year(v, name);
        }
        if (target instanceof ArchiveView v) {
            return archiveView(v, name);
        }
        if (target instanceof CommentView v) {
            return commentView(v, name);
        }
        if (target instanceof Rendered.TocEntry v) {
            return tocEntry(v, name);
        }
        if (target instanceof RedirectView v) {
            return redirectView(v, name);
        }
        return UNKNOWN;
    }

    private static Object noteSummaryView(NoteSummaryView v, String name) {
        return switch (name) {
            case "title" -> v.title();
            case "url" -> v.url();
            case "dateIso" -> v.dateIso();
            case "dateHuman" -> v.dateHuman();
            case "summary" -> v.summary();
            case "tags" -> v.tags();
            case "readingMinutes" -> v.readingMinutes();
            case "draft" -> v.draft();
            default -> UNKNOWN;
        };
    }

    private static Object tagView(TagView v, String name) {
        return switch (name) {
            case "name" -> v.name();
            case "slug" -> v.slug();
            case "url" -> v.url();
            case "count" -> v.count();
            case "feedUrl" -> v.feedUrl();
            default -> UNKNOWN;
        };
    }

    private static Object linkView(LinkView v, String name) {
        return switch (name) {
            case "label" -> v.label();
            case "url" -> v.url();
            default -> UNKNOWN;
        };
    }

    private static Object siteView(SiteView v, String name) {
        return switch (name) {
            case "title" -> v.title();
            case "description" -> v.description();
            case "lang" -> v.lang();
            case "homeUrl" -> v.homeUrl();
            case "archivesUrl" -> v.archivesUrl();
            case "tagsUrl" -> v.tagsUrl();
            case "followUrl" -> v.followUrl();
            case "rssUrl" -> v.rssUrl();
            case "atomUrl" -> v.atomUrl();
            case "jsonFeedUrl" -> v.jsonFeedUrl();
            case "rssAbsoluteUrl" -> v.rssAbsoluteUrl();
            case "stylesheetUrl" -> v.stylesheetUrl();
            case "faviconUrl" -> v.faviconUrl();
            case "pages" -> v.pages();
            case "author" -> v.author();
            case "year" -> v.year();
            case "assetsUrl" -> v.assetsUrl();
            case "ogLocale" -> v.ogLocale();
            default -> UNKNOWN;
        };
    }

    private static Object headView(HeadView v, String name) {
        return switch (name) {
            case "title" -> v.title();
            case "description" -> v.description();
            case "canonical" -> v.canonical();
            case "ogType" -> v.ogType();
            case "image" -> v.image();
            case "imageAlt" -> v.imageAlt();
            case "imageWidth" -> v.imageWidth();
            case "imageHeight" -> v.imageHeight();
            case "publishedIso" -> v.publishedIso();
            case "tags" -> v.tags();
            case "noindex" -> v.noindex();
            case "imageSized" -> v.imageSized();
            case "largeCard" -> v.largeCard();
            default -> UNKNOWN;
        };
    }

    private static Object noteView(NoteView v, String name) {
        return switch (name) {
            case "title" -> v.title();
            case "url" -> v.url();
            case "absoluteUrl" -> v.absoluteUrl();
            case "dateIso" -> v.dateIso();
            case "dateHuman" -> v.dateHuman();
            case "readingMinutes" -> v.readingMinutes();
            case "tags" -> v.tags();
            case "content" -> v.content();
            case "summary" -> v.summary();
            case "toc" -> v.toc();
            case "showToc" -> v.showToc();
            case "previous" -> v.previous();
            case "next" -> v.next();
            case "share" -> v.share();
            case "replyMailto" -> v.replyMailto();
            case "draft" -> v.draft();
            case "comments" -> v.comments();
            case "commentsTitle" -> v.commentsTitle();
            default -> UNKNOWN;
        };
    }

    private static Object authorView(AuthorView v, String name) {
        return switch (name) {
            case "name" -> v.name();
            case "bio" -> v.bio();
            case "portraitUrl" -> v.portraitUrl();
            case "email" -> v.email();
            case "links" -> v.links();
            case "present" -> v.present();
            default -> UNKNOWN;
        };
    }

    private static Object paginationView(PaginationView v, String name) {
        return switch (name) {
            case "page" -> v.page();
            case "pages" -> v.pages();
            case "newerUrl" -> v.newerUrl();
            case "olderUrl" -> v.olderUrl();
            default -> UNKNOWN;
        };
    }

    private static Object yearLink(ArchiveView.YearLink v, String name) {
        return switch (name) {
            case "name" -> v.name();
            case "url" -> v.url();
            case "count" -> v.count();
            case "current" -> v.current();
            default -> UNKNOWN;
        };
    }

    private static Object month(ArchiveView.Month v, String name) {
        return switch (name) {
            case "name" -> v.name();
            case "id" -> v.id();
            case "notes" -> v.notes();
            default -> UNKNOWN;
        };
    }

    private static Object year(ArchiveView.Year v, String name) {
        return switch (name) {
            case "name" -> v.name();
            case "months" -> v.months();
            default -> UNKNOWN;
        };
    }

    private static Object archiveView(ArchiveView v, String name) {
        return switch (name) {
            case "years" -> v.years();
            case "index" -> v.index();
            default -> UNKNOWN;
        };
    }

    private static Object commentView(CommentView v, String name) {
        return switch (name) {
            case "anchor" -> v.anchor();
            case "author" -> v.author();
            case "url" -> v.url();
            case "dateIso" -> v.dateIso();
            case "dateHuman" -> v.dateHuman();
            case "html" -> v.html();
            case "replies" -> v.replies();
            default -> UNKNOWN;
        };
    }

    private static Object tocEntry(Rendered.TocEntry v, String name) {
        return switch (name) {
            case "level" -> v.level();
            case "id" -> v.id();
            case "text" -> v.text();
            default -> UNKNOWN;
        };
    }

    private static Object redirectView(RedirectView v, String name) {
        return switch (name) {
            case "target" -> v.target();
            default -> UNKNOWN;
        };
    }
}
