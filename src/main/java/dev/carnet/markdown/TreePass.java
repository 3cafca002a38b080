package dev.carnet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.carnet.model.Slug;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * carnet's own pass over the parsed note, before any HTML is written: bare URLs become links,
 * French spacing goes into the text, headings get their ids, refused URLs in raw HTML become '#'
 * and links are collected. A walk by exact class, as flexmark's visitor dispatches, without its
 * map lookup per node. Both HTML writers see the tree it leaves.
 */
final class TreePass {
    private final Document document;
    private final MarkdownOptions options;
    final List<Rendered.TocEntry> toc = new ArrayList<>();
    final Map<Node, String> ids = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final List<Found> links = new ArrayList<>();
    private final TextChars held = new TextChars();

    /** A link found in the tree, by offset: flexmark's getLineNumber() rescans the text on every call. */
    private record Found(String url, boolean image, String alt, int offset) {
    }

    TreePass(Document document, MarkdownOptions options) {
        this.document = document;
        this.options = options;
        children(document);
    }

    /** Safe while a text node is split: the nodes made go before it, and the next one is kept. */
    private void children(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            joinAddress(child);
            Node next = child.getNext();
            node(child);
            child = next;
        }
    }

    // Headings and link texts get the same treatment as any text; an image's alt is an attribute.
    private void node(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            text((Text) node);
        } else if (type == Heading.class) {
            children(node);
            heading((Heading) node);
        } else if (type == Link.class) {
            found(((Link) node).getUrl(), false, null, node);
            children(node);
        } else if (type == AutoLink.class) {
            found(((AutoLink) node).getUrl(), false, null, node);
        } else if (type == Image.class) {
            found(((Image) node).getUrl(), true, plainText(node), node);
        } else if (type == LinkRef.class) {
            Reference reference = ((LinkRef) node).getReferenceNode(document);
            if (reference == null) {
                asText(node);
                return;
            }
            found(reference.getUrl(), false, null, node);
            children(node);
        } else if (type == ImageRef.class) {
            Reference reference = ((ImageRef) node).getReferenceNode(document);
            if (reference == null) {
                asText(node);
                return;
            }
            found(reference.getUrl(), true, plainText(node), node);
        } else if (type == HtmlInline.class && options.rawHtml()) {
            String html = RawHtmlUrls.filter(node.getChars().toString(), refused(node.getStartOffset()));
            if (html != null) {
                node.setChars(BasedSequence.of(html));
            }
        } else if (type == HtmlBlock.class && options.rawHtml()) {
            HtmlBlock block = (HtmlBlock) node;
            BasedSequence content = block.getContentChars();
            String html = RawHtmlUrls.filter(content.toString(), refused(content.getStartOffset()));
            if (html != null) {
                block.setContent(List.of(BasedSequence.of(html)));
            }
        } else if (type == Paragraph.class && Figure.fits((Paragraph) node)) {
            children(Figure.replace((Paragraph) node));
        } else {
            children(node);
        }
    }

    /**
     * Brackets that name no reference ("[…]", "[sic]" in a quotation) as the text flexmark writes
     * for them, then treated as any text. flexmark writes such a node from the note's offsets,
     * which French spacing would have made out of range, and only a link resolver's "unknown"
     * keeps it from being a link to its own text.
     */
    private void asText(Node ref) {
        BasedSequence chars = ref.getChars();
        Node after = ref.getNext();
        boolean whole = !ref.hasChildren();
        BasedSequence inner = whole ? null : ref.getChildChars();
        Text open = new Text(whole ? chars : chars.prefixOf(inner));
        ref.insertBefore(open);
        if (!whole) {
            for (Node child = ref.getFirstChild(); child != null; child = ref.getFirstChild()) {
                child.unlink();
                ref.insertBefore(child);
            }
            ref.insertBefore(new Text(chars.suffixOf(inner)));
        }
        ref.unlink();
        for (Node n = open; n != null && n != after; ) {
            joinAddress(n);
            Node next = n.getNext();
            node(n);
            n = next;
        }
    }

    /** Before the walk takes the next node: joining removes the nodes after a text. */
    private void joinAddress(Node node) {
        if (options.frenchTypography() && node.getClass() == Text.class) {
            SmartsInAddresses.join((Text) node);
        }
    }

    /** Bare URLs first: French spacing must not touch the ':' and '?' of an address. */
    private void text(Text text) {
        held.of(text.getChars());
        for (Text part : BareUrls.split(text, held)) {
            if (options.frenchTypography()) {
                FrenchSpacing.text(part, part == text ? held : held.of(part.getChars()));
            }
        }
    }

    /** Raw HTML's refused URLs are listed with the note's links, for carnet check to name. */
    private RawHtmlUrls.Refusals refused(int chunkOffset) {
        return (offset, url) -> links.add(new Found(url, false, null, chunkOffset + offset));
    }

    private void found(CharSequence url, boolean image, String alt, Node node) {
        links.add(new Found(url.toString(), image, alt, node.getStartOffset()));
    }

    private static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private void heading(Heading heading) {
        String text = plainText(heading).strip();
        String id = headingId(text, used);
        ids.put(heading, id);
        toc.add(new Rendered.TocEntry(heading.getLevel(), id, text));
    }

    /** A heading's id: its text as a slug, numbered from the second heading of the same text on. */
    static String headingId(String text, Set<String> used) {
        String base = Slug.slugify(text);
        String id = base.isEmpty() ? "section" : base;
        for (int n = 2; !used.add(id); n++) {
            id = (base.isEmpty() ? "section" : base) + "-" + n;
        }
        return id;
    }

    /** The links found, in the order of the tree, each with its line (0-based) in {@code markdown}. */
    List<Rendered.LinkTarget> links(char[] markdown) {
        List<Found> byOffset = new ArrayList<>(links);
        byOffset.sort(Comparator.comparingInt(Found::offset));
        Map<Found, Integer> lines = new HashMap<>();
        int line = 0;
        int position = 0;
        for (Found f : byOffset) {
            for (; position < f.offset() && position < markdown.length; position++) {
                if (markdown[position] == '\n') {
                    line++;
                }
            }
            lines.put(f, line);
        }
        List<Rendered.LinkTarget> targets = new ArrayList<>(links.size());
        for (Found f : links) {
            targets.add(new Rendered.LinkTarget(f.url(), f.image(), f.alt(), lines.get(f)));
        }
        return targets;
    }
}
