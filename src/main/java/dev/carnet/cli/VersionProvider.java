package dev.carnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code carnet --version}, from the version Maven stamped into the jar. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/carnet/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"carnet " + properties.getProperty("version", "(development build)"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
