package dev.carnet.site;

import dev.carnet.site.card.Headless;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The size in pixels of a picture of {@code static/}, for {@code og:image:width} and {@code height}
 * (networks then lay the preview out before fetching it): read from the file's header, a few bytes,
 * never by decoding it; once per build for a picture several notes show.
 */
final class ImageSizes {
    record Size(int width, int height) {
    }

    private final Path root;
    private final Map<String, Optional<Size>> known = new ConcurrentHashMap<>();

    ImageSizes(Path blogRoot) {
        Headless.ensure();
        this.root = blogRoot;
    }

    /** @param sitePath a file of the site, {@code images/x.jpg}; empty when it is not a picture of static/ Java reads */
    Optional<Size> of(String sitePath) {
        return known.computeIfAbsent(sitePath, this::read);
    }

    private Optional<Size> read(String sitePath) {
        Optional<Path> file = StaticFiles.file(root, sitePath.replaceAll("[?#].*$", ""));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.get().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a picture Java knows (an SVG, a damaged file): the sizes are left out
        }
    }
}
