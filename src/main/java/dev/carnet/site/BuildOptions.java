package dev.carnet.site;

/**
 * What a build includes.
 *
 * @param drafts include notes with {@code draft: true}
 * @param future include notes dated after now
 */
public record BuildOptions(boolean drafts, boolean future) {
    public static final BuildOptions PUBLISHED = new BuildOptions(false, false);
}
