package dev.carnet.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Which carnet made an output: its version and build time, so caches from another build are not trusted. */
final class CarnetVersion {
    private CarnetVersion() {
    }

    /** The version and build time, or null when they are not known (the resource missing or not filtered). */
    static String identity() {
        Properties properties = new Properties();
        try (InputStream in = CarnetVersion.class.getResourceAsStream("/dev/carnet/version.properties")) {
            if (in == null) {
                return null;
            }
            properties.load(in);
        } catch (IOException e) {
            return null;
        }
        return identity(properties.getProperty("version", ""), properties.getProperty("built", ""));
    }

    static String identity(String version, String built) {
        boolean known = !version.isBlank() && !built.isBlank() && !(version + built).contains("${");
        return known ? version + "+" + built : null;
    }
}
