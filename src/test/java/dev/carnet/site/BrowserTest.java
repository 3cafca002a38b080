package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.carnet.Chromium;
import dev.carnet.service.DemoBlog;
import dev.carnet.service.SiteService;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The demo site in a real browser (the system's headless Chromium), served over HTTP under a
 * sub-path ({@code /blog/}) as on GitHub Pages: layout at phone and desktop widths, console,
 * assets and keyboard access. Skipped, with the reason printed, where Chromium is not installed.
 */
class BrowserTest {
    /** 1 June 2025 in Paris: every demo note is in the past. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String NOTE = "2024/07/notes-de-juin-2024/";
    private static final String INDEX = "";
    /** The same demo in the sidebar theme, under /blog/sidebar/. */
    private static final String SIDEBAR = "sidebar/";

    @TempDir
    static Path dir;

    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void serveTheDemoAndStartChromium() throws Exception {
        Chromium.assumeInstalled("BrowserTest");

        Path site = dir.resolve("site");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> serve(exchange, site));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/blog/";

        Path demo = dir.resolve("demo");
        new DemoBlog().open(demo);
        Path config = demo.resolve("carnet.yml");
        String yml = Files.readString(config);
        assertThat(yml).contains("baseUrl: https://julien.example.org/\n");
        Files.writeString(config, yml.replace("baseUrl: https://julien.example.org/\n", "baseUrl: " + base + "\n"));
        // A table far wider than a phone: its box must scroll, not the page, and it must stay a table.
        Path june = demo.resolve("notes/2024/06-notes-de-juin-2024.md");
        Files.writeString(june, Files.readString(june) + "\n| Semaine | Lundi matin | Mardi après-midi | Mercredi (fablab) | Jeudi soir"
                + " | Vendredi médiathèque | Samedi permanence |\n|---|---|---|---|---|---|---|\n| Séances | 12 | 9 | 14 | 7 | 11 | 6 |\n");
        new SiteService(Blog.open(demo), CLOCK).build(BuildOptions.PUBLISHED, site);
        assertThat(site.resolve(NOTE + "index.html")).exists();
        Files.writeString(config, Files.readString(config).replace("baseUrl: " + base + "\n", "baseUrl: " + base + SIDEBAR + "\n")
                + "theme: sidebar\n");
        new SiteService(Blog.open(demo), CLOCK).build(BuildOptions.PUBLISHED, site.resolve(SIDEBAR));
        assertThat(site.resolve(SIDEBAR + NOTE + "index.html")).exists();

        long start = System.nanoTime();
        driver = Chromium.start(dir.resolve("profile"));
        System.out.printf("Chromium %s started in %d ms%n", driver.getCapabilities().getBrowserVersion(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }

    static Stream<Arguments> pagesAndWidths() {
        return Stream.of(Arguments.of(NOTE, 360), Arguments.of(NOTE, 1280), Arguments.of(INDEX, 360), Arguments.of(INDEX, 1280),
                Arguments.of(SIDEBAR + NOTE, 360), Arguments.of(SIDEBAR + NOTE, 1280), Arguments.of(SIDEBAR + INDEX, 1280));
    }

    @Test
    void theSidebarThemeSetsTheAuthorBoxBesideTheNoteOnAWideScreenAndAboveItOnAPhone() {
        String box = "document.querySelector('.sidebar .author-box').getBoundingClientRect()";
        String main = "document.querySelector('main').getBoundingClientRect()";
        open(SIDEBAR + NOTE, 1280);
        assertThat(number("return Math.round(" + box + ".left)")).as("box's left beside main's right")
                .isGreaterThanOrEqualTo(number("return Math.round(" + main + ".right)"));
        assertThat(number("return Math.round(" + box + ".top)")).as("box's top beside the note")
                .isLessThan(number("return Math.round(" + main + ".top) + 200"));
        open(SIDEBAR + NOTE, 360);
        assertThat(number("return Math.round(" + box + ".bottom)")).as("box above the note on a phone")
                .isLessThanOrEqualTo(number("return Math.round(" + main + ".top)"));
        assertThat(number("return Math.round(" + box + ".right)")).isLessThanOrEqualTo(360);
    }

    @Test
    void aTableWiderThanAPhoneScrollsInItsBoxAndStaysATable() {
        open(NOTE, 360);
        assertThat(script("return getComputedStyle(document.querySelector('.content table')).display")).isEqualTo("table");
        String widest = "Array.from(document.querySelectorAll('.content .table-scroll')).reduce((a, b) => a.scrollWidth > b.scrollWidth ? a : b)";
        assertThat(number("return " + widest + ".scrollWidth")).isGreaterThan(number("return " + widest + ".clientWidth"));
        assertThat(script("return " + widest + ".getAttribute('tabindex')")).isEqualTo("0");
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(number("return window.innerWidth"));
    }

    @ParameterizedTest(name = "/blog/{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void pageNeverScrollsSideways(String page, int width) {
        open(page, width);

        long scrollWidth = number("return document.documentElement.scrollWidth");
        long innerWidth = number("return window.innerWidth");
        assertThat(scrollWidth).as("document width of /blog/%s in a %d px window (widest elements: %s)", page, innerWidth,
                script("return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                        + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                        + " + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')').join(', ')"))
                .isLessThanOrEqualTo(innerWidth);
    }

    @ParameterizedTest(name = "/blog/{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void pageLogsNoConsoleErrors(String page, int width) {
        open(page, width);

        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("console errors on /blog/%s", page).isEmpty();
    }

    @ParameterizedTest(name = "/blog/{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void stylesheetsAndImagesLoad(String page, int width) {
        open(page, width);

        assertThat(number("return document.querySelectorAll('link[rel=stylesheet]').length")).isPositive();
        assertThat(number("return document.styleSheets.length"))
                .as("loaded stylesheets").isEqualTo(number("return document.querySelectorAll('link[rel=stylesheet]').length"));
        assertThat(number("return Math.min(...Array.from(document.styleSheets).map(s => s.cssRules.length))"))
                .as("rules of the smallest stylesheet").isPositive();
        assertThat(number("return document.images.length")).as("images on /blog/%s (the author's portrait)", page).isPositive();
        Object broken = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "const images = Array.from(document.images);"
                + "Promise.all(images.map(img => { img.loading = 'eager'; return img.complete ? null"
                + "  : new Promise(ok => { img.addEventListener('load', ok); img.addEventListener('error', ok); }); }))"
                + ".then(() => done(images.filter(img => !(img.complete && img.naturalWidth > 0)).map(img => img.src)));");
        assertThat((List<?>) broken).as("images that did not load on /blog/%s", page).isEmpty();
    }

    @ParameterizedTest(name = "/blog/{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void skipLinkIsTheFirstStopOfTheKeyboardAndFocusesMain(String page, int width) {
        open(page, width);
        assertThat(script("return document.activeElement === document.body")).isEqualTo(true);

        new Actions(driver).sendKeys(Keys.TAB).perform();

        assertThat(script("return document.activeElement.className")).as("focused after one Tab").isEqualTo("skip-link");
        assertThat((String) script("return document.activeElement.href")).endsWith("#main");
        assertThat(number("return Math.round(document.activeElement.getBoundingClientRect().top)"))
                .as("the focused skip link is on screen").isNotNegative();

        new Actions(driver).sendKeys(Keys.ENTER).perform();

        assertThat(script("return location.hash")).isEqualTo("#main");
        assertThat(script("return document.activeElement.id")).as("focused after following the skip link").isEqualTo("main");
    }

    /** Guards the console check: the 404 a host answers for a missing page is logged as an error. */
    @Test
    void consoleCheckSeesAMissingPageAndTheStyled404PageIsServed() {
        open("no-such-note/", 360);

        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).anyMatch(message -> message.contains("404"));
        assertThat(number("return document.styleSheets[0].cssRules.length")).isPositive();
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
    }

    /** Loads a page of the site in a window {@code width} px wide, with an empty console log. */
    private static void open(String page, int width) {
        driver.manage().window().setSize(new Dimension(width, 800));
        long inner = number("return window.innerWidth");
        if (inner != width) { // a window frame: make the viewport itself {@code width} px wide
            driver.manage().window().setSize(new Dimension(width + (width - (int) inner), 800));
        }
        driver.manage().logs().get(LogType.BROWSER); // drains what earlier pages logged
        driver.get(base + page);
        assertThat(number("return window.innerWidth")).as("viewport width").isEqualTo(width);
        assertThat(script("return document.readyState")).isEqualTo("complete");
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    private static long number(String js) {
        return ((Number) script(js)).longValue();
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif");

    /** A static host with the site under /blog/, as GitHub Pages serves a project site. */
    private static void serve(HttpExchange exchange, Path site) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = null;
            if (path.startsWith("/blog/")) {
                String relative = path.substring("/blog/".length());
                file = site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative).normalize();
                if (Files.isDirectory(file)) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
            }
            int status = 200;
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                status = 404;
                file = site.resolve("404.html");
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
