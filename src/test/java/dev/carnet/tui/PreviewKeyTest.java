package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.config.TransportSettings;
import dev.carnet.service.ExternalEditor;
import dev.carnet.service.NoteService;
import dev.carnet.service.RemoteWork;
import dev.carnet.store.Blog;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code o} on the main screen: the live preview starts once, says where it is, and stops with the screen. */
class PreviewKeyTest extends VirtualScreenTest {
    @TempDir
    Path dir;

    @Test
    void oStartsThePreviewOnceShowsItsAddressAndTheTunnelAndItStopsWithTheScreen() throws Exception {
        Fixtures.blog(dir);
        var notes = new NoteService(Blog.open(dir), MainWindowTest.CLOCK);
        ServiceActions actions = new ServiceActions(notes, new ExternalEditor(Map.of()), screen, new TextUi.TtyState(""),
                new RemoteWork(TransportSettings.of(dir)), MainWindowTest.CLOCK, text,
                Map.of("SSH_CONNECTION", "198.51.100.7 52144 203.0.113.5 22", "USER", "julien"));
        MainWindow window = new MainWindow(actions, "Carnet de test", Locale.FRENCH, text);
        gui.addWindow(window);
        waitFor("git: ");

        type(ch('o'));
        waitFor("The site is at http://127.0.0.1:");
        Matcher address = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/blog/").matcher(text());
        assertThat(address.find()).isTrue();
        String port = address.group(1);
        assertThat(text()).contains("ssh -N -L " + port + ":127.0.0.1:" + port + " julien@203.0.113.5");
        URI page = URI.create("http://127.0.0.1:" + port + "/blog/about/");
        HttpClient http = HttpClient.newHttpClient();
        long until = System.currentTimeMillis() + 30_000;
        HttpResponse<String> about = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        while (about.statusCode() == 503 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            about = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(about.statusCode()).isEqualTo(200);

        assertThat(actions.preview()).contains(":" + port + "/blog/"); // the same preview, not a second one
        window.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }
}
