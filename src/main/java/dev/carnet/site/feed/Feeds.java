package dev.carnet.site.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** RSS 2.0 and Atom 1.0 through Rome; dates are written by Rome as RFC 822 and RFC 3339. */
public final class Feeds {
    private Feeds() {
    }

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    /**
     * RSS 2.0: the summary in {@code description}, the full HTML in {@code content:encoded}, as the
     * W3C feed validator wants it: an {@code atom:link rel="self"}, {@code managingEditor} and
     * {@code author} as {@code address (Name)} (left out without an address), one date per item
     * ({@code pubDate}; Rome would add {@code dc:date} too), and the GUID the note's first permalink.
     */
    public static String rss(FeedSpec spec) {
        return rss(spec, new HashMap<>());
    }

    /** @param escaped the notes' HTML as escaped for the feeds before, by HTML: give the same map to every feed of a build */
    public static String rss(FeedSpec spec, Map<String, String> escaped) {
        String quick = QuickFeeds.rss(spec, escaped, GENERATOR, editor(spec));
        return quick != null ? quick : ContentTokens.write(escaped, tokens -> rss(spec, tokens));
    }

    static String rss(FeedSpec spec, ContentTokens tokens) {
        Channel channel = (Channel) feed(spec, "rss_2.0", tokens).createWireFeed();
        channel.setModules(new ArrayList<>());
        String editor = editor(spec);
        channel.setManagingEditor(editor);
        // The newest note's date again, not the clock: the same notes make the same feed.
        channel.setLastBuildDate(channel.getPubDate());
        channel.setGenerator(GENERATOR);
        Element self = new Element("link", ATOM);
        self.setAttribute("href", spec.selfUrl());
        self.setAttribute("rel", "self");
        self.setAttribute("type", "application/rss+xml");
        channel.setForeignMarkup(List.of(self));
        for (int i = 0; i < channel.getItems().size(); i++) {
            Item item = channel.getItems().get(i);
            item.setModules(new ArrayList<>());
            item.setAuthor(editor);
            // The address the note was first published at: a note that moved keeps its GUID (no
            // longer a permalink), and feed readers do not show it again as new.
            String id = spec.items().get(i).id();
            Guid guid = new Guid();
            guid.setValue(id);
            guid.setPermaLink(id.equals(item.getLink()));
            item.setGuid(guid);
        }
        return write(channel);
    }

    /** Atom 1.0 with full content and a {@code rel="self"} link; no Dublin Core beside Atom's own dates. */
    public static String atom(FeedSpec spec) {
        return atom(spec, new HashMap<>());
    }

    /** @param escaped as for {@link #rss(FeedSpec, Map)} */
    public static String atom(FeedSpec spec, Map<String, String> escaped) {
        String quick = QuickFeeds.atom(spec, escaped, GENERATOR);
        return quick != null ? quick : ContentTokens.write(escaped, tokens -> atom(spec, tokens));
    }

    static String atom(FeedSpec spec, ContentTokens tokens) {
        Feed feed = (Feed) feed(spec, "atom_1.0", tokens).createWireFeed();
        feed.setModules(new ArrayList<>());
        feed.getEntries().forEach(entry -> entry.setModules(new ArrayList<>()));
        Generator generator = new Generator();
        generator.setValue(GENERATOR);
        feed.setGenerator(generator);
        return write(feed);
    }

    static final String GENERATOR = "carnet";

    /**
     * Readies the feeds' code by writing a feed of each kind that nobody reads: the first feed of a
     * run took 45 ms more than the next ones, and a build can do this on a core that is idle while
     * the notes load.
     */
    public static void prepare() {
        FeedSpec.Item item = new FeedSpec.Item("carnet", "https://localhost/carnet/", OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                "carnet", "<p>carnet</p>", List.of("carnet"));
        FeedSpec spec = new FeedSpec("carnet", "carnet", "fr", "https://localhost/", "https://localhost/feed.xml", "carnet",
                "carnet@localhost", List.of(item));
        rss(spec);
        atom(spec);
    }

    /** {@code julien@example.org (Julien Marchand)}: RSS's form for a person; null without an address. */
    static String editor(FeedSpec spec) {
        if (spec.authorEmail() == null || spec.authorEmail().isBlank()) {
            return null;
        }
        return spec.authorEmail().strip() + (spec.authorName().isBlank() ? "" : " (" + spec.authorName().strip() + ")");
    }

    private static SyndFeed feed(FeedSpec spec, String type, ContentTokens tokens) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setEncoding("UTF-8");
        feed.setTitle(spec.title());
        feed.setDescription(spec.description().isBlank() ? spec.title() : spec.description());
        feed.setLanguage(spec.language());
        feed.setLink(spec.siteUrl());
        feed.setCopyright(spec.copyright());
        feed.setUri(spec.selfUrl());
        List<SyndLink> links = new ArrayList<>();
        links.add(link(spec.siteUrl(), "alternate", "text/html"));
        links.add(link(spec.selfUrl(), "self", type.startsWith("rss") ? "application/rss+xml" : "application/atom+xml"));
        feed.setLinks(links);
        if (!spec.authorName().isBlank()) {
            feed.setAuthors(List.of(person(spec)));
        }
        // The newest note's date, not the clock: the same notes give the same feed, byte for byte.
        if (!spec.items().isEmpty()) {
            feed.setPublishedDate(Date.from(spec.items().get(0).published().toInstant()));
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedSpec.Item item : spec.items()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.title());
            entry.setLink(item.url());
            entry.setUri(item.id());
            Date date = Date.from(item.published().toInstant());
            entry.setPublishedDate(date);
            entry.setUpdatedDate(date);
            if (!spec.authorName().isBlank()) {
                entry.setAuthors(List.of(person(spec)));
            }
            entry.setDescription(content("text/plain", item.summary()));
            entry.setContents(List.of(content("html", tokens.token(item.html()))));
            List<SyndCategory> categories = new ArrayList<>();
            for (String tag : item.tags()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(tag);
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return feed;
    }

    private static SyndPerson person(FeedSpec spec) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(spec.authorName());
        if (spec.authorEmail() != null && !spec.authorEmail().isBlank()) {
            person.setEmail(spec.authorEmail());
        }
        return person;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static String write(WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new CarnetException(Phrase.of("site.feed", feed.getFeedType(), e.getMessage()), e);
        }
    }
}
