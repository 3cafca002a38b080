package dev.carnet.service;

import java.util.Locale;
import java.util.Map;

/**
 * The language carnet speaks to its author in, the same rule for the command line and the text UI:
 * {@code CARNET_LANG} when set; else the blog's {@code language:} when carnet.yml says one; else
 * the terminal's locale (LC_ALL, LC_MESSAGES, LANG, as gettext reads them); else the blog's
 * default language. Without a blog (or with a carnet.yml that cannot be read) the blog's part is
 * skipped and English is the last resort.
 */
public final class UiLanguage {
    private UiLanguage() {
    }

    /** @param blogSaysLanguage whether carnet.yml has a {@code language:} key (not just the default) */
    public static Locale choose(Map<String, String> env, Locale blogLanguage, boolean blogSaysLanguage) {
        String chosen = env.getOrDefault("CARNET_LANG", "").strip();
        if (!chosen.isEmpty()) {
            return posix(chosen);
        }
        if (blogSaysLanguage) {
            return blogLanguage;
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            Locale locale = posix(env.getOrDefault(name, ""));
            if (!locale.getLanguage().isEmpty()) {
                return locale;
            }
        }
        return blogLanguage;
    }

    /** The language of {@code blog}'s author. */
    public static Locale of(Map<String, String> env, BlogServices blog) {
        return choose(env, blog.language(), blog.languageGiven());
    }

    /** When there is no blog to ask (carnet init, carnet demo, a folder outside any blog, a broken carnet.yml). */
    public static Locale withoutBlog(Map<String, String> env) {
        return choose(env, Locale.ENGLISH, false);
    }

    /** {@code fr_FR.UTF-8}, {@code en}, {@code pt-BR} as a locale; C and POSIX say no language. */
    private static Locale posix(String value) {
        String tag = value.strip().replaceFirst("[.@].*$", "").replace('_', '-');
        if (tag.isEmpty() || tag.equals("C") || tag.equals("POSIX")) {
            return Locale.ROOT;
        }
        return Locale.forLanguageTag(tag);
    }
}
