package dev.carnet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The live-reload stream: Server-Sent Events on the site's own port, so one {@code ssh -L} carries
 * it (a WebSocket on another port is what breaks behind tunnels and proxies). Each open page holds
 * one stream; events are written from one thread of their own, so a slow reader never holds up a
 * rebuild, and a stream that cannot be written is dropped.
 */
final class ReloadEvents implements AutoCloseable {
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "carnet-serve-events");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Opens a stream for this request and returns at once: the connection stays open for events.
     * The stream starts with the build being served ({@code hello}) and, if the last build
     * failed, its problem, so that a page opened late knows both. Both are read on the events'
     * thread, as the stream joins the others: a build that ends meanwhile is either in the hello
     * or sent after it, never between (where its reload was lost, and the page stayed a build behind).
     *
     * @param generation the build served now
     * @param problem the last build's problem, or null
     */
    void open(HttpExchange exchange, LongSupplier generation, Supplier<String> problem) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // Its headers only: a HEAD answer has no body, and the JDK warns on stderr of one started.
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        writer.execute(() -> {
            clients.add(exchange);
            String last = problem.get();
            // A retry hint, and a first line so that proxies pass the stream on at once.
            write(exchange, ("retry: 1000\n: carnet preview\n\n" + event("hello", Long.toString(generation.getAsLong()))
                    + (last == null ? "" : event("problem", last))).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Tells every open page: {@code reload} after a good build, {@code problem} with the error's line after a failed one. */
    void send(String event, String data) {
        byte[] bytes = event(event, data).getBytes(StandardCharsets.UTF_8);
        writer.execute(() -> clients.forEach(client -> write(client, bytes)));
    }

    /** On the events' thread only; a stream that cannot be written is dropped. */
    private void write(HttpExchange client, byte[] bytes) {
        try {
            OutputStream body = client.getResponseBody();
            body.write(bytes);
            body.flush();
        } catch (IOException e) {
            clients.remove(client);
            client.close();
        }
    }

    private static String event(String event, String data) {
        StringBuilder text = new StringBuilder("event: ").append(event).append('\n');
        data.lines().forEach(line -> text.append("data: ").append(line).append('\n'));
        return text.append('\n').toString();
    }

    int open() {
        return clients.size();
    }

    @Override
    public void close() {
        writer.shutdownNow();
        clients.forEach(HttpExchange::close);
        clients.clear();
    }
}
