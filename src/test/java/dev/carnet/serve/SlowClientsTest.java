package dev.carnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carnet serve} in a process of its own, as the author runs it (the JDK's server reads its
 * limits once per process, so not in the tests' own JVM): clients that open a connection and
 * never finish their request, more of them than the preview has threads, stall no page for long.
 */
class SlowClientsTest {
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;
    Process serve;
    final List<Socket> slow = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
        if (serve != null) {
            serve.destroyForcibly();
        }
    }

    @Test
    void requestsThatNeverArriveWholeAreDroppedAndPagesServedAgain() throws Exception {
        Path blog = dir.resolve("blog");
        Fixtures.blog(blog);
        serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.carnet.cli.Main", "-C", blog.toString(), "serve", "--port", "0")
                .redirectError(dir.resolve("serve.err").toFile()).start();
        int port = port(serve);
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://127.0.0.1:" + port + "/blog/");
        long built = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            assertThat(System.nanoTime()).as("the first build in time").isLessThan(built);
            Thread.sleep(50);
        }

        for (int i = 0; i < 12; i++) { // the pool has 8 threads
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.getOutputStream().write("GET /blog/ HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
            slow.add(socket);
        }
        Thread.sleep(500);
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(seconds).as("waited for the unfinished requests to be dropped (5 s)").isLessThan(15);
        for (Socket socket : slow) {
            assertThat(closedByTheServer(socket)).as("an unfinished request's connection, closed").isTrue();
        }
    }

    /** Closed, or reset (closed with the request's bytes unread), rather than still waiting for the rest. */
    private static boolean closedByTheServer(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException e) {
            return e.getMessage() != null && e.getMessage().contains("reset");
        }
    }

    /** The port the preview says it serves on, from its first lines. */
    private static int port(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher address = ADDRESS.matcher(line);
            if (address.find()) {
                return Integer.parseInt(address.group(1));
            }
        }
        throw new AssertionError("carnet serve stopped without saying where it serves");
    }
}
