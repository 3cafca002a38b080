package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a blog whose carnet.yml says {@code language: fr}, carnet speaks French: its results, its
 * notices and its errors; CARNET_LANG still chooses, and an English blog hears English.
 * ({@code \u00a0} is the no-break space French puts before a colon.)
 */
class FrenchCliTest {
    @TempDir
    Path dir;

    @BeforeEach
    void committedFrenchBlog() {
        Fixtures.copy("site-blog", dir);
        Fixtures.write(dir.resolve(".gitignore"), "public/\n.carnet/\n");
        GitRepository.initAndCommitAll(dir, "Premier commit", new Identity("A. Author", "author@example.org"));
    }

    /** The author's own terminal: an English locale, which the blog's language overrides. */
    private CliRun.Result carnet(String... args) {
        return new CliRun(dir).without("CARNET_LANG").env("LANG", "en_US.UTF-8").run(args);
    }

    @Test
    void statusSaysInFrenchWhereTheBlogStands() {
        Fixtures.write(dir.resolve("pages/about.md"), Fixtures.read(dir.resolve("pages/about.md")) + "Plus.\n");
        var result = carnet("status");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Sur main, 1 commit\u00a0; pas encore de dépôt distant\n"
                + "Pas encore publié (carnet publish)\n"
                + "  modifié  ").endsWith("Validez-les avec\u00a0: carnet commit   (ou carnet commit -m \"message\")\n");
    }

    @Test
    void buildCountsInFrenchWithFrenchPlurals() {
        var result = carnet("build");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).matches("Site construit avec 2 notes et 1 page\u00a0: 11 pages HTML, 6 flux, 6 autres fichiers,"
                + " 2 fichiers statiques dans public \\(\\d+,\\d\\d s\\)\n");
    }

    @Test
    void buildWarningsAndCheckFindingsAreSaidInFrench() {
        Fixtures.write(dir.resolve("notes/2024/03-images.md"),
                "---\ntitle: \"Images\"\ndate: 2024-04-01T10:00:00+02:00\n---\n\n[ailleurs](02-absente.md)\n\n![Absente](images/absente.jpg)\n");
        var build = carnet("build");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).isEqualTo("attention\u00a0: notes/2024/03-images.md:8\u00a0: image images/absente.jpg introuvable"
                + " (attendue dans static/images/absente.jpg)\n");
        var check = carnet("check");
        assertThat(check.out()).contains("notes/2024/03-images.md:6\u00a0: lien vers 02-absente.md\u00a0: aucune note ni page de ce nom\n")
                .doesNotContain("not found", "no such");
        var english = new CliRun(dir).run("check");
        assertThat(english.out()).contains("notes/2024/03-images.md:6: link to 02-absente.md: no such note or page\n");
    }

    @Test
    void aDryRunPublishSaysWhatWouldChangeInFrench() {
        var result = carnet("publish", "--dry-run");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines().findFirst().orElseThrow())
                .matches("Publierait 2 notes \\(\\d+ fichiers\\) sur la branche gh-pages\u00a0: \\d+ fichiers changeraient");
        assertThat(result.out()).contains("\n  ajouté   index.html\n").contains("\n  ajouté   404.html\n");
    }

    @Test
    void anUnknownNoteIsAFrenchError() {
        var result = carnet("show", "introuvable");
        assertThat(result.exit()).isEqualTo(CarnetCli.USER_ERROR);
        assertThat(result.err()).isEqualTo("carnet: aucune note ne correspond à «\u00a0introuvable\u00a0» (essayez un chemin,"
                + " un mois comme 2024-06 ou un slug\u00a0; «\u00a0carnet list\u00a0» les montre)\n");
    }

    @Test
    void aBrokenNoteStopsTheBuildWithAFrenchMessageNamingItsLine() {
        Fixtures.write(dir.resolve("notes/2024/07-cassee.md"), "---\ntitle: \"Cassée\"\ndate: demain\n---\nTexte.\n");
        var result = carnet("build");
        assertThat(result.exit()).isEqualTo(CarnetCli.USER_ERROR);
        assertThat(result.err()).isEqualTo("carnet: notes/2024/07-cassee.md:3: date doit ressembler à 2024-07-01T09:30:00+02:00"
                + " ou 2024-07-01, pas «\u00a0demain\u00a0»\u00a0; rien n’a été construit\n");
        var listing = carnet("list");
        assertThat(listing.err()).endsWith("carnet: 1 note illisible ignorée\u00a0; corrigez avec\u00a0: carnet edit notes/2024/07-cassee.md\n");
    }

    @Test
    void aBadSettingIsSaidInTheTerminalsLanguageForCarnetYmlCannotSayItsOwn() {
        Fixtures.write(dir.resolve("carnet.yml"), Fixtures.read(dir.resolve("carnet.yml")).replaceFirst("perPage: \\d+", "perPage: beaucoup"));
        var result = new CliRun(dir).without("CARNET_LANG").env("LANG", "fr_FR.UTF-8").run("build");
        assertThat(result.exit()).isEqualTo(CarnetCli.USER_ERROR);
        assertThat(result.err()).matches("carnet: carnet.yml:\\d+: site.perPage doit être un nombre entier de 1 à 1000,"
                + " pas «\u00a0beaucoup\u00a0»\n");
    }

    @Test
    void carnetLangEnglishWinsOverTheBlogsFrench() {
        var result = new CliRun(dir).env("LANG", "fr_FR.UTF-8").run("status");
        assertThat(result.out()).startsWith("On main, 1 commit; no remote yet\nNot published yet (carnet publish)\n");
        assertThat(new CliRun(dir).run("show", "introuvable").err()).startsWith("carnet: no note matches 'introuvable'");
    }

    @Test
    void anEnglishBlogSpeaksEnglishEvenOnAFrenchTerminal() {
        Fixtures.write(dir.resolve("carnet.yml"), Fixtures.read(dir.resolve("carnet.yml")).replace("language: fr", "language: en"));
        var result = new CliRun(dir).without("CARNET_LANG").env("LANG", "fr_FR.UTF-8").run("build");
        assertThat(result.out()).startsWith("Built 2 notes and 1 page: ");
    }

    @Test
    void withoutABlogTheTerminalsLocaleChoosesElseEnglish(@TempDir Path elsewhere) {
        var french = new CliRun(elsewhere).without("CARNET_LANG").env("LANG", "fr_FR.UTF-8").run("status");
        assertThat(french.err()).startsWith("carnet: pas un blog carnet\u00a0: aucun carnet.yml dans ");
        var english = new CliRun(elsewhere).without("CARNET_LANG").run("status");
        assertThat(english.err()).startsWith("carnet: not a carnet blog: no carnet.yml in ");
    }

    @Test
    void aCarnetYmlThatCannotBeReadLeavesTheTerminalToChoose() {
        Fixtures.write(dir.resolve("carnet.yml"), "title: [\n");
        var result = new CliRun(dir).without("CARNET_LANG").env("LC_ALL", "fr_FR.UTF-8").run("status");
        assertThat(result.exit()).isEqualTo(CarnetCli.USER_ERROR);
        assertThat(result.err()).startsWith("carnet: carnet.yml:").contains("YAML invalide");
    }

    @Test
    void initSpeaksTheTerminalsLanguageForTheBlogDoesNotExistYet(@TempDir Path elsewhere) {
        var result = new CliRun(elsewhere).without("CARNET_LANG").env("LANG", "fr_FR.UTF-8").run("init", "blog", "--title", "Mon carnet");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Blog «\u00a0Mon carnet\u00a0» créé dans ").endsWith("Ensuite\u00a0: cd blog && carnet new\n");
        var english = new CliRun(elsewhere).without("CARNET_LANG").run("init", "other");
        assertThat(english.out()).startsWith("Created the blog \"Carnet\" in ");
    }
}
