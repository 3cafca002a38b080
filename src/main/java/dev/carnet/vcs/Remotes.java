package dev.carnet.vcs;

import java.util.regex.Pattern;

/** Remote addresses as they may be shown: a password or token in a URL never is. */
public final class Remotes {
    // https://TOKEN@host and https://user:TOKEN@host both hide a secret; ssh://git@host does not.
    private static final Pattern HTTP_USER_INFO = Pattern.compile("(?<=https?://)[^/@\\s]+@");
    private static final Pattern PASSWORD = Pattern.compile("(?<=://[^/:@\\s]{1,200}):[^/@\\s]+@");

    private Remotes() {
    }

    /** {@code https://user:token@host/x.git} becomes {@code https://***@host/x.git}. */
    public static String masked(String text) {
        String masked = HTTP_USER_INFO.matcher(text).replaceAll("***@");
        return PASSWORD.matcher(masked).replaceAll(":***@");
    }
}
