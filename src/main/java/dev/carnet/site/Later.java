package dev.carnet.site;

import java.util.List;
import java.util.function.Supplier;

/** A file of the site made once, when first needed: at once by a build, on the first visit by the preview. */
final class Later implements Supplier<OutputFile> {
    private final String path;
    private final List<String> inputs;
    private final Supplier<OutputFile> make;
    private OutputFile made;

    Later(String path, List<String> inputs, Supplier<OutputFile> make) {
        this.path = path;
        this.inputs = List.copyOf(inputs);
        this.make = make;
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
