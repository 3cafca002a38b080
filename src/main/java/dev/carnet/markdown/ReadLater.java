package dev.carnet.markdown;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list read from where it is kept only when first used: a note's headings, which only its own
 * page shows, are a third of what the render cache holds of a note, and after one edit to a
 * blog of ten thousand notes one note page is made again. Read once, by whichever thread asks
 * first; equal to any list of the same elements.
 *
 * @param <T> the elements' type
 */
public final class ReadLater<T> extends AbstractList<T> {
    private final Supplier<List<T>> read;
    private volatile List<T> list;

    /** @param read the elements, asked for at most once; not to fail (check what it reads beforehand) */
    public ReadLater(Supplier<List<T>> read) {
        this.read = read;
    }

    private List<T> list() {
        List<T> held = list;
        if (held == null) {
            held = List.copyOf(read.get());
            list = held;
        }
        return held;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
