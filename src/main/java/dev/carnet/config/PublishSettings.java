package dev.carnet.config;

import java.util.List;
import java.util.Map;

/**
 * {@code publish:} in carnet.yml: where the built site is pushed. {@code cname} may be null.
 *
 * @param host {@code github}, {@code codeberg} or {@code gitlab}: sets the default branch (and,
 *     for GitLab, a CI file that serves the branch)
 * @param timeout seconds a remote may stay silent before publish or sync gives up
 * @param include files of {@code static/} that look like secrets ({@code .env}, {@code *.key},
 *     {@code id_*}, ...) but are to be published all the same, as globs relative to {@code static/}
 */
public record PublishSettings(String remote, String branch, String cname, String history, String host, int timeout,
                              List<String> include) {
    /**
     * How long a network step of publish or sync may wait ({@code publish.timeout}, in seconds):
     * long enough for a slow mobile link, short enough that a dead remote is reported in a minute.
     */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

    public PublishSettings {
        include = List.copyOf(include);
    }

    public static final List<String> HISTORY_MODES = List.of("keep", "single");
    public static final Map<String, String> HOST_BRANCHES = Map.of("github", "gh-pages", "codeberg", "pages", "gitlab", "gh-pages");
}
