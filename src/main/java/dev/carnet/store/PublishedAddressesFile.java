package dev.carnet.store;

import dev.carnet.model.PublishedAddresses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PublishedAddresses} as a file: the same text at {@value #PATH} in the pages branch (what
 * was published, wherever the blog is cloned) and in the blog's {@code .carnet/} (what a build
 * reads, without opening git). One line a file, tab-separated: blog file, feed id, then each site
 * path it was published at. Plain lines, because a build of ten thousand notes reads it every time.
 */
public final class PublishedAddressesFile {
    /** Where it lives, in the pages branch and under the blog's root alike. */
    public static final String PATH = ".carnet/published.tsv";
    private static final String HEADER = "# carnet: the addresses each note was published at (oldest first) and its feed id; version 1";

    private PublishedAddressesFile() {
    }

    /** What the blog's {@code .carnet/} remembers, or empty when it has no copy yet (a new clone). */
    public static Optional<PublishedAddresses> read(Path root) {
        try {
            return Optional.of(parse(Files.readAllBytes(root.resolve(PATH))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: treated as not there, and written again at the next publish
        }
    }

    public static void write(Path root, PublishedAddresses addresses) {
        AtomicFiles.write(root.resolve(PATH), bytes(addresses));
    }

    /**
     * Reads what {@link #bytes} wrote. A line that is not one (cut short, edited by hand) is left
     * out rather than trusted: the addresses it held are lost, the build is not.
     */
    public static PublishedAddresses parse(byte[] content) {
        Map<String, PublishedAddresses.Entry> entries = new LinkedHashMap<>();
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.startsWith(HEADER + "\n")) {
            return PublishedAddresses.NONE;
        }
        for (String line : text.substring(HEADER.length() + 1).split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length < 3 || fields[0].isEmpty() || !fields[1].startsWith("http")) {
                continue;
            }
            List<String> paths = Arrays.stream(fields, 2, fields.length).filter(p -> p.startsWith("/")).toList();
            if (!paths.isEmpty()) {
                entries.put(fields[0], new PublishedAddresses.Entry(fields[1], paths));
            }
        }
        return new PublishedAddresses(entries);
    }

    public static byte[] bytes(PublishedAddresses addresses) {
        StringBuilder text = new StringBuilder(64 * addresses.byFile().size() + 128).append(HEADER).append('\n');
        addresses.byFile().forEach((file, entry) -> {
            if (plain(file) && plain(entry.id()) && entry.paths().stream().allMatch(PublishedAddressesFile::plain)) {
                text.append(file).append('\t').append(entry.id());
                entry.paths().forEach(p -> text.append('\t').append(p));
                text.append('\n');
            }
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A field the format can hold (a file name with a tab or a line break cannot be remembered). */
    private static boolean plain(String field) {
        return field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0;
    }
}
