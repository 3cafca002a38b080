package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.site.photo.Photo;
import dev.carnet.site.photo.PhotoResizer;
import dev.carnet.store.XxHash64;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files of the photos: every JPEG and PNG of {@code static/} published at its own address
 * without its metadata (no GPS position reaches the site, whatever links to the picture), and
 * the smaller copies of the photos notes show. A copy is made from the photo's bytes once, all
 * widths from one decoding, and kept in {@code .carnet/cache/photos/} under a hash of those bytes
 * and its width: a build after {@code --clean} or in another folder copies it, it does not resize.
 * Made in parallel, largest copies first, one photo a thread.
 */
final class PhotoFiles {
    private static final long STRIP = 0x51A3C0FFEE5EEDL;

    private final Path root;
    private final FileCache cache;
    private final AtomicInteger copiesToMake = new AtomicInteger();

    /** @param cache where copies are kept between builds, or null to make each one asked for */
    PhotoFiles(Path root, FileCache cache) {
        this.root = root;
        this.cache = cache;
    }

    /** Whether a static file goes through here rather than being copied as it is. */
    static boolean handles(String sitePath) {
        String lower = sitePath.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png");
    }

    /**
     * @param statics the files of static/ to publish
     * @param shown the photos pages show, by site path
     */
    List<Later> files(List<StaticFiles.Selected> statics, Map<String, Photo> shown) {
        Set<String> taken = new HashSet<>();
        statics.forEach(s -> taken.add(s.sitePath()));
        List<Later> files = new ArrayList<>();
        List<List<Later>> copies = new ArrayList<>();
        for (StaticFiles.Selected file : statics) {
            if (!handles(file.sitePath())) {
                continue;
            }
            List<String> inputs = List.of("static/" + file.sitePath());
            files.add(new Later(file.sitePath(), inputs, () -> new OutputFile(file.sitePath(),
                    Photo.withoutMetadata(read(file.file(), file.sitePath())), inputs), () -> stamp(file.file()) ^ STRIP));
            Photo photo = shown.get(file.sitePath());
            if (photo != null) {
                copies.add(copies(file, photo, taken));
            }
        }
        // Round by round, each photo's largest copy first: the first copy asked for decodes the photo, the others wait for nothing.
        for (int round = 0; round < Photos.WIDTHS.size(); round++) {
            for (List<Later> photo : copies) {
                if (round < photo.size()) {
                    files.add(photo.get(round));
                }
            }
        }
        return files;
    }

    /** Whether this build made every copy (none was kept in place): the cache then knows every copy still wanted. */
    boolean madeAll() {
        return copiesToMake.get() == 0;
    }

    private List<Later> copies(StaticFiles.Selected file, Photo photo, Set<String> taken) {
        // A file of static/ named like a copy (x.480w.jpg) is the author's: that copy is not made.
        List<Integer> widths = Photos.widths(photo).stream().filter(w -> !taken.contains(Photos.copyPath(file.sitePath(), w, photo)))
                .sorted(Comparator.reverseOrder()).toList();
        Copies made = new Copies(file, photo, widths);
        List<Later> laters = new ArrayList<>();
        List<String> inputs = List.of("static/" + file.sitePath());
        for (int width : widths) {
            String path = Photos.copyPath(file.sitePath(), width, photo);
            copiesToMake.incrementAndGet();
            laters.add(new Later(path, inputs, () -> {
                copiesToMake.decrementAndGet();
                return new OutputFile(path, made.get(width), inputs);
            }, () -> (stamp(file.file()) * 31 + width) * 31 + PhotoResizer.VERSION));
        }
        return laters;
    }

    /** The file's stamp as a key, as a static file's copy is keyed: a photo replaced has another. */
    private static long stamp(Path file) {
        return InputStamps.Stamp.of(file).key();
    }

    private static byte[] read(Path file, String sitePath) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CarnetException("static/" + sitePath, 0, Phrase.of("file.cannotRead", e.getMessage()), e);
        }
    }

    /** One photo's copies: made together when the first is asked for, let go once each was taken. */
    private final class Copies {
        private final StaticFiles.Selected file;
        private final Photo photo;
        private final List<Integer> widths;
        private Map<Integer, byte[]> made;
        private int taken;

        Copies(StaticFiles.Selected file, Photo photo, List<Integer> widths) {
            this.file = file;
            this.photo = photo;
            this.widths = widths;
        }

        synchronized byte[] get(int width) {
            if (made == null) {
                made = make();
            }
            byte[] copy = made.get(width);
            if (++taken >= widths.size()) {
                made = null;
                taken = 0;
            }
            return copy;
        }

        private Map<Integer, byte[]> make() {
            byte[] original = read(file.file(), file.sitePath());
            long hash = XxHash64.hash(original);
            Map<Integer, byte[]> copies = new TreeMap<>();
            List<Integer> missing = new ArrayList<>();
            for (int width : widths) {
                byte[] kept = cache == null ? null : cache.get(hash * 31 + width);
                if (kept != null) {
                    copies.put(width, kept);
                } else {
                    missing.add(width);
                }
            }
            if (missing.isEmpty()) {
                return copies;
            }
            try {
                Map<Integer, byte[]> resized = PhotoResizer.copies(original, photo, missing);
                resized.forEach((width, bytes) -> {
                    copies.put(width, bytes);
                    if (cache != null) {
                        cache.put(hash * 31 + width, bytes);
                    }
                });
            } catch (IOException | RuntimeException e) {
                // A header ImageIO read but pixels it cannot: every copy is the photo itself, without metadata (never kept).
                byte[] plain = Photo.withoutMetadata(original);
                missing.forEach(width -> copies.put(width, plain));
            }
            return copies;
        }
    }
}
