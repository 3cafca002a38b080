package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.service.DemoBlog;
import dev.carnet.store.Blog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The built-in themes' pages pass the Nu HTML checker (the W3C validator), run in-process without network. */
class HtmlValidityTest {
    /** 1 June 2025 in Paris: every demo note is in the past. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    static Path dir;

    private static Map<String, OutputFile> site;
    private static SimpleDocumentValidator checker;
    private static final Problems problems = new Problems();

    @BeforeAll
    static void buildTheDemoAndLoadTheChecker() throws Exception {
        Blog blog = new DemoBlog().open(dir.resolve("demo")).blog();
        MemorySink sink = new MemorySink();
        new SiteBuilder(blog, CLOCK).build(BuildOptions.PUBLISHED, sink);
        site = sink.files();

        long start = System.nanoTime();
        // No log4j set-up, no URL logging, no language detection; schemas come from the jar.
        checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema(HTML5_SCHEMA, problems);
        checker.setUpValidatorAndParsers(problems, false, false);
        problems.clear();
        System.out.printf("Nu checker ready in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void everyPageTypeIsValidHtml() throws Exception {
        List<String> pages = pageTypes(site);
        List<String> errors = validate(pages);

        assertThat(errors).as("Nu checker errors on %d pages:%n%s", pages.size(), String.join("\n", errors)).isEmpty();
    }

    @Test
    void everyPageTypeOfTheSidebarThemeIsValidHtml(@TempDir Path other) throws Exception {
        Blog blog = new DemoBlog().open(other.resolve("demo")).blog();
        java.nio.file.Files.writeString(blog.root().resolve("carnet.yml"), "theme: sidebar\n", java.nio.file.StandardOpenOption.APPEND);
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(blog.root()), CLOCK).build(BuildOptions.PUBLISHED, sink);
        List<String> pages = pageTypes(sink.files());
        assertThat(sink.files().get("index.html").text()).contains("class=\"sidebar\"");
        Map<String, String> texts = new java.util.HashMap<>();
        pages.forEach(p -> texts.put(p, sink.files().get(p).text()));

        List<String> errors = validate(pages, texts);

        assertThat(errors).as("Nu checker errors on %d pages:%n%s", pages.size(), String.join("\n", errors)).isEmpty();
    }

    /** One page of each kind the demo site has. */
    private static List<String> pageTypes(Map<String, OutputFile> site) {
        String tagPage = site.keySet().stream()
                .filter(p -> p.startsWith("tags/") && p.endsWith("/index.html") && !p.equals("tags/index.html"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo site has no tag page"));
        List<String> pages = List.of(
                "2024/07/notes-de-juin-2024/index.html", // note
                "index.html",                            // home, page 1
                "page/2/index.html",                     // home, page 2
                tagPage,                                 // one tag
                "tags/index.html",                       // all tags
                "archives/index.html",
                "about/index.html",                      // a page of pages/
                "follow/index.html",
                "2024/07/01/bilan-de-saison/index.html", // an alias of a note
                "category/bilan/index.html",             // an entry of redirects.yml
                "404.html");
        assertThat(site).as("pages of the demo site").containsKeys(pages.toArray(String[]::new));
        return pages;
    }

    @Test
    void everyGeneratedHtmlFileIsValidHtml() throws Exception {
        // feed/index.html is a copy of feed.xml at an old feed address (see RedirectPages): XML, not HTML.
        List<String> pages = site.keySet().stream().filter(p -> p.endsWith(".html") && !site.get(p).text().startsWith("<?xml")).toList();
        assertThat(pages).hasSizeGreaterThan(20);

        List<String> errors = validate(pages);

        assertThat(errors).as("Nu checker errors on %d HTML files:%n%s", pages.size(), String.join("\n", errors)).isEmpty();
    }

    @Test
    void photosWithTheirCopiesCaptionsAndLazyLoadingAreValidHtml(@TempDir Path photos) throws Exception {
        dev.carnet.Fixtures.copy("site-blog", photos);
        java.nio.file.Files.write(photos.resolve("static/images/grand.jpg"),
                dev.carnet.site.photo.PhotoFixtures.cameraJpeg(dev.carnet.site.photo.PhotoFixtures.picture(1200, 900, 1), 6));
        Path note = photos.resolve("notes/2024/06-notes-de-juin-2024.md");
        java.nio.file.Files.writeString(note, java.nio.file.Files.readString(note)
                + "\n![Le grand atelier](images/grand.jpg \"L’atelier de mai\")\n\nEt ![encore](images/grand.jpg \"au passage\") ici.\n");
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(photos), CLOCK).build(BuildOptions.PUBLISHED, sink);
        String june = sink.files().get("2024/07/notes-de-juin-2024/index.html").text();
        assertThat(june).contains("<figure><img src=", " srcset=\"", " loading=\"lazy\"", "<figcaption>L’atelier de mai</figcaption>");

        List<String> errors = validate(List.of("june.html"), Map.of("june.html", june));

        assertThat(errors).as("Nu checker errors:%n%s", String.join("\n", errors)).isEmpty();
    }

    /** Guards the two tests above: a checker that reports nothing would let them pass. */
    @Test
    void theCheckerReportsBrokenHtmlWithPageAndLine() throws Exception {
        String broken = "<!DOCTYPE html>\n<html lang=\"fr\">\n<title>x</title>\n<p><div>bloc</div>\n<img src=\"a.png\">\n";

        List<String> errors = validate(List.of("broken.html"), Map.of("broken.html", broken));

        assertThat(errors).anyMatch(e -> e.startsWith("broken.html:5:") && e.contains("alt"));
    }

    private static List<String> validate(List<String> pages) throws Exception {
        Map<String, String> texts = new java.util.HashMap<>();
        pages.forEach(p -> texts.put(p, site.get(p).text()));
        return validate(pages, texts);
    }

    private static List<String> validate(List<String> pages, Map<String, String> texts) throws Exception {
        problems.clear();
        for (String page : pages) {
            problems.page = page;
            InputSource input = new InputSource(new ByteArrayInputStream(texts.get(page).getBytes(StandardCharsets.UTF_8)));
            input.setSystemId(page);
            checker.checkHtmlInputSource(input);
        }
        problems.warnings.forEach(w -> System.out.println("Nu checker warning: " + w));
        return List.copyOf(problems.errors);
    }

    /** Collects what the checker reports, with the page it was checking. */
    private static final class Problems implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String page = "(schema)";

        void clear() {
            errors.clear();
            warnings.clear();
            page = "(schema)";
        }

        private String describe(SAXParseException e) {
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add("fatal: " + describe(e));
        }
    }
}
