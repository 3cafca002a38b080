package dev.carnet.site;

import java.util.List;
import java.util.function.Supplier;

/** A file of the site made once, when first needed: at once by a build, on the first visit by the preview. */
final class Later implements Supplier<OutputFile> {
    private final String path;
    private final List<String> inputs;
    private final Supplier<OutputFile> make;
    private final Supplier<Long> key;
    private OutputFile made;

    /** @param key a hash of everything the file is made from, for an incremental build; null for none */
    Later(String path, List<String> inputs, Supplier<OutputFile> make, Supplier<Long> key) {
        this.path = path;
        this.inputs = List.copyOf(inputs);
        this.make = make;
        this.key = key;
    }

    boolean keyed() {
        return key != null;
    }

    long key() {
        return key.get();
    }

    String path() {
        return path;
    }

    List<String> inputs() {
        return inputs;
    }

    @Override
    public synchronized OutputFile get() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }
}
