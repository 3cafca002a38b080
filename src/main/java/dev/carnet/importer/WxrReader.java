package dev.carnet.importer;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) as a stream: one {@link WxrItem} at a time, so a
 * 50 MB export needs no more memory than its largest post. A document type declaration is refused
 * outright: an export never has one, and it is how XML files read local files (external entities)
 * or grow without bound (nested entities).
 */
public final class WxrReader {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String WORDPRESS = "http://wordpress.org/export/";

    private final Path file;
    private final String name;

    /** @param name how messages name the file ({@code export.xml}) */
    public WxrReader(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /**
     * Reads every item in file order and returns the channel's description.
     *
     * @param withContent false to skip posts' texts (a first pass that only indexes the export)
     * @param bytesRead told how far into the file reading has come, for a progress bar
     */
    public WxrChannel read(boolean withContent, Consumer<WxrItem> items, LongConsumer bytesRead) {
        try (InputStream raw = Files.newInputStream(file); CountingStream in = new CountingStream(raw, bytesRead)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return new Pass(xml, withContent, items).channel();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new CarnetException(name, Math.max(line, 0), Phrase.of("import.unreadable", problem(e)), e);
        } catch (IOException e) {
            throw new CarnetException(name, 0, Phrase.of("import.cannotReadExport", e.getMessage()), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** The parser's message without its "ParseError at [row,col]:" preamble (the line is given apart). */
    private static String problem(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.lastIndexOf("Message: ");
        return (cut >= 0 ? message.substring(cut + "Message: ".length()) : message).strip();
    }

    /** One reading of the file; holds the state of the channel being read. */
    private final class Pass {
        private final XMLStreamReader xml;
        private final boolean withContent;
        private final Consumer<WxrItem> items;
        private String title = "";
        private String version = "";
        private final List<String> links = new ArrayList<>();
        private final Map<String, String> authors = new LinkedHashMap<>();
        private final List<WxrTerm> terms = new ArrayList<>();
        private boolean sawChannel;

        Pass(XMLStreamReader xml, boolean withContent, Consumer<WxrItem> items) {
            this.xml = xml;
            this.withContent = withContent;
            this.items = items;
        }

        WxrChannel channel() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new CarnetException(name, xml.getLocation().getLineNumber(),
                            Phrase.of("import.doctype"), null);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element();
                }
            }
            if (!sawChannel) {
                throw new CarnetException(name, 0, Phrase.of("import.notWordPress"), null);
            }
            return new WxrChannel(title, version, links, authors, terms);
        }

        private void element() throws XMLStreamException {
            String key = key();
            switch (key) {
                case "channel" -> sawChannel = true;
                case "item" -> items.accept(item());
                case "title" -> {
                    String text = text();
                    title = title.isEmpty() ? text : title; // the channel's own, not its <image>'s
                }
                case "link", "wp:base_site_url", "wp:base_blog_url" -> links.add(text());
                case "wp:wxr_version" -> version = text();
                case "wp:author" -> {
                    Map<String, String> f = fields();
                    authors.put(f.getOrDefault("wp:author_login", ""), f.getOrDefault("wp:author_display_name", ""));
                }
                case "wp:category" -> {
                    Map<String, String> f = fields();
                    terms.add(new WxrTerm("category", f.getOrDefault("wp:category_nicename", ""), f.getOrDefault("wp:cat_name", ""),
                            f.getOrDefault("wp:category_parent", "")));
                }
                case "wp:tag" -> {
                    Map<String, String> f = fields();
                    terms.add(new WxrTerm("post_tag", f.getOrDefault("wp:tag_slug", ""), f.getOrDefault("wp:tag_name", ""), ""));
                }
                default -> {
                    // rss, channel-level elements carnet has no use for: read on, into their children
                }
            }
        }

        private WxrItem item() throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            Map<String, String> f = new HashMap<>();
            List<WxrTerm> itemTerms = new ArrayList<>();
            Map<String, List<String>> meta = new LinkedHashMap<>();
            List<WxrComment> comments = new ArrayList<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String key = key();
                switch (key) {
                    case "category" -> {
                        String domain = attribute("domain");
                        String nicename = attribute("nicename");
                        itemTerms.add(new WxrTerm(domain.isEmpty() ? "category" : domain, nicename, text(), ""));
                    }
                    case "wp:postmeta" -> {
                        Map<String, String> m = fields();
                        meta.computeIfAbsent(m.getOrDefault("wp:meta_key", ""), k -> new ArrayList<>())
                                .add(m.getOrDefault("wp:meta_value", ""));
                    }
                    case "wp:comment" -> comments.add(comment(fields()));
                    case "content:encoded" -> {
                        if (withContent) {
                            f.put(key, text());
                        } else {
                            skip();
                        }
                    }
                    default -> f.put(key, text());
                }
            }
            return new WxrItem(number(f.get("wp:post_id")), f.getOrDefault("wp:post_type", "post"), f.getOrDefault("wp:status", ""),
                    f.getOrDefault("title", ""), f.getOrDefault("link", ""), f.getOrDefault("wp:post_name", ""),
                    f.getOrDefault("wp:post_date", ""), f.getOrDefault("wp:post_date_gmt", ""), f.getOrDefault("dc:creator", ""),
                    f.getOrDefault("content:encoded", ""), f.getOrDefault("excerpt:encoded", ""), number(f.get("wp:post_parent")),
                    f.getOrDefault("wp:attachment_url", ""), itemTerms, meta, comments, line);
        }

        private WxrComment comment(Map<String, String> f) {
            return new WxrComment(number(f.get("wp:comment_id")), f.getOrDefault("wp:comment_author", ""),
                    f.getOrDefault("wp:comment_author_url", ""), f.getOrDefault("wp:comment_date", ""),
                    f.getOrDefault("wp:comment_date_gmt", ""), f.getOrDefault("wp:comment_content", ""),
                    f.getOrDefault("wp:comment_approved", ""), f.getOrDefault("wp:comment_type", ""),
                    number(f.get("wp:comment_parent")));
        }

        /** The text of each child of the current element, by key; grandchildren (comment meta) are skipped. */
        private Map<String, String> fields() throws XMLStreamException {
            Map<String, String> result = new HashMap<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                result.put(key(), text());
            }
            return result;
        }

        /** The current element's text (CDATA included); any child elements are skipped. */
        private String text() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (depth == 1) {
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
            return text.toString();
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private String attribute(String local) {
            String value = xml.getAttributeValue(null, local);
            return value == null ? "" : value;
        }

        /** {@code wp:post_id}, {@code content:encoded}, {@code dc:creator}, {@code title}: whatever prefix the file binds. */
        private String key() {
            String uri = xml.getNamespaceURI();
            String local = xml.getLocalName();
            if (uri == null || uri.isEmpty()) {
                return local;
            }
            if (uri.startsWith(WORDPRESS)) {
                return (uri.endsWith("/excerpt/") ? "excerpt:" : "wp:") + local;
            }
            if (uri.equals(CONTENT)) {
                return "content:" + local;
            }
            if (uri.equals(DC)) {
                return "dc:" + local;
            }
            return uri + ":" + local;
        }
    }

    private static long number(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
