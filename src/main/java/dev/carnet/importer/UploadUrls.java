package dev.carnet.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the original upload behind any URL WordPress writes for it: the sizes it generates
 * ({@code -300x225}), its big-image copies ({@code -scaled}, {@code -rotated}), Jetpack's Photon
 * CDN ({@code i0.wp.com/blog.fr/...}) and resizing queries ({@code ?w=1024}) all name one file.
 */
public final class UploadUrls {
    private static final Pattern UPLOADS = Pattern.compile("^(?:(?:https?:)?//[^/?#]+)?(?:/[^?#]*)?/wp-content/uploads/([^?#]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERATED_SUFFIX = Pattern.compile("(?:-\\d+x\\d+|-scaled|-rotated)(\\.[A-Za-z0-9]+)$");

    private UploadUrls() {
    }

    /** "https://blog.fr/wp-content/uploads/2024/06/x-300x225.jpg?w=1024" gives "2024/06/x.jpg"; a URL outside the uploads gives empty. */
    public static Optional<String> uploadPath(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = UPLOADS.matcher(url.trim());
        if (!m.find()) {
            return Optional.empty();
        }
        String path = percentDecode(m.group(1));
        // A size of a scaled copy ("x-scaled-300x225.jpg") sheds both suffixes, hence the loop.
        String previous;
        do {
            previous = path;
            path = GENERATED_SUFFIX.matcher(path).replaceFirst("$1");
        } while (!path.equals(previous));
        return path.isEmpty() || path.endsWith("/") ? Optional.empty() : Optional.of(path);
    }

    /** URLDecoder would turn '+' into a space, which file names keep as '+'. */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
