import dev.carnet.markdown.MarkdownOptions;
import dev.carnet.markdown.MarkdownRenderer;
import dev.carnet.markdown.UrlRewriter;
import dev.carnet.model.Note;
import dev.carnet.store.Blog;
import dev.carnet.store.NoteStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Markdown alone, as a cold build renders it: every note of a blog once, on THREADS threads, with
 * French typography. Run by bench/markdown.sh with the installed jar (java's single-file launch).
 *   java -cp carnet.jar bench/MarkdownBench.java BLOG [THREADS]
 */
public class MarkdownBench {
    public static void main(String[] args) throws InterruptedException {
        List<Note> notes = new NoteStore(Blog.open(Path.of(args[0]))).load().notes();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(true, false));
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < notes.size(); i = next.getAndIncrement()) {
                    Note note = notes.get(i);
                    renderer.render(note.body(), UrlRewriter.UNCHANGED, note.meta().summary() == null);
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d notes on %d threads: %.2f s (%.2f ms a note a thread)%n",
                notes.size(), threads, seconds, seconds * 1000 * threads / notes.size());
    }
}
