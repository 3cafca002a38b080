package dev.carnet.config;

import java.util.List;

/** {@code publish:} in carnet.yml: where the built site is pushed. {@code cname} may be null. */
public record PublishSettings(String remote, String branch, String cname, String history) {
    public static final List<String> HISTORY_MODES = List.of("keep", "single");
}
