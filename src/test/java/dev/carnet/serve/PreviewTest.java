package dev.carnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.error.Phrase;
import dev.carnet.site.BuildOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview over real HTTP on loopback, on the sample blog (base path {@code /blog/}). */
class PreviewTest {
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-01-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path blog;
    Preview preview;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void serving() throws Exception {
        Fixtures.blog(blog);
        preview = Preview.start(blog, LATER, BuildOptions.PUBLISHED, 0, phrase -> phrase.in(Phrase.ENGLISH), log::add);
        Waiting.until("the first build", () -> get("/blog/").statusCode() == 200);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The request line as written, past any client's normalising: how an attacker sends it. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bindsToLoopbackAndServesTheSiteUnderItsBasePath() throws Exception {
        assertThat(preview.address().toString()).isEqualTo("http://127.0.0.1:" + preview.port() + "/blog/");
        HttpResponse<String> home = get("/blog/");
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("Carnet de test", LiveReload.EVENTS);
        assertThat(get("/blog/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(get("/blog/feed.xml").body()).doesNotContain(LiveReload.EVENTS);
        // Made only when asked for: still there, listing the site's pages.
        HttpResponse<String> sitemap = get("/blog/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("<urlset", "/blog/tags/</loc>");
    }

    @Test
    void servesANotesShareCardAsAPngDrawnWhenAskedFor() throws Exception {
        String note = get("/blog/2024/07/notes-de-juin-2024/").body();
        assertThat(note).contains("<meta property=\"og:image\" content=\"https://someone.github.io/blog/2024/07/notes-de-juin-2024/share.png\">");
        HttpResponse<byte[]> card = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + preview.port() + "/blog/2024/07/notes-de-juin-2024/share.png")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(card.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedAndTheBaseToo() throws Exception {
        HttpResponse<String> folder = get("/blog/tags");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/blog/tags/");
        assertThat(get("/blog").headers().firstValue("Location")).hasValue("/blog/");
    }

    @Test
    void aMissingPageIsTheSites404WithStatus404() throws Exception {
        HttpResponse<String> missing = get("/blog/nothing-here/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html", LiveReload.EVENTS);
    }

    @Test
    void headGivesTheLengthWithoutTheBodyAndEtagsGive304() throws Exception {
        HttpResponse<String> full = get("/blog/feed.xml");
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + "/blog/feed.xml"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue(
                Integer.toString(full.body().getBytes(StandardCharsets.UTF_8).length));
        String etag = full.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + "/blog/feed.xml"))
                .header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + "/blog/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void noRequestReachesAFileOutsideTheSite() throws Exception {
        for (String attempt : List.of("/blog/../carnet.yml", "/blog/%2e%2e/carnet.yml", "/blog/%2e%2e%2fcarnet.yml",
                "/blog/..%5ccarnet.yml", "/blog/%2E%2E/%2E%2E/etc/passwd", "/../../etc/passwd", "/blog/x%00.html",
                "/blog//etc/passwd", "/blog/%c0%ae%c0%ae/carnet.yml", "/etc/passwd", "/blog/..\\carnet.yml")) {
            String response = raw(attempt);
            assertThat(response).as(attempt).doesNotStartWith("HTTP/1.1 200").doesNotContain("Carnet de test\"", "root:");
        }
    }

    @Test
    void aSaveReloadsTheOpenPageWithTheNewText() throws Exception {
        BlockingQueue<String> events = listen();
        assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("event: hello");

        Path june = blog.resolve(JUNE);
        Fixtures.write(june, Fixtures.read(june).replace("---\n\n", "---\n\nUne phrase ajoutée en direct.\n\n"));

        // A plain write is seen twice (emptied, then filled): each build sends its reload, the last one shows the save.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String page;
        do {
            String event = events.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(event).as("a reload in time").isNotNull().startsWith("event: reload");
            page = get("/blog/2024/07/notes-de-juin-2024/").body();
        } while (!page.contains("Une phrase ajoutée en direct.") && System.nanoTime() < until);
        assertThat(page).contains("Une phrase ajoutée en direct.");
    }

    @Test
    void aBrokenNoteKeepsTheLastGoodSiteAndShowsItsProblem() throws Exception {
        BlockingQueue<String> events = listen();
        events.poll(10, TimeUnit.SECONDS);
        String before = get("/blog/2024/07/notes-de-juin-2024/").body();

        Path june = blog.resolve(JUNE);
        // Saved in one move: a plain write is seen emptied first, a good site without the note, and the last good site would be that one.
        Path whole = june.resolveSibling(".06-notes-de-juin-2024.md.1.tmp");
        Fixtures.write(whole, Fixtures.read(june).replaceFirst("date: [^\\n]*", "date: [not, a date"));
        Files.move(whole, june, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        String event = firstProblem(events);
        assertThat(event).contains(JUNE);
        assertThat(get("/blog/2024/07/notes-de-juin-2024/").body()).isEqualTo(before);
        assertThat(log).anyMatch(line -> line.startsWith("carnet: " + JUNE) && line.endsWith("(still serving the last good site)"));
    }

    @Test
    void aTemplateMistakeOnThePageOpenKeepsItsLastGoodVersionAndShowsTheProblem() throws Exception {
        BlockingQueue<String> events = listen();
        events.poll(10, TimeUnit.SECONDS);
        String page = "/blog/2024/07/notes-de-juin-2024/";
        String before = get(page).body();
        assertThat(before).contains("Notes de juin 2024");

        Path template = blog.resolve("templates/note.peb");
        Files.createDirectories(template.getParent());
        Path whole = template.resolveSibling(".note.peb.tmp");
        Fixtures.write(whole, "{% extends \"base\" %}\n{% block content %}\n<h1>{{ note.title }</h1>\n{% endblock %}\n");
        Files.move(whole, template, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        String event = firstProblem(events);
        assertThat(event).contains("templates/note.peb:3");
        HttpResponse<String> kept = get(page);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).isEqualTo(before);
        assertThat(log).anyMatch(line -> line.contains("templates/note.peb:3"));
    }

    @Test
    void aNoteSavedWithConflictMarkersStopsThePreviewNamingTheLine() throws Exception {
        BlockingQueue<String> events = listen();
        events.poll(10, TimeUnit.SECONDS);
        Path june = blog.resolve(JUNE);
        String text = Fixtures.read(june);
        // The preview keeps each note's first marker line with the note: a note saved with markers must not keep the old answer.
        String marked = text.replace("---\n\n", "---\n\n<<<<<<< HEAD\nIci.\n=======\nAilleurs.\n>>>>>>> origin/main\n\n");
        Fixtures.write(june, marked);
        long line = marked.substring(0, marked.indexOf("<<<<<<<")).chars().filter(c -> c == '\n').count() + 1;

        String event = firstProblem(events);
        assertThat(event).contains(JUNE + ":" + line + ": ");
    }

    @Test
    void notesAddedRenamedInAndDeletedWhileServingReachTheSite() throws Exception {
        // The preview keeps its walk of notes/ between saves: a note it did not see, or one gone, must still show.
        String page = "/blog/2024/07/notes-de-juin-2024/";
        Path added = blog.resolve("notes/2024/06-un-ajout.md");
        Fixtures.write(added, "---\ntitle: \"Un ajout\"\ndate: 2024-06-20T10:00:00+02:00\n---\n\nAjouté en direct.\n");
        Waiting.until("the added note", () -> get("/blog/2024/06/un-ajout/").statusCode() == 200);
        Path june = blog.resolve(JUNE);
        Path renamed = june.resolveSibling(".06-notes-de-juin-2024.md.1.tmp");
        Fixtures.write(renamed, Fixtures.read(june).replace("---\n\n", "---\n\nRemplacée d'un coup.\n\n"));
        Files.move(renamed, june, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Waiting.until("the note replaced", () -> get(page).body().contains("Remplacée d&rsquo;un coup."));
        Files.delete(added);
        Waiting.until("the note deleted", () -> get("/blog/2024/06/un-ajout/").statusCode() == 404);
        assertThat(get(page).statusCode()).isEqualTo(200);
    }

    /** The first problem the stream tells of, past any reload before it. */
    private static String firstProblem(BlockingQueue<String> events) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String event;
        do {
            event = events.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(event).as("an event in time").isNotNull();
        } while (!event.startsWith("event: problem"));
        return event;
    }

    /** Each event of the reload stream, as one string. */
    private BlockingQueue<String> listen() throws IOException {
        return ReloadStream.listen(preview.port());
    }

    @Test
    void theBuiltSiteNeverHoldsTheScript() throws Exception {
        dev.carnet.site.MemorySink sink = new dev.carnet.site.MemorySink();
        new dev.carnet.site.SiteBuilder(dev.carnet.store.Blog.open(blog), LATER).build(BuildOptions.PUBLISHED, sink);
        assertThat(sink.files().values()).allSatisfy(f -> assertThat(f.text()).doesNotContain(LiveReload.EVENTS, "EventSource"));
    }

    @Test
    void manyClientsAtOnceAreAllAnswered() throws Exception {
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + "/blog/"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var response : all) {
            assertThat(response.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }
}
