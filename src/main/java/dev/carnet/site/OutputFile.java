package dev.carnet.site;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One file of the built site.
 *
 * @param path site-relative, e.g. {@code 2024/07/notes-de-juin-2024/index.html}
 * @param inputs the blog files it was made from (a later incremental build can skip unchanged ones)
 */
public record OutputFile(String path, byte[] content, List<String> inputs) {
    public OutputFile {
        inputs = List.copyOf(inputs);
    }

    public static OutputFile text(String path, String text, List<String> inputs) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
