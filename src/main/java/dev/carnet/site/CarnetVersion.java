package dev.carnet.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Which carnet made an output: its version and build time, so caches from another build are not trusted. */
final class CarnetVersion {
    private CarnetVersion() {
    }

    static String identity() {
        Properties properties = new Properties();
        try (InputStream in = CarnetVersion.class.getResourceAsStream("/dev/carnet/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "dev") + "+" + properties.getProperty("built", "");
    }
}
