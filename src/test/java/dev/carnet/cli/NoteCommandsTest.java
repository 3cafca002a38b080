package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new, list, show, tag, tags and search on the sample blog, as a person types them. */
class NoteCommandsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void sampleBlog() {
        Fixtures.blog(dir);
    }

    private CliRun.Result carnet(String... args) {
        return new CliRun(dir).run(args);
    }

    @Test
    void newCreatesThisMonthsDraftDatedNowInTheBlogsZone() {
        var result = new CliRun(dir).run("new", "--month", "2024-04", "--tag", "formation", "--tag", "médiation numérique", "--no-edit");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("notes/2024/04-notes-d-avril-2024.md\n");
        assertThat(dir.resolve("notes/2024/04-notes-d-avril-2024.md")).content().isEqualTo("""
                ---
                title: "Notes d'avril 2024"
                date: 2024-06-15T12:00:00+02:00
                tags: [formation, "médiation numérique"]
                draft: true
                ---

                """);
    }

    @Test
    void newDefaultsToTheCurrentMonthAndReopensItInsteadOfMakingASecond() {
        var first = new CliRun(dir.resolve("notes")).run("new", "--title", "Atelier du samedi", "--no-edit");
        assertThat(first.out()).isEqualTo("2024/06-atelier-du-samedi.md\n");
        var again = new CliRun(dir.resolve("notes")).run("new", "--title", "Atelier du samedi", "--no-edit");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(again.err()).isEqualTo("carnet: \"Atelier du samedi\" already exists; left as it is"
                + " (carnet edit 2024/06-atelier-du-samedi.md opens it)\n");
    }

    @Test
    void newRefusesAMonthThatIsNotOne() {
        var result = carnet("new", "--month", "juin", "--no-edit");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("carnet: Invalid value for option '--month': 'juin' is not a month; write it as YYYY-MM, e.g. 2024-06");
    }

    @Test
    void listShowsATableNewestFirstWithDraftMarks() {
        var result = carnet("list");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                DATE        TITLE                   TAGS
                2024-08-02  Atelier fablab [draft]  fablab, atelier
                2024-07-01  Notes de juin 2024      formation, médiation numérique
                2024-06-03  Notes de mai 2024       Formation, seniors
                """);
    }

    @Test
    void listAlignsTitlesInWideCharactersByTheirColumns() {
        dev.carnet.Fixtures.write(dir.resolve("notes/2024/05-tokyo.md"),
                "---\ntitle: \"東京の記録\"\ndate: 2024-05-20T10:00:00+02:00\ntags: [voyage]\n---\n\nTexte.\n");
        var result = carnet("list");
        assertThat(result.out()).contains("""
                2024-06-03  Notes de mai 2024       Formation, seniors
                2024-05-20  東京の記録              voyage
                """);
    }

    @Test
    void listFiltersByTagIgnoringAccentsAndCase() {
        assertThat(carnet("list", "--tag", "FORMATION").out()).contains("Notes de juin 2024", "Notes de mai 2024").doesNotContain("fablab");
        assertThat(carnet("list", "--tag", "mediation numerique").out()).contains("Notes de juin 2024").doesNotContain("mai");
        assertThat(carnet("list", "--drafts").out()).contains("Atelier fablab").doesNotContain("juin");
        assertThat(carnet("list", "--published", "--month", "2024-05").out()).contains("Notes de mai 2024").doesNotContain("juin");
        assertThat(carnet("list", "--year", "2023").out()).isEqualTo("No note matches.\n");
    }

    @Test
    void listRefusesDraftsAndPublishedTogether() {
        var result = carnet("list", "--drafts", "--published");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void listPrintsJsonForScripts() {
        var result = carnet("list", "--json", "--tag", "seniors");
        assertThat(result.out()).isEqualTo("""
                [
                  {"path": "notes/2024/05-notes-de-mai-2024.md", "month": "2024-05", "slug": "notes-de-mai-2024", \
                "title": "Notes de mai 2024", "date": "2024-06-03T00:00:00+02:00", "tags": ["Formation", "seniors"], \
                "draft": false, "summary": null}
                ]
                """);
        assertThat(carnet("list", "--json", "--year", "1999").out()).isEqualTo("[]\n");
    }

    @Test
    void listSkipsABadNoteAndNamesItOnStderr() {
        Fixtures.write(dir.resolve("notes/2024/08-casse.md"), "---\ntitle: \"Cassée\"\ndate: 2024-09-01T10:00:00\n---\n");
        var result = carnet("list");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Notes de juin 2024").doesNotContain("Cassée");
        assertThat(result.err()).isEqualTo("""
                notes/2024/08-casse.md:3: date '2024-09-01T10:00:00' has no time zone; write it with its offset, e.g. 2024-09-01T10:00:00+02:00
                carnet: skipped 1 note that cannot be read; fix with: carnet edit notes/2024/08-casse.md
                """);
    }

    @Test
    void showPrintsTheNoteWithItsFrenchDate() {
        var result = carnet("show", "2024-06");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("""
                Notes de juin 2024
                notes/2024/06-notes-de-juin-2024.md · 1er juillet 2024 · formation, médiation numérique

                Juin a été riche en **ateliers**.
                """);
    }

    @Test
    void showJsonGivesTheNotesCommentsForScripts() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("comments/2024"));
        java.nio.file.Files.copy(Fixtures.resource("comments/06-notes-de-juin-2024.yml"), dir.resolve("comments/2024/06-notes-de-juin-2024.yml"));

        var result = carnet("show", "--json", "2024-06");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                {"path": "notes/2024/06-notes-de-juin-2024.md", "month": "2024-06", "slug": "notes-de-juin-2024", \
                "title": "Notes de juin 2024", "date": "2024-07-01T09:30:00+02:00", "tags": ["formation", "médiation numérique"], \
                "draft": false, "summary": "Un mois d'ateliers.", "aliases": [], "image": null, "comments": [
                    {"id": "12", "parent": null, "author": "Marie Dupont", "url": "https://marie.example", \
                "date": "2024-07-02T10:15:00+02:00", "text": "Merci pour ces **notes** ! Voir [mon atelier](https://marie.example/atelier).\\n"},
                    {"id": "14", "parent": null, "author": "Paul <script>alert(1)</script>", "url": null, \
                "date": "2024-07-01T20:00:00+02:00", "text": "Premier ! <script>alert('x')</script>"},
                    {"id": "13", "parent": "12", "author": "Julien", "url": null, "date": "2024-07-02T18:00:00+02:00", "text": "Avec plaisir, voir [la suite](/2024/07/01/suite/)."}
                  ]}
                """);
        assertThat(carnet("show", "--json", "2024-05").out()).endsWith("\"aliases\": [], \"image\": null, \"comments\": []}\n");
    }

    @Test
    void showNamesTheProblemOfABrokenNote() {
        Fixtures.write(dir.resolve("notes/2024/08-casse.md"), "---\ntitle: \"Cassée\"\n");
        var result = carnet("show", "casse");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: notes/2024/08-casse.md:1: front matter is never closed: add a line '---' after it\n");
    }

    @Test
    void tagAddsAndRemovesWithoutTouchingTheBody() {
        String before = Fixtures.read(dir.resolve("notes/2024/06-notes-de-juin-2024.md"));
        var result = carnet("tag", "2024-06", "+atelier", "-formation", "Médiation Numérique");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("notes/2024/06-notes-de-juin-2024.md: médiation numérique, atelier\n");
        String after = Fixtures.read(dir.resolve("notes/2024/06-notes-de-juin-2024.md"));
        assertThat(after).contains("tags: [\"médiation numérique\", atelier]\n");
        assertThat(after.substring(after.indexOf("\n---\n"))).isEqualTo(before.substring(before.indexOf("\n---\n")));
    }

    @Test
    void tagsCountsEachTagAndRenamesAcrossNotes() {
        assertThat(carnet("tags").out()).isEqualTo("""
                2  formation
                1  atelier
                1  fablab
                1  médiation numérique
                1  seniors
                """);
        var rename = carnet("tags", "rename", "formation", "apprendre");
        assertThat(rename.out()).isEqualTo("Renamed 'formation' to 'apprendre' in 2 notes\n");
        assertThat(dir.resolve("notes/2024/05-notes-de-mai-2024.md")).content().contains("tags: [apprendre, seniors]");
        assertThat(dir.resolve("notes/2024/06-notes-de-juin-2024.md")).content().contains("tags: [apprendre, \"médiation numérique\"]");
        var missing = carnet("tags", "rename", "formation", "x");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("carnet: no note has the tag 'formation' (see: carnet tags)\n");
        // The same rename again, as after a first run cut off once its last note was written: done, not an error.
        var again = carnet("tags", "rename", "formation", "apprendre");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo("No note has 'formation' any more: 2 notes have 'apprendre' (renamed already)\n");
    }

    @Test
    void searchIgnoresAccentsAndCaseAndShowsTheLine() {
        var result = carnet("search", "mediation");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                notes/2024/06-notes-de-juin-2024.md  Notes de juin 2024 (2024-07-01)
                    12: ## Médiation
                """);
        assertThat(carnet("search", "laser", "--tag", "seniors").out()).isEqualTo("No note matches 'laser'.\n");
        assertThat(carnet("search", "LASER").out()).contains("Atelier fablab (2024-08-02) [draft]", "Découpe laser");
    }

    @Test
    void findsTheBlogFromASubfolderOrWithDashC() {
        assertThat(new CliRun(dir.resolve("notes/2024")).run("list").out()).contains("Notes de juin 2024");
        assertThat(new CliRun(dir.getParent()).run("-C", dir.getFileName().toString(), "list").out()).contains("Notes de juin 2024");
        var outside = new CliRun(dir.getParent()).run("list");
        assertThat(outside.exit()).isEqualTo(1);
        assertThat(outside.err()).startsWith("carnet: not a carnet blog: no carnet.yml in ");
    }

    @Test
    void tagsThatDifferByASymbolOrAreInAnotherScriptAreTagsOfTheirOwn() {
        assertThat(carnet("tag", "2024-05", "+c", "+c++", "+c#", "+русский").exit()).isZero();
        assertThat(dir.resolve("notes/2024/05-notes-de-mai-2024.md")).content().contains("c, \"c++\", \"c#\", русский]");
        var rename = carnet("tags", "rename", "c++", "cpp");
        assertThat(rename.out()).isEqualTo("Renamed 'c++' to 'cpp' in 1 note\n");
        assertThat(dir.resolve("notes/2024/05-notes-de-mai-2024.md")).content().contains("c, cpp, \"c#\", русский]");
        var russian = carnet("tags", "rename", "русский", "ru");
        assertThat(russian.exit()).as(russian.err()).isZero();
        assertThat(dir.resolve("notes/2024/05-notes-de-mai-2024.md")).content().contains("c, cpp, \"c#\", ru]");
        assertThat(carnet("list", "--tag", "c").out().lines()).hasSize(2);
        assertThat(carnet("list", "--tag", "c++").out()).isEqualTo("No note matches.\n");
    }

    @Test
    void newWithoutTheEditorOnAnExistingNoteSaysItLeftItAlone() {
        String before = Fixtures.read(dir.resolve("notes/2024/06-notes-de-juin-2024.md"));
        var result = carnet("new", "--no-edit");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("notes/2024/06-notes-de-juin-2024.md\n");
        assertThat(result.err()).isEqualTo("carnet: \"Notes de juin 2024\" already exists; left as it is"
                + " (carnet edit notes/2024/06-notes-de-juin-2024.md opens it)\n");
        assertThat(dir.resolve("notes/2024/06-notes-de-juin-2024.md")).content().isEqualTo(before);
    }
}
