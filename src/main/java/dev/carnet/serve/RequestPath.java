package dev.carnet.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the path of a request into the site file it names, or nothing. A request can only ever
 * name a file of the built site: {@code ..} segments, encoded or not ({@code %2e%2e%2f}),
 * backslashes ({@code ..%5c}), NUL bytes and paths outside the base path name nothing, whatever a
 * file system would make of them.
 */
final class RequestPath {
    private RequestPath() {
    }

    /**
     * @param rawPath the request's path as sent, still percent-encoded, without the query
     * @param basePath the site's base path, {@code /} or {@code /blog/}
     * @return the site-relative path ({@code 2024/07/x/index.html}, {@code 2024/07/x/} for a
     *     folder, {@code ""} for the root), or empty when the path cannot name a file of the site
     */
    static Optional<String> resolve(String rawPath, String basePath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String path = decode(rawPath);
        if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || path.contains("//")) {
            return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        if (!path.startsWith(basePath)) {
            return Optional.empty();
        }
        return Optional.of(path.substring(basePath.length()));
    }

    /** Percent-decoding as strict UTF-8 ({@code +} stays a plus in a path); null for a malformed escape. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
