package dev.carnet.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.error.Phrase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningPreviewTest {
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-01-01T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    @Test
    void overSshItGivesTheTunnelLineForThisPortAndHost() throws Exception {
        Fixtures.blog(dir);
        try (RunningPreview preview = BlogServices.find(dir).preview(LATER, false, false, 0, phrase -> phrase.in(Phrase.ENGLISH), line -> { })) {
            int port = preview.address().getPort();
            assertThat(preview.address().toString()).isEqualTo("http://127.0.0.1:" + port + "/blog/");
            assertThat(preview.tunnel(Map.of("SSH_CONNECTION", "198.51.100.7 52144 203.0.113.5 22", "USER", "julien")))
                    .hasValue("ssh -N -L " + port + ":127.0.0.1:" + port + " julien@203.0.113.5");
            assertThat(preview.tunnel(Map.of("SSH_CONNECTION", "2001:db8::7 52144 2001:db8::5 2222")))
                    .hasValue("ssh -N -L " + port + ":127.0.0.1:" + port + " 2001:db8::5 -p 2222");
            assertThat(preview.tunnel(Map.of())).isEmpty();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/blog/about/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isIn(200, 503); // 503 while the first build runs, then the page
        }
    }
}
