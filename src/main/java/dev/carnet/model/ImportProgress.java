package dev.carnet.model;

/** Where a long import says how far it has come (a progress bar on a terminal); in model like {@link Progress}. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (phase, done, total) -> {
    };

    /**
     * @param phase {@code reading}, {@code converting} or {@code images}
     * @param done bytes read, or images copied, so far
     * @param total the whole of it (the export's size, the images to copy)
     */
    void at(String phase, long done, long total);
}
