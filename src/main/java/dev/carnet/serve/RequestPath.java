package dev.carnet.serve;

import java.net.URI;
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
     * @param request the request's address, as the server parsed it
     * @param basePath the site's base path, {@code /} or {@code /blog/}
     * @return the site-relative path ({@code 2024/07/x/index.html}, {@code 2024/07/x/} for a
     *     folder, {@code ""} for the root), or empty when the path cannot name a file of the site
     */
    static Optional<String> resolve(URI request, String basePath) {
        String raw = request.getRawPath();
        if (raw == null || !raw.startsWith("/")) {
            return Optional.empty();
        }
        // URI decodes the escapes as UTF-8 ('+' stays a plus in a path); bytes that are not UTF-8
        // (an overlong "%c0%ae" standing for '.') come out as U+FFFD, and are refused as before.
        String path = request.getPath();
        if (path.indexOf('\uFFFD') >= 0 || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || path.contains("//")) {
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
}
