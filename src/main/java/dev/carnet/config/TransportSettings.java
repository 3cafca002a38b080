package dev.carnet.config;

import dev.carnet.model.Progress;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * How carnet reaches a remote.
 *
 * @param home the user's home: {@code ~/.ssh/config}, keys, {@code known_hosts} and {@code ~/.netrc} live there
 * @param acceptNewHostKey trust an SSH host seen for the first time (its key is added to known_hosts)
 * @param token an https token (from {@code CARNET_GIT_TOKEN}), or null to use {@code ~/.netrc}
 * @param prompt asks the person for a secret (an SSH key's passphrase); null when nobody can answer
 * @param timeoutSeconds how long a remote may stay silent before carnet gives up
 * @param progress where to show objects counted and written (a terminal), or null to stay quiet
 * @param tasks where phases go and cancellation comes from (a text UI), {@link Progress#NONE} otherwise
 */
public record TransportSettings(Path home, boolean acceptNewHostKey, String token, Function<String, char[]> prompt,
                                int timeoutSeconds, Writer progress, Progress tasks) {

    public TransportSettings(Path home, boolean acceptNewHostKey, String token, Function<String, char[]> prompt,
                             int timeoutSeconds, Writer progress) {
        this(home, acceptNewHostKey, token, prompt, timeoutSeconds, progress, Progress.NONE);
    }

    public static TransportSettings of(Path home) {
        return new TransportSettings(home, false, null, null, PublishSettings.DEFAULT_TIMEOUT_SECONDS, null);
    }

    public TransportSettings acceptingNewHostKeys(boolean accept) {
        return new TransportSettings(home, accept, token, prompt, timeoutSeconds, progress, tasks);
    }

    public TransportSettings withTimeout(int seconds) {
        return new TransportSettings(home, acceptNewHostKey, token, prompt, seconds, progress, tasks);
    }

    public TransportSettings withPrompt(Function<String, char[]> newPrompt) {
        return new TransportSettings(home, acceptNewHostKey, token, newPrompt, timeoutSeconds, progress, tasks);
    }

    /** Reports phases to {@code newTasks} and stops a transfer when it says cancelled. */
    public TransportSettings withTasks(Progress newTasks) {
        return new TransportSettings(home, acceptNewHostKey, token, prompt, timeoutSeconds, progress, newTasks);
    }

    @Override
    public String toString() {
        // The token must never reach a log or a message.
        return "TransportSettings[home=" + home + ", acceptNewHostKey=" + acceptNewHostKey + ", token="
                + (token == null ? "none" : "***") + ", timeout=" + timeoutSeconds + "s]";
    }
}
