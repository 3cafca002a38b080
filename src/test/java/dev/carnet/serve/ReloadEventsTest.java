package dev.carnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reload stream on a real HTTP server of the JDK's, as the preview serves it. */
class ReloadEventsTest {
    /** The JDK's server logs there: what it logs reaches the author's terminal. */
    private static final Logger JDK_SERVER = Logger.getLogger("com.sun.net.httpserver");

    final ReloadEvents events = new ReloadEvents();
    final List<LogRecord> warned = new CopyOnWriteArrayList<>();
    final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warned.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    HttpServer server;

    @BeforeEach
    void serving() throws Exception {
        JDK_SERVER.addHandler(collect);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(LiveReload.EVENTS, exchange -> events.open(exchange, () -> 7, () -> null));
        server.start();
    }

    @AfterEach
    void stop() {
        events.close();
        server.stop(0);
        JDK_SERVER.removeHandler(collect);
    }

    @Test
    void headAnswersTheStreamsHeadersAndOpensNoStream() throws Exception {
        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + LiveReload.EVENTS))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(java.time.Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        assertThat(head.body()).isEmpty();
        assertThat(events.open()).isZero();
        assertThat(warned).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void aBuildThatEndsWhileAStreamOpensIsNotLostToIt() throws Exception {
        server.removeContext(LiveReload.EVENTS);
        // The build ends as the stream reads which build is served: its reload must still reach the stream.
        server.createContext(LiveReload.EVENTS, exchange -> events.open(exchange, () -> {
            events.send("reload", "8");
            return 7;
        }, () -> null));
        BlockingQueue<String> stream = ReloadStream.listen(server.getAddress().getPort());

        assertThat(stream.poll(10, TimeUnit.SECONDS)).isEqualTo("event: hello\ndata: 7\n");
        assertThat(stream.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload\ndata: 8\n");
    }

    @Test
    void getOpensAStreamThatSaysWhichBuildItStartsWith() throws Exception {
        BlockingQueue<String> stream = ReloadStream.listen(server.getAddress().getPort());

        assertThat(stream.poll(10, TimeUnit.SECONDS)).isEqualTo("event: hello\ndata: 7\n");
        assertThat(events.open()).isEqualTo(1);
        events.send("reload", "8");
        assertThat(stream.poll(10, TimeUnit.SECONDS)).isEqualTo("event: reload\ndata: 8\n");
    }
}
