package dev.carnet.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work spread over the cores that, unlike a parallel stream, has finished every task before it
 * returns or throws: a failed build must not leave a thread still writing into the new site
 * after the build has cleaned up.
 */
final class Parallel {
    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        // Only items after a failed one are skipped. A task taken by a thread that is then held up
        // must still run when a later item fails meanwhile: else the failure reported (the first in
        // order) named another broken page by chance (seen under load in SiteBuilderTest).
        AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
        List<Callable<R>> tasks = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            int index = i;
            tasks.add(() -> {
                if (firstFailed.get() < index) {
                    return null; // the build has failed: no point rendering more
                }
                try {
                    return work.apply(item);
                } catch (RuntimeException | Error e) {
                    firstFailed.accumulateAndGet(index, Math::min);
                    throw e;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "carnet-build");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<R> results = new ArrayList<>(items.size());
            RuntimeException firstFailure = null;
            for (Future<R> future : pool.invokeAll(tasks)) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (firstFailure == null) {
                        firstFailure = e.getCause() instanceof RuntimeException runtime ? runtime
                                : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (firstFailure != null) {
                throw firstFailure;
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
