package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carnet import wordpress} on a French export, into a new blog made by {@code carnet init}. */
class ImportWordPressTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;
    Path blog;
    Path export;
    Path uploads;

    @BeforeEach
    void newBlogAndAnExport() throws IOException {
        assertThat(new CliRun(dir).run("init", "blog", "--title", "Le carnet de Julien").exit()).isZero();
        blog = dir.resolve("blog");
        export = copy("export-fr.xml");
        uploads = dir.resolve("uploads");
        Fixtures.write(uploads.resolve("2024/06/atelier.jpg"), "JPEG bytes of the original");
        Fixtures.write(uploads.resolve("2024/06/atelier-300x225.jpg"), "JPEG bytes of a thumbnail");
    }

    private Path copy(String fixture) throws IOException {
        Path target = dir.resolve(fixture);
        try (InputStream in = getClass().getResourceAsStream("/dev/carnet/importer/" + fixture)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** carnet as the author runs it: no CARNET_LANG, so the French blog is answered in French. */
    private CliRun.Result carnet(String... args) {
        return new CliRun(blog).without("CARNET_LANG").run(args);
    }

    private CliRun.Result importAll(String... more) {
        List<String> args = new ArrayList<>(List.of("import", "wordpress", export.toString(), "--uploads", uploads.toString()));
        args.addAll(List.of(more));
        return carnet(args.toArray(String[]::new));
    }

    private List<RevCommit> history() throws Exception {
        try (Git git = Git.open(blog.toFile())) {
            List<RevCommit> commits = new ArrayList<>();
            git.log().call().forEach(commits::add);
            return commits;
        }
    }

    private List<String> blogFiles() throws IOException {
        try (Stream<Path> files = Files.walk(blog)) {
            return files.filter(Files::isRegularFile).map(f -> blog.relativize(f).toString())
                    .filter(f -> !f.startsWith(".git/")).sorted().toList();
        }
    }

    @Test
    void aMonthlyNoteKeepsItsTitleDateTagsSummaryAuthorImageAndOldAddresses() {
        var result = importAll();

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Fixtures.read(blog.resolve(JUNE))).startsWith("""
                ---
                title: "Notes de juin 2024"
                date: 2024-07-01T09:30:00+02:00
                tags: [Ateliers, "logiciel libre", "médiation numérique"]
                summary: "Un mois d’ateliers et de formation."
                author: "Julien Martin"
                image: "/images/2024/06/atelier.jpg"
                aliases: ["/2024/07/01/notes-de-juin-2024/", "/2024/07/01/notes-juin/"]
                ---

                """);
    }

    @Test
    void titlesLoseTheirEntitiesAndAccentedSlugsAreDecoded() {
        importAll();

        assertThat(Fixtures.read(blog.resolve("notes/2024/05-reparer-ensemble.md"))).startsWith("""
                ---
                title: "L’atelier – « réparer » ensemble : bilan"
                date: 2024-05-10T18:00:00+02:00
                tags: [Ateliers]
                author: "Julien Martin"
                aliases: ["/2024/05/10/réparer-ensemble/"]
                ---
                """);
    }

    @Test
    void draftsAndScheduledPostsBecomeDraftsUnderTheirMonth() {
        importAll();

        assertThat(Fixtures.read(blog.resolve("notes/2024/11-brouillon-sur-l-inclusion.md"))).startsWith("""
                ---
                title: "Brouillon sur l'inclusion"
                date: 2024-11-20T21:00:00+01:00
                tags: []
                author: "Julien Martin"
                draft: true
                ---
                """);
        assertThat(Fixtures.read(blog.resolve("notes/2024/12-notes-de-decembre-2024.md")))
                .contains("date: 2025-01-01T09:30:00+01:00\n", "draft: true\n");
    }

    @Test
    void pagesBecomePagesWithTheirOldPath() {
        importAll();

        assertThat(Fixtures.read(blog.resolve("pages/a-propos.md"))).startsWith("""
                ---
                title: "À propos"
                aliases: ["/qui-suis-je/a-propos/"]
                ---
                """);
    }

    @Test
    void approvedCommentsComeAcrossThreadedWithoutAddressesSpamOrPingbacks() {
        importAll();

        assertThat(Fixtures.read(blog.resolve("comments/2024/06-notes-de-juin-2024.yml"))).isEqualTo("""
                # Readers' comments on notes/2024/06-notes-de-juin-2024.md (imported from WordPress; read-only)
                comments:
                  - id: 12
                    author: "Marie Dupont"
                    url: "https://marie.exemple.org"
                    date: 2024-07-02T10:15:00+02:00
                    text: |
                      Merci pour ces notes !

                      Vivement l'atelier de septembre.
                  - id: 13
                    parent: 12
                    author: "Julien Martin"
                    date: 2024-07-02T20:00:00+02:00
                    text: "Avec plaisir, Marie."
                """);
    }

    @Test
    void noAddressOrIpOfAReaderIsWrittenAnywhere() throws IOException {
        importAll();

        for (String file : blogFiles()) {
            assertThat(Fixtures.read(blog.resolve(file))).as(file)
                    .doesNotContain("marie.dupont@exemple.org", "203.0.113.7", "198.51.100.2", "spam@spam.example", "Cheap pills");
        }
    }

    @Test
    void copiesTheOriginalOfEachImageUsedAndReportsTheMissingOnes() {
        var result = importAll();

        assertThat(blog.resolve("static/images/2024/06/atelier.jpg")).hasContent("JPEG bytes of the original");
        assertThat(blog.resolve("static/images/2024/06/atelier-300x225.jpg")).doesNotExist();
        assertThat(result.out()).contains("1 image copiée");
    }

    @Test
    void aClassicPostsListsCaptionQuoteCodeGalleryEmbedAndUnknownShortcodeComeAcrossExactly() throws IOException {
        export = copy("export-riche.xml");
        Fixtures.write(uploads.resolve("2019/03/benevoles.jpg"), "JPEG");
        Fixtures.write(uploads.resolve("2019/03/atelier.png"), "PNG");

        var result = importAll();

        assertThat(result.exit()).as(result.err()).isZero();
        String note = Fixtures.read(blog.resolve("notes/2019/03-formation-outils-libres.md"));
        assertThat(note.substring(note.indexOf("---\n\n") + 5)).isEqualTo("""
                Cette année, trois temps forts :

                - la formation des bénévoles
                  - sur les mots de passe
                  - sur les sauvegardes
                - l'atelier *réparation*

                ![Les bénévoles](/images/2019/03/benevoles.jpg)

                Les bénévoles, en mars

                > Le numérique doit rester un moyen, jamais une fin.
                >
                > — Une participante

                ```bash
                sudo apt install libreoffice && echo "ok"
                ```

                ![benevoles](/images/2019/03/benevoles.jpg)

                ![atelier](/images/2019/03/atelier.png)

                [Vidéo YouTube : abc123](https://www.youtube.com/watch?v=abc123)

                [contact-form-7 id="7" title="Contact"]
                """);
        assertThat(note).startsWith("---\ntitle: \"Formation aux outils libres & ateliers\"\ndate: 2019-03-15T10:00:00+01:00\n");
        assertThat(result.out()).contains("[contact-form-7] dans Formation aux outils libres & ateliers",
                "Avertissements\u00a0:\n  Formation aux outils libres & ateliers — <script> retiré\u00a0: il n’a pas d’équivalent en Markdown\n");
        assertThat(note).doesNotContain("alert", "compteur");
        assertThat(blog.resolve("static/images/2019/03/atelier.png")).hasContent("PNG");
    }

    @Test
    void writesRedirectsForOldArchivesAndTheFeed() {
        importAll();

        assertThat(Fixtures.read(blog.resolve("redirects.yml"))).isEqualTo("""
                # Old WordPress addresses and where they lead now; written by carnet import wordpress, edit freely
                "/category/ateliers/": "/tags/ateliers/"
                "/feed/": "/feed.xml"
                "/tag/logiciel-libre/": "/tags/logiciel-libre/"
                "/tag/mediation-numerique/": "/tags/mediation-numerique/"
                """);
    }

    @Test
    void anotherExportAddsItsOldAddressesToRedirectsYmlAndKeepsTheAuthorsLines() {
        Fixtures.write(blog.resolve("redirects.yml"), "# mes redirections\n/ancien/: /about/\n/feed/: /atom.xml\n");

        importAll();

        assertThat(Fixtures.read(blog.resolve("redirects.yml"))).isEqualTo("""
                # mes redirections
                /ancien/: /about/
                /feed/: /atom.xml
                "/category/ateliers/": "/tags/ateliers/"
                "/tag/logiciel-libre/": "/tags/logiciel-libre/"
                "/tag/mediation-numerique/": "/tags/mediation-numerique/"
                """);
    }

    @Test
    void anUnreadableRedirectsYmlIsLeftAsItIsAndSaysSo() {
        Fixtures.write(blog.resolve("redirects.yml"), "/ancien/: [oops\n");

        var result = importAll();

        assertThat(blog.resolve("redirects.yml")).hasContent("/ancien/: [oops\n");
        assertThat(result.out()).contains("redirects.yml n’est pas du YAML lisible");
    }

    @Test
    void reportsInTheBlogsLanguageAndCommitsOnce() throws Exception {
        var result = importAll();

        assertThat(result.out()).contains(
                "Depuis export-fr.xml : 4 articles (2 brouillons), 1 page, 3 étiquettes, 2 commentaires.",
                "2 commentaires laissés de côté",
                "Pas des notes : 1 attachment, 1 nav_menu_item, 1 revision.",
                "Enregistré dans git : ");
        List<RevCommit> log = history();
        assertThat(log).hasSize(2);
        assertThat(log.get(0).getFullMessage()).isEqualTo("Import from WordPress: 4 posts, 1 page, 2 comments");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.status().call().getUntracked()).isEmpty();
        }
    }

    @Test
    void rerunningChangesNothingAndMakesNoDuplicate() throws Exception {
        importAll();
        List<String> before = blogFiles();

        var again = importAll();

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(blogFiles()).isEqualTo(before);
        assertThat(again.out()).contains("0 nouveaux, 0 mis à jour", "Rien de nouveau à enregistrer");
        assertThat(history()).hasSize(2);
    }

    /**
     * An import killed after writing its files and before its commit (CrashConsistencyIT): the
     * rerun found them already as it would write them, so it wrote nothing, and git saw nothing to
     * commit for them: they stayed out of the history, untracked. The rerun commits them.
     */
    @Test
    void anImportKilledBeforeItsCommitIsCommittedWholeByTheRerun() throws Exception {
        importAll();
        try (Git git = Git.open(blog.toFile())) {
            git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.MIXED).setRef("HEAD~1").call();
            assertThat(git.status().call().getUntracked()).isNotEmpty();
        }

        var again = importAll();

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(history()).hasSize(2);
        try (Git git = Git.open(blog.toFile())) {
            var status = git.status().call();
            assertThat(status.getUntracked()).isEmpty();
            assertThat(status.isClean()).isTrue();
        }
    }

    @Test
    void aNoteChangedSinceTheImportIsKeptUnlessOverwrite() {
        importAll();
        Path june = blog.resolve(JUNE);
        Fixtures.write(june, Fixtures.read(june) + "\nUn ajout de l’auteur.\n");

        var again = importAll();
        assertThat(again.out()).contains(JUNE + " (modifié depuis le dernier import)");
        assertThat(Fixtures.read(june)).endsWith("Un ajout de l’auteur.\n");

        var forced = importAll("--overwrite");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Fixtures.read(june)).doesNotContain("Un ajout de l’auteur.");
    }

    @Test
    void aDryRunReportsAndWritesNothing() throws Exception {
        List<String> before = blogFiles();

        var result = importAll("--dry-run");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Essai à blanc").contains("4 articles");
        assertThat(blogFiles()).isEqualTo(before);
        assertThat(history()).hasSize(1);
    }

    @Test
    void categoriesCanBeLeftOut() {
        importAll("--categories", "skip");

        assertThat(Fixtures.read(blog.resolve(JUNE))).contains("tags: [\"logiciel libre\", \"médiation numérique\"]\n");
    }

    @Test
    void commentsCanBeLeftOut() {
        importAll("--no-comments");

        assertThat(blog.resolve("comments/2024/06-notes-de-juin-2024.yml")).doesNotExist();
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsWritten() throws Exception {
        export = copy("xxe.xml");
        List<String> before = blogFiles();

        var result = importAll();

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: xxe.xml:2: l’export déclare un type de document (<!DOCTYPE>) ; les exports"
                + " WordPress n’en ont jamais, et il pourrait lire des fichiers locaux ou grossir sans fin : refusé\n");
        assertThat(blogFiles()).isEqualTo(before);
    }

    @Test
    void anEntityBombIsRefusedAndNothingIsWritten() throws Exception {
        export = copy("bomb.xml");
        List<String> before = blogFiles();

        var result = importAll();

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("carnet: bomb.xml:").contains("type de document").doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(blogFiles()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAnExportSaysSoOnOneLine() throws IOException {
        Path notXml = dir.resolve("notes.xml");
        Files.writeString(notXml, "<html><body>oops");
        export = notXml;

        var result = importAll();

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("carnet: notes.xml:1: pas un export WordPress lisible : ");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void onATerminalAProgressBarShowsEachPassAndIsClearedBeforeTheReport() {
        var result = new CliRun(blog).without("CARNET_LANG").typing("").run("import", "wordpress", export.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).contains("\rLecture de export-fr.xml", "\rConversion de export-fr.xml", "] 100%");
        assertThat(result.err()).endsWith("\r");
        assertThat(result.out()).startsWith("Depuis export-fr.xml");
    }

    @Test
    void withoutATerminalNoProgressIsPrinted() {
        assertThat(importAll().err()).isEmpty();
    }

    @Test
    void theBuiltSiteAnswersTheOldAddressesAndShowsTheComments() {
        importAll();

        // After the import, in December 2024: June's note is published by then.
        Clock december = Clock.fixed(Instant.parse("2024-12-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
        var build = new CliRun(blog).without("CARNET_LANG").at(december).run("build");

        assertThat(build.exit()).as(build.err()).isZero();
        Path site = blog.resolve("public");
        String june = Fixtures.read(site.resolve("2024/07/notes-de-juin-2024/index.html"));
        assertThat(june).contains("Marie Dupont", "Avec plaisir, Marie.").doesNotContain("marie.dupont@exemple.org", "Buy now");
        for (String old : List.of("2024/07/01/notes-de-juin-2024", "2024/07/01/notes-juin")) {
            assertThat(Fixtures.read(site.resolve(old + "/index.html"))).as(old).contains("2024/07/notes-de-juin-2024/", "noindex");
        }
        assertThat(Fixtures.read(site.resolve("2024/05/10/réparer-ensemble/index.html"))).contains("2024/05/reparer-ensemble/");
        assertThat(Fixtures.read(site.resolve("qui-suis-je/a-propos/index.html"))).contains("a-propos/");
        assertThat(site.resolve("tag/logiciel-libre/index.html")).exists();
        assertThat(site.resolve("feed/index.html")).hasSameBinaryContentAs(site.resolve("feed.xml"));
        assertThat(site.resolve("images/2024/06/atelier.jpg")).exists();
        var check = new CliRun(blog).without("CARNET_LANG").at(december).run("check");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
    }

    @Test
    void aBadCategoriesValueIsAUsageError() {
        var result = importAll("--categories", "maybe");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--categories doit valoir « tags » ou « skip », pas « maybe »");
    }
}
