package dev.carnet.service;

import dev.carnet.serve.Preview;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** A preview server running for a front end (the CLI's {@code carnet serve}, the text UI's {@code o}). */
public final class RunningPreview implements AutoCloseable {
    private final Preview preview;

    RunningPreview(Preview preview) {
        this.preview = preview;
    }

    /** {@code http://127.0.0.1:4000/blog/} */
    public URI address() {
        return preview.address();
    }

    /**
     * Over SSH ({@code SSH_CONNECTION} set), the line to run on the author's own machine so that
     * its browser reaches the preview: one tunnel, the page and its reload stream both.
     */
    public Optional<String> tunnel(Map<String, String> env) {
        String[] connection = env.getOrDefault("SSH_CONNECTION", "").strip().split("\\s+");
        if (connection.length < 4) {
            return Optional.empty();
        }
        // An IPv6 address as it is: OpenSSH takes user@2001:db8::5, and looks up [2001:db8::5] as a name it cannot resolve.
        String host = connection[2];
        String user = env.getOrDefault("USER", env.getOrDefault("LOGNAME", ""));
        int port = preview.port();
        return Optional.of("ssh -N -L " + port + ":127.0.0.1:" + port + " " + (user.isEmpty() ? "" : user + "@") + host
                + (connection[3].equals("22") ? "" : " -p " + connection[3]));
    }

    /** Builds again now (the text UI after its own saves; the watcher sees the rest). */
    public void rebuild() {
        preview.rebuild();
    }

    @Override
    public void close() {
        preview.close();
    }
}
