package dev.carnet.site;

import dev.carnet.error.Phrase;
import dev.carnet.markdown.Rendered;
import dev.carnet.site.photo.Photo;
import dev.carnet.site.photo.PhotoResizer;
import dev.carnet.store.XxHash64;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The photos of {@code static/} that notes and pages show, made light for readers: each
 * {@code <img>} of a JPEG or PNG gets smaller copies in {@link #WIDTHS} (never wider than the
 * photo) as {@code srcset}, {@code sizes} for the theme's column, its {@code width} and {@code height}
 * (the page does not jump while it loads), {@code loading="lazy"} after a note's first photo, and
 * {@code decoding="async"}. A picture that is not what its name says is left as written, with a
 * warning. The HTML depends on the photos' headers only: nothing is decoded to write a page.
 */
final class Photos {
    /** The copies' widths: a phone's column at 1×, at 2× (360 px), a tablet's or a laptop's at 2×. */
    static final List<Integer> WIDTHS = List.of(480, 720, 1080, PhotoResizer.LARGEST);
    /** The theme's text column: 100% of the screen less its margins (2 × 1.1rem), at most 42rem (--measure in style.css). */
    static final String SIZES = "(max-width: 44.2rem) calc(100vw - 2.2rem), 42rem";
    /** Enough of a file for its header: EXIF before the frame header rarely passes 64 KB. */
    private static final int HEAD = 256 * 1024;

    private final Path root;
    private final String base;
    private final Map<String, Optional<Photo>> headers = new ConcurrentHashMap<>();
    /** Every photo the pages show with copies, by site path. */
    private final Map<String, Photo> shown = new ConcurrentSkipListMap<>();
    /** Note → picture it shows that carnet cannot read, each said once. */
    private final Set<Phrase> problems = ConcurrentHashMap.newKeySet();
    /** Whether a picture a note links to is a file of static/. */
    private final StaticNames present;

    Photos(Path root, SiteUrls urls, StaticNames present) {
        this.root = root;
        this.present = present;
        this.base = urls.path("");
    }

    /** The site path of a photo's copy {@code width} pixels wide: {@code images/x.jpg} → {@code images/x.480w.jpg}. */
    static String copyPath(String sitePath, int width, Photo photo) {
        int dot = sitePath.lastIndexOf('.');
        int slash = sitePath.lastIndexOf('/');
        String stem = dot > slash ? sitePath.substring(0, dot) : sitePath;
        return stem + "." + width + "w." + photo.format().extension();
    }

    /** The widths a photo gets copies in: those of {@link #WIDTHS} under its own. */
    static List<Integer> widths(Photo photo) {
        return WIDTHS.stream().filter(w -> w < photo.shownWidth()).toList();
    }

    Map<String, Photo> shown() {
        return shown;
    }

    /** Warnings for the pictures that are not the JPEG or PNG their name says, one per note and file, sorted. */
    List<Phrase> problems() {
        return problems.stream().sorted(Comparator.comparing(Phrase::toString)).toList();
    }

    /** A note's rendering with responsive images; its hash changes only when its HTML did. */
    HashedRendering responsive(String source, HashedRendering rendering) {
        Rendered rendered = responsive(source, rendering.rendered());
        if (rendered == rendering.rendered()) {
            return rendering;
        }
        return new HashedRendering(rendered, rendering.hash() * 31 + XxHash64.hash(rendered.utf8Html()), null);
    }

    /**
     * The HTML is looked through only when one of the note's own images is a JPEG or PNG of
     * {@code static/}: ten thousand notes showing pictures still to be added (or online) are left
     * as they are without decoding their text, the half of a build after one edit it once was.
     */
    Rendered responsive(String source, Rendered rendered) {
        if (!anyLocalPhoto(rendered.links())) {
            return rendered;
        }
        String html = rendered.html();
        StringBuilder out = new StringBuilder(html.length() + 512);
        boolean first = true;
        int from = 0;
        for (int at = html.indexOf("<img ", from); at >= 0; at = html.indexOf("<img ", from)) {
            int end = html.indexOf('>', at);
            if (end < 0) {
                break;
            }
            String tag = html.substring(at, end + 1);
            String better = responsiveTag(source, tag, first);
            first &= better.equals(tag);
            out.append(html, from, at).append(better);
            from = end + 1;
        }
        if (from == 0) {
            return rendered;
        }
        out.append(html, from, html.length());
        String changed = out.toString();
        return changed.equals(html) ? rendered : rendered.withHtml(changed.getBytes(StandardCharsets.UTF_8));
    }

