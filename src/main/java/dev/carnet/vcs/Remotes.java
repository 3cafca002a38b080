package dev.carnet.vcs;

import java.util.regex.Pattern;

/** Remote addresses as they may be shown: a password or token in a URL never is. */
public final class Remotes {
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");

    private Remotes() {
    }

    /** {@code https://user:token@host/x.git} becomes {@code https://***@host/x.git}. */
    public static String masked(String text) {
        return USER_INFO.matcher(text).replaceAll("***@");
    }
}
