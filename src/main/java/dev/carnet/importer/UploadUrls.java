package dev.carnet.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PLACEHOLDER until the converter lands. */
public final class UploadUrls {
    private static final Pattern UPLOAD = Pattern.compile(".*/wp-content/uploads/(.+?)(?:-\\d+x\\d+)?(\\.[A-Za-z0-9]+)(?:\\?.*)?");

    private UploadUrls() {
    }

    public static Optional<String> uploadPath(String url) {
        Matcher m = UPLOAD.matcher(url);
        return m.matches() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
    }
}
