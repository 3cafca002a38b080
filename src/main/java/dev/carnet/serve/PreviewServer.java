package dev.carnet.serve;

import com.sun.net.httpserver.Headers;
import dev.carnet.error.CarnetException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The preview's HTTP side, on the JDK's own server, bound to 127.0.0.1 only: the site from the
 * current {@link SiteSnapshot}, {@code index.html} for folders, the site's {@code 404.html}, the
 * base path, HEAD, ETag and 304, 405 for other methods, and the reload stream.
 */
final class PreviewServer implements AutoCloseable {
    /** Requests served at once; more wait in a bounded queue, past it they are refused (503), never queued forever. */
    private static final int THREADS = 8;
    private static final int QUEUED = 256;
    /**
     * The seconds a request may take to arrive whole, past which the JDK's server closes it. It
     * reads each request on a thread of the pool: without a limit, eight clients that open a
     * connection and never finish their request (a stalled tunnel, a slowloris) held every thread,
     * and no page was served again. The reload streams are responses, untouched by it.
     */
    private static final String REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";

    /** How many of the pages last served the next build makes before its reload: the tabs an author keeps open. */
    private static final int RECENT = 8;

    private final HttpServer server;
    /** The HTML pages last served, most recent last. */
    private final Map<String, Boolean> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENT;
        }
    };
    private final ThreadPoolExecutor pool;
    private final String basePath;
    private final Supplier<SiteSnapshot> current;
    private final Supplier<String> problem;
    private final ReloadEvents events;
    private final Function<CarnetException, String> problemFound;

    PreviewServer(int port, String basePath, Supplier<SiteSnapshot> current, Supplier<String> problem, ReloadEvents events,
            Function<CarnetException, String> problemFound) throws IOException {
        this.problemFound = problemFound;
        this.basePath = basePath;
        this.current = current;
        this.problem = problem;
        this.events = events;
        limitRequestTime();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), QUEUED);
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), r -> {
            Thread thread = new Thread(r, "carnet-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    /** Read by the JDK once, when its first server is made: set before ours is, unless the JVM was given its own. */
    private static void limitRequestTime() {
        if (System.getProperty(REQUEST_SECONDS) == null) {
            System.setProperty(REQUEST_SECONDS, "5");
        }
    }

    /** The site paths of the HTML pages last served well, most recent last. */
    List<String> recentPages() {
        synchronized (recent) {
            return List.copyOf(recent.keySet());
        }
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                plain(exchange, 405, "405 method not allowed: the preview only reads");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            SiteSnapshot snapshot = current.get();
            if (LiveReload.EVENTS.equals(rawPath)) {
                events.open(exchange, () -> current.get().generation(), problem);
                return; // the stream stays open
            }
            Optional<String> path = RequestPath.resolve(exchange.getRequestURI(), basePath);
            if (path.isEmpty() && (rawPath + "/").equals(basePath)) {
                exchange.getResponseHeaders().set("Location", basePath);
                plain(exchange, 301, "moved to " + basePath);
                return;
            }
            if (path.isEmpty()) {
                plain(exchange, rawPath != null && rawPath.startsWith(basePath) ? 400 : 404,
                        "this address cannot name a page of the site (the site is at " + basePath + ")");
                return;
            }
            if (snapshot.generation() == 0) {
                send(exchange, 503, "text/html; charset=utf-8", LiveReload.inject(
                        "<!doctype html><title>carnet</title><body><p>carnet is building the site…</p></body>"
                                .getBytes(StandardCharsets.UTF_8), 0), null);
                return;
            }
            if (snapshot.isFolder(path.get())) {
                exchange.getResponseHeaders().set("Location", rawPath + "/");
                plain(exchange, 301, "moved to " + rawPath + "/");
                return;
            }
            Optional<SiteSnapshot.Found> found = snapshot.find(path.get());
            if (found.isEmpty()) {
                Optional<SiteSnapshot.Found> notFound = snapshot.find("404.html");
                if (notFound.isPresent()) {
                    send(exchange, 404, "text/html; charset=utf-8", LiveReload.inject(notFound.get().content(), snapshot.generation()), null);
                } else {
                    plain(exchange, 404, "404 not found");
                }
                return;
            }
            SiteSnapshot.Found file = found.get();
            String type = ContentTypes.of(file.path());
            // The script makes each HTML page its own build's: its tag says which build it shows.
            boolean html = type.startsWith("text/html");
            String etag = html ? file.etag().replaceFirst("\"$", "-" + snapshot.generation() + "\"") : file.etag();
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            if (html) {
                synchronized (recent) {
                    recent.put(file.path(), Boolean.TRUE);
                }
            }
            send(exchange, 200, type, html ? LiveReload.inject(file.content(), snapshot.generation()) : file.content(), etag);
        } catch (CarnetException e) {
            // A page whose template fails, met on the first visit: shown where the author looks.
            String shown = problemFound.apply(e);
            send(exchange, 500, "text/html; charset=utf-8", LiveReload.inject(("<!doctype html><title>carnet</title><body><pre>"
                    + escape(shown) + "</pre></body>").getBytes(StandardCharsets.UTF_8), current.get().generation()), null);
        } catch (IOException | RuntimeException e) {
            exchange.close(); // a reader who went away; nothing to tell the author
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void plain(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), null);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String etag) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        if (etag != null) {
            headers.set("ETag", etag);
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            headers.set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