    /** A loop, not a stream: asked of every note on every build, the stream was 7 % of a preview's rebuild on 10,000 notes. */
    private boolean anyLocalPhoto(List<Rendered.LinkTarget> links) {
        for (Rendered.LinkTarget link : links) {
            if (localPhoto(link)) {
                return true;
            }
        }
        return false;
    }

    private boolean localPhoto(Rendered.LinkTarget link) {
        String file = NoteLinks.imageFile(link);
        if (file == null) {
            return false;
        }
        String lower = file.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png"))
                && present.has(file);
    }

    private String responsiveTag(String source, String tag, boolean first) {
        Map<String, String> attributes = ImgTags.attributes(tag);
        if (attributes == null || !attributes.containsKey("src") || attributes.keySet().stream()
                .anyMatch(a -> a.equals("srcset") || a.equals("width") || a.equals("height") || a.equals("loading"))) {
            return tag; // the author's own sizes win
        }
        String src = ImgTags.unescape(attributes.get("src"));
        if (!src.startsWith(base) || src.indexOf('?') >= 0 || src.indexOf('#') >= 0) {
            return tag;
        }
        String sitePath = src.substring(base.length());
        String lower = sitePath.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png"))) {
            return tag;
        }
        Optional<Photo> header = header(sitePath);
        if (header.isEmpty()) {
            if (StaticFiles.file(root, sitePath).isPresent()) {
                problems.add(Phrase.of("photo.unreadable", source, "static/" + sitePath));
            }
            return tag;
        }
        Photo photo = header.get();
        shown.put(sitePath, photo);
        List<Integer> widths = widths(photo);
        List<String> candidates = new ArrayList<>();
        widths.forEach(w -> candidates.add(url(copyPath(sitePath, w, photo)) + " " + w + "w"));
        int largest = widths.isEmpty() ? photo.shownWidth() : widths.get(widths.size() - 1);
        String fallback = widths.isEmpty() ? url(sitePath) : url(copyPath(sitePath, largest, photo));
        if (photo.shownWidth() <= WIDTHS.get(WIDTHS.size() - 1)) {
            // Not much wider than the largest copy: the photo itself is the sharpest choice.
            candidates.add(url(sitePath) + " " + photo.shownWidth() + "w");
            largest = photo.shownWidth();
            fallback = url(sitePath);
        }
        Map<String, String> better = new LinkedHashMap<>();
        better.put("src", fallback);
        if (candidates.size() > 1) {
            better.put("srcset", String.join(", ", candidates));
            better.put("sizes", SIZES);
        }
        better.put("width", Integer.toString(largest));
        better.put("height", Integer.toString(photo.heightAt(largest)));
        attributes.forEach((name, value) -> better.putIfAbsent(name, value));
        if (!first) {
            better.put("loading", "lazy"); // a note's first photo is likely on the first screen: fetched at once
        }
        better.putIfAbsent("decoding", "async");
        return ImgTags.write(better);
    }

    private String url(String sitePath) {
        return ImgTags.escape(base + SiteUrls.encode(sitePath));
    }

    /** The header of a picture of static/, read once per build; empty when it is none carnet reads. */
    Optional<Photo> header(String sitePath) {
        return headers.computeIfAbsent(sitePath, path -> StaticFiles.file(root, path).map(Photos::read));
    }

    private static Photo read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            Photo photo = Photo.of(head);
            if (photo == null && head.length == HEAD) {
                photo = Photo.of(Files.readAllBytes(file)); // a header longer than most (EXIF with a large preview)
            }
            return photo;
        } catch (IOException e) {
            return null; // unreadable: left as written, and said so
        }
    }
}
