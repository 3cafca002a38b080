package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import dev.carnet.store.Blog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Readers' comments from comments/YYYY/MM-slug.yml, on their note's page. */
class CommentsTest {
    private static final String FILE = "comments/2024/06-notes-de-juin-2024.yml";
    private static final String PAGE = "2024/07/notes-de-juin-2024/index.html";

    @TempDir
    Path dir;

    @BeforeEach
    void blogWithComments() throws Exception {
        Fixtures.copy("site-blog", dir);
        Files.createDirectories(dir.resolve("comments/2024"));
        Files.copy(Fixtures.resource("comments/06-notes-de-juin-2024.yml"), dir.resolve(FILE));
    }

    private Map<String, OutputFile> build() {
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        return sink.files();
    }

    private Document page() {
        return Jsoup.parse(build().get(PAGE).text());
    }

    private void edit(String file, String from, String to) throws Exception {
        Path path = dir.resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
    }

    private void english() throws Exception {
        edit("carnet.yml", "language: fr", "language: en");
    }

    private void assertTheBuildStopsWith(String message) {
        assertThatThrownBy(this::build).isInstanceOf(CarnetException.class).hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void commentsFollowTheNoteThreadedByDateWithAFrenchCount() {
        Document page = page();

        Element section = page.selectFirst("article.note ~ section.comments");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("3 commentaires");
        assertThat(section.select("> article.comment").eachAttr("id")).containsExactly("comment-14", "comment-12");
        assertThat(page.select("#comment-12 > .comment-replies > article.comment").eachAttr("id")).containsExactly("comment-13");
        assertThat(page.select("#comment-12 > .comment-meta time").text()).isEqualTo("2 juillet 2024");
        assertThat(page.select("#comment-12 > .comment-meta time").attr("datetime")).isEqualTo("2024-07-02T10:15:00+02:00");
        assertThat(page.select("#comment-12 > .comment-text strong").text()).isEqualTo("notes");
    }

    @Test
    void commentsAreThreadedInEnglishWithAnEnglishCount() throws Exception {
        english();

        Document page = page();

        assertThat(page.select("section.comments h2").text()).isEqualTo("3 comments");
        assertThat(page.select("#comment-12 .comment-replies #comment-13 .comment-text").text()).isEqualTo("Avec plaisir, voir la suite.");
        assertThat(page.select("#comment-13 .comment-text a").attr("href")).as("under the base path").isEqualTo("/blog/2024/07/01/suite/");
        assertThat(page.select("#comment-13 time").text()).isEqualTo("July 2, 2024");
    }

    @Test
    void oneCommentIsCountedInTheSingular() throws Exception {
        english();
        Fixtures.write(dir.resolve(FILE), """
                comments:
                  - id: a
                    author: Ann
                    date: 2024-07-02
                    text: Hello.
                """);

        assertThat(page().select("section.comments h2").text()).isEqualTo("1 comment");
    }

    @Test
    void aCommentsTextAndAuthorAreEscapedAndItsLinksAreNofollow() {
        Map<String, OutputFile> site = build();
        String html = site.get(PAGE).text();
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script");
        assertThat(page.select("#comment-14 .comment-text").text()).contains("<script>alert(", ")</script>");
        assertThat(page.select("#comment-14 .comment-author").text()).isEqualTo("Paul <script>alert(1)</script>");
        assertThat(page.select("#comment-14 .comment-author a")).as("a javascript: site is left out").isEmpty();
        assertThat(page.select("#comment-12 .comment-author a").attr("href")).isEqualTo("https://marie.example");
        assertThat(page.select("#comment-12 .comment-author a").attr("rel")).isEqualTo("nofollow ugc");
        assertThat(page.select("#comment-12 .comment-text a").attr("rel")).isEqualTo("nofollow ugc");
        assertThat(page.select("#comment-12 .comment-text a").attr("href")).isEqualTo("https://marie.example/atelier");
    }

    @Test
    void editingACommentRebuildsItsNotesPage() throws Exception {
        assertThat(page().text()).contains("Avec plaisir,");
        edit(FILE, "Avec plaisir,", "Avec grand plaisir,");

        Map<String, OutputFile> site = build();

        assertThat(site.get(PAGE).text()).contains("Avec grand plaisir,");
        assertThat(site.get(PAGE).inputs()).containsExactly("notes/2024/06-notes-de-juin-2024.md", FILE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"email", "ip", "author_email"})
    void anEmailOrIpKeyIsRefusedNamingFileAndLine(String key) throws Exception {
        edit(FILE, "    author: \"Julien\"\n", "    author: \"Julien\"\n    " + key + ": j@example.org\n");

        assertTheBuildStopsWith(FILE + ":17: unknown key '" + key + "' in a comment");
    }

    @Test
    void aReplyToAMissingCommentIsAnErrorNamingTheFile() throws Exception {
        edit(FILE, "parent: 12", "parent: 99");

        assertTheBuildStopsWith(FILE + ":15: comment 13 replies to 99, which is not in the file");
    }

    @Test
    void twoCommentsWithOneIdAreAnError() throws Exception {
        edit(FILE, "id: 14", "id: 12");

        assertTheBuildStopsWith(FILE + ":9: comments[1].id 12 is already the id of the comment on line 3");
    }

    @Test
    void anEmptyTextIsShownAsAnEmptyCommentButAMissingOneIsAnError() throws Exception {
        edit(FILE, "text: \"Avec plaisir", "text: \"\"\n    x: \"Avec plaisir");
        edit(FILE, "    x: ", "    # ");

        assertThat(page().select("#comment-13 .comment-text").text()).isEmpty();

        edit(FILE, "    text: \"\"\n", "");
        assertTheBuildStopsWith(FILE + ":14: comments[2].text is missing");
    }

    @Test
    void aCommentsFileWithoutItsNoteIsAnErrorNamingIt() {
        Fixtures.write(dir.resolve("comments/2023/01-disparue.yml"), "comments: []\n");

        assertTheBuildStopsWith("comments/2023/01-disparue.yml: no note notes/2023/01-disparue.md for these comments"
                        + " (rename the file after its note, or remove it)");
    }
}
