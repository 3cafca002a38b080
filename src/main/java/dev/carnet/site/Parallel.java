package dev.carnet.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Work spread over the cores that, unlike a parallel stream, has finished every task before it
 * returns or throws: a failed build must not leave a thread still writing into the new site
 * after the build has cleaned up. Each thread takes the items a run at a time: a task and its
 * future for each of 13,000 pages (of which an edit build keeps all but a few) cost more than
 * what was done with most of them.
 */
final class Parallel {
    /** Items a thread takes at once, at most: few enough that a run of heavy notes is still shared. */
    private static final int RUN = 32;

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        int count = items.size();
        int run = Math.max(1, Math.min(RUN, count / (threads * 8)));
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        // Only items after a failed one are skipped. An item taken by a thread that is then held up
        // must still run when a later item fails meanwhile: else the failure reported (the first in
        // order) named another broken page by chance (seen under load in SiteBuilderTest).
        AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
        AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(count);
        Runnable worker = () -> {
            for (int start = next.getAndAdd(run); start < count; start = next.getAndAdd(run)) {
                for (int i = start; i < Math.min(count, start + run); i++) {
                    if (firstFailed.get() < i) {
                        return; // the build has failed: no point rendering more (runs are taken in order)
                    }
                    try {
                        results[i] = work.apply(items.get(i));
                    } catch (RuntimeException | Error e) {
                        failures.set(i, e);
                        firstFailed.accumulateAndGet(i, Math::min);
                    }
                }
            }
        };
        List<Thread> started = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(worker, "carnet-build");
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        try {
            for (Thread thread : started) {
                thread.join();
            }
        } catch (InterruptedException e) {
            started.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        }
        int failed = firstFailed.get();
        if (failed != Integer.MAX_VALUE) {
            Throwable failure = failures.get(failed);
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        @SuppressWarnings("unchecked")
        List<R> made = (List<R>) new ArrayList<>(Arrays.asList(results));
        return made;
    }
}
