package dev.carnet.site;

/**
 * What a build includes.
 *
 * @param drafts include notes with {@code draft: true}
 * @param future include notes dated after now
 * @param cache use and update the render cache in {@code .carnet/cache} (off: every note is rendered)
 */
public record BuildOptions(boolean drafts, boolean future, boolean cache) {
    public static final BuildOptions PUBLISHED = new BuildOptions(false, false);

    public BuildOptions(boolean drafts, boolean future) {
        this(drafts, future, true);
    }
}
