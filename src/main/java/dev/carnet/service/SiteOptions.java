package dev.carnet.service;

/**
 * What a build includes, as a front end asks for it.
 *
 * @param drafts include notes with {@code draft: true}
 * @param future include notes dated after now
 * @param cache use and update the render cache in {@code .carnet/cache} (off: every note is rendered)
 * @param clean render and write every file, ignoring what the last build left in {@code .carnet/build}
 */
public record SiteOptions(boolean drafts, boolean future, boolean cache, boolean clean) {
    public SiteOptions(boolean drafts, boolean future, boolean cache) {
        this(drafts, future, cache, false);
    }
}
