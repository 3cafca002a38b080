package dev.carnet.site;

import dev.carnet.markdown.HtmlBytes;
import dev.carnet.markdown.ReadLater;
import dev.carnet.markdown.Rendered;
import dev.carnet.store.ByteReader;
import dev.carnet.store.XxHash64;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of the render cache as bytes: what it must match (path, fingerprint, summary, the
 * addresses it linked to), then the hash of the {@link Rendered} and the rendering itself. Apart from the pack so that the
 * entry's layout and the file's layout change on their own.
 */
final class CacheCodec {
    private CacheCodec() {
    }

    /** The rendering, with its hash and the bytes the cache keeps of it. */
    static HashedRendering hashed(Rendered rendered) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rendered.utf8Html().length + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            bytes(out, rendered.utf8Html());
            text(out, rendered.summary());
            text(out, rendered.title());
            out.writeInt(rendered.words());
            out.writeInt(rendered.toc().size());
            for (Rendered.TocEntry entry : rendered.toc()) {
                out.writeInt(entry.level());
                text(out, entry.id());
                text(out, entry.text());
            }
            out.writeInt(rendered.links().size());
            for (Rendered.LinkTarget link : rendered.links()) {
                text(out, link.url());
                out.writeBoolean(link.image());
                out.writeBoolean(link.alt() != null);
                if (link.alt() != null) {
                    text(out, link.alt());
                }
                out.writeInt(link.line());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        byte[] encoded = bytes.toByteArray();
        return new HashedRendering(rendered, XxHash64.hash(encoded), encoded);
    }

    static byte[] encode(RenderCache.Key key, HashedRendering rendering, Map<String, String> dependencies) {
        byte[] section = rendering.encoded() != null ? rendering.encoded() : hashed(rendering.rendered()).encoded();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(section.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, key.path());
            out.writeLong(key.fingerprint().hash());
            out.writeInt(key.fingerprint().length());
            out.writeBoolean(key.summary());
            out.writeInt(dependencies.size());
            for (Map.Entry<String, String> dep : new TreeMap<>(dependencies).entrySet()) {
                text(out, dep.getKey());
                text(out, dep.getValue());
            }
            out.writeLong(rendering.hash());
            out.write(section);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The rendering in {@code entry}, or null when it was made from another file or an address it
     * used has changed.
     *
     * @param dependencies filled with the addresses the rendering used, when not null
     * @throws RuntimeException when the entry is damaged (the caller renders again)
     */
    static HashedRendering decode(ByteBuffer entry, RenderCache.Key key, Map<String, String> urlsByFile, Map<String, String> dependencies) {
        ByteReader in = new ByteReader(entry, 0);
        in.skip(); // the path, already matched by the index
        if (in.wide() != key.fingerprint().hash() || in.number() != key.fingerprint().length() || in.flag() != key.summary()) {
            return null;
        }
        for (int deps = in.number(); deps > 0; deps--) {
            String target = in.text();
            String address = in.text();
            if (!address.equals(urlsByFile.getOrDefault(target, ""))) {
                return null;
            }
            if (dependencies != null) {
                dependencies.put(target, address);
            }
        }
        long hash = in.wide();
        // A view of the pack, copied only for the pages and feeds made again.
        HtmlBytes html = HtmlBytes.later(in.view());
        String summary = in.text();
        String title = in.text();
        int words = in.number();
        // Only a note page made again shows its headings: read them then (a third of what this reads).
        int tocAt = in.position();
        int headings = in.number();
        for (int i = headings; i > 0; i--) {
            in.number();
            in.skip();
            in.skip();
        }
        List<Rendered.TocEntry> toc = headings == 0 ? List.of() : new ReadLater<>(() -> toc(new ByteReader(entry, tocAt)));
        List<Rendered.LinkTarget> links = new ArrayList<>();
        for (int i = in.number(); i > 0; i--) {
            String url = in.text();
            boolean image = in.flag();
            String alt = in.flag() ? in.text() : null;
            links.add(new Rendered.LinkTarget(url, image, alt, in.number()));
        }
        return new HashedRendering(new Rendered(html, summary, toc, links, words, title), hash, null);
    }

    private static List<Rendered.TocEntry> toc(ByteReader in) {
        List<Rendered.TocEntry> toc = new ArrayList<>();
        for (int i = in.number(); i > 0; i--) {
            toc.add(new Rendered.TocEntry(in.number(), in.text(), in.text()));
        }
        return toc;
    }

    static void text(DataOutputStream out, String text) throws IOException {
        bytes(out, (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
