package dev.carnet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Chromium;
import dev.carnet.Fixtures;
import dev.carnet.error.Phrase;
import dev.carnet.site.BuildOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The preview's live reload in a real browser (the system's headless Chromium): the page open
 * while the author saves reloads itself with the new text, and a broken note shows its problem
 * over the page still open, then goes away once mended. Skipped where Chromium is not installed.
 */
class PreviewInBrowserTest {
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-01-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";
    private static final String PAGE = "/blog/2024/07/notes-de-juin-2024/";

    @TempDir
    Path dir;
    Path blog;
    Preview preview;
    ChromeDriver browser;

    @BeforeEach
    void servingAndBrowsing() throws Exception {
        Chromium.assumeInstalled("PreviewInBrowserTest");
        blog = dir.resolve("blog");
        Fixtures.blog(blog);
        preview = Preview.start(blog, LATER, BuildOptions.PUBLISHED, 0, phrase -> phrase.in(Phrase.ENGLISH), line -> { });
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://127.0.0.1:" + preview.port() + PAGE);
        Waiting.until("the first build", () -> http.send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        browser = Chromium.start(dir.resolve("profile"));
        browser.get(page.toString());
        // Gone once the page is loaded again: a reload, not the same document changed.
        script("window.carnetOpenedBefore = true");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void theOpenPageReloadsWithTheSavedText() throws Exception {
        save(note -> note.replace("---\n\n", "---\n\nUne phrase vue aussitôt.\n\n"));

        Waiting.until("the page reloaded with the new text", () -> reloaded() && text().contains("Une phrase vue aussitôt."));
    }

    @Test
    void aBrokenNoteShowsItsProblemOverTheOpenPageUntilMended() throws Exception {
        String good = Fixtures.read(blog.resolve(JUNE));
        save(note -> note.replaceFirst("date: [^\\n]*", "date: [not, a date"));

        Waiting.until("the problem shown over the page", () -> problem().contains(JUNE));
        assertThat(reloaded()).as("the page kept, the problem over it").isFalse();
        assertThat(text()).contains("Notes de juin 2024");

        save(note -> good.replace("---\n\n", "---\n\nRéparée.\n\n"));
        Waiting.until("the mended page, without the problem", () -> reloaded() && text().contains("Réparée.") && problem().isEmpty());
    }

    /** Saved in one move, as editors save: a plain write is seen emptied first. */
    private void save(Function<String, String> change) throws Exception {
        Path june = blog.resolve(JUNE);
        Path whole = june.resolveSibling(".06-notes-de-juin-2024.md.tmp");
        Fixtures.write(whole, change.apply(Fixtures.read(june)));
        Files.move(whole, june, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean reloaded() {
        return !Boolean.TRUE.equals(script("return window.carnetOpenedBefore === true"));
    }

    private String text() {
        return String.valueOf(script("return document.body ? document.body.innerText : ''"));
    }

    private String problem() {
        return String.valueOf(script("const p = document.getElementById('carnet-problem'); return p ? p.textContent : ''"));
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }
}
