package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.markdown.MarkdownOptions;
import dev.carnet.markdown.Rendered;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Rendered Markdown kept between builds in {@code .carnet/cache/markdown/}, one file per note:
 * an unchanged note is not rendered again. An entry is used only when everything the HTML depends
 * on is the same — the text, its path, the Markdown settings, the base path and carnet's
 * version — and each entry
 * remembers the addresses of the notes it links to, so that renaming a note re-renders the
 * notes that link to it. A damaged entry is ignored and rewritten.
 */
final class RenderCache {
    private static final int FORMAT = 2;

    private final Path dir;
    private final String salt;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    RenderCache(Path dir, MarkdownOptions options, SiteUrls urls, String version) {
        this.dir = dir;
        this.salt = version + "\n" + options + "\n" + urls.basePath() + "\n";
    }

    /**
     * A note's entry is named after its path and holds the exact text it was rendered from: no
     * digest to trust (SHA-256 of every note cost several seconds on 10,000 notes), and two paths
     * that happen to share a name only evict each other.
     */
    Key key(String path, String body) {
        long hash = 0xcbf29ce484222325L; // FNV-1a
        for (int i = 0; i < path.length(); i++) {
            hash = (hash ^ path.charAt(i)) * 0x100000001b3L;
        }
        return new Key(HexFormat.of().toHexDigits(hash), path, body);
    }

    record Key(String name, String path, String body) {
    }

    /** The cached rendering, if there is one and every address it used is still the same. */
    Rendered get(Key key, Map<String, String> urlsByFile) {
        used.add(key.name());
        Path file = dir.resolve(key.name());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != FORMAT || !text(in).equals(salt) || !text(in).equals(key.path()) || !text(in).equals(key.body())) {
                return null;
            }
            int deps = in.readInt();
            for (int i = 0; i < deps; i++) {
                String target = text(in);
                String url = text(in);
                if (!url.equals(urlsByFile.getOrDefault(target, ""))) {
                    return null;
                }
            }
            String html = text(in);
            String summary = text(in);
            int words = in.readInt();
            List<Rendered.TocEntry> toc = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                toc.add(new Rendered.TocEntry(in.readInt(), text(in), text(in)));
            }
            List<Rendered.LinkTarget> links = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String url = text(in);
                boolean image = in.readBoolean();
                String alt = in.readBoolean() ? text(in) : null;
                links.add(new Rendered.LinkTarget(url, image, alt, in.readInt()));
            }
            return new Rendered(html, summary, toc, links, words);
        } catch (IOException | RuntimeException e) {
            return null; // damaged or from another version: render again
        }
    }

    void put(Key key, Rendered rendered, Map<String, String> dependencies) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(key.body().length() + rendered.html().length() + 1024);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(FORMAT);
                text(out, salt);
                text(out, key.path());
                text(out, key.body());
                Map<String, String> deps = new HashMap<>(dependencies);
                out.writeInt(deps.size());
                for (Map.Entry<String, String> dep : deps.entrySet()) {
                    text(out, dep.getKey());
                    text(out, dep.getValue());
                }
                text(out, rendered.html());
                text(out, rendered.summary());
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
            }
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + key.name(), ".tmp");
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, dir.resolve(key.name()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only costs time on the next build.
        }
    }

    /** Removes entries no note used in this build, so the cache does not grow without end. */
    void prune() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (!used.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new CarnetException(dir + ": cannot clean the render cache (" + e.getMessage() + "); delete the folder", e);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
