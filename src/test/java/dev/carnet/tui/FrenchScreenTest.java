package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The text UI speaks the blog's language: French on a {@code language: fr} blog (with French
 * typography: a no-break space before : ? !), English on {@code language: en}; CARNET_LANG wins
 * over both, and the terminal's locale decides only when carnet.yml names no language.
 */
class FrenchScreenTest extends BlogScreenTest {
    private static final char NBSP = '\u00a0';

    @BeforeEach
    void frenchBlog() {
        sampleBlog();
        env.remove("CARNET_LANG");
    }

    private void language(String line) throws IOException {
        Path yml = dir.resolve("carnet.yml");
        Fixtures.write(yml, Fixtures.read(yml).replace("language: fr\n", line));
    }

    private void committedOnScreen() throws Exception {
        dev.carnet.vcs.GitRepository.initAndCommitAll(dir, "Premier", new dev.carnet.vcs.Identity("A", "a@example.org"));
        onScreen();
        waitFor("git" + NBSP + ": 0 modification");
    }

    /** The committed blog with one change not committed (June's note made a draft). */
    private void oneChangeOnScreen() throws Exception {
        committedOnScreen();
        type(key(KeyType.ArrowDown), ch('d'));
        waitFor("git" + NBSP + ": 1 modification ·");
    }

    @Test
    void aFrenchBlogShowsTheKeyBarInFrenchAndFitsItAt80Columns() throws IOException {
        onScreen();
        assertThat(row(23).stripTrailing()).isEqualTo("↑↓ / chercher  # étiquette  e modifier  n nouvelle  c valider  ? aide  q quitter");
        assertThat(row(0)).startsWith("Carnet de test — 4 notes");
    }

    @Test
    void aFrenchBlogShowsTheGitStateLineInFrench() throws Exception {
        dev.carnet.vcs.GitRepository.initAndCommitAll(dir, "Premier", new dev.carnet.vcs.Identity("A", "a@example.org"));
        onScreen();
        waitFor("git" + NBSP + ": 0 modification · pas de dépôt distant · pas encore publié");
    }

    @Test
    void theQuitQuestionSaysOneChangeInTheSingular() throws Exception {
        oneChangeOnScreen();
        type(ch('q'));
        // The question as the dialog wraps it at 64 columns.
        assertThat(text()).contains("Quitter" + NBSP + "?", "│1 modification est enregistrée mais pas encore validée. La",
                "│valider maintenant, ou quitter et la valider plus tard (carnet│", "│commit)" + NBSP + "?",
                "<Valider>", "<Quitter>", "<Rester>");
    }

    @Test
    void theQuitQuestionSaysThreeChangesInThePlural() throws Exception {
        committedOnScreen();
        type(ch('d'), key(KeyType.ArrowDown), ch('d'), key(KeyType.ArrowDown), ch('d'));
        waitFor("git" + NBSP + ": 3 modifications ·");
        type(ch('q'));
        assertThat(text()).contains("│3 modifications sont enregistrées mais pas encore validées. Les│",
                "│valider maintenant, ou quitter et les valider plus tard (carnet│");
        type(key(KeyType.Escape));
        assertThat(gui.getWindows()).containsExactly(window);
    }

    @Test
    void theHistoryAndTheDialogsSpeakFrench() throws Exception {
        committedOnScreen();
        type(key(KeyType.ArrowDown), ch('h'));
        assertThat(text()).contains("Historique de «" + NBSP + "Notes de juin 2024" + NBSP + "» — notes/2024/06-notes-de-juin-2024.md — 1 …",
                "↑↓" + NBSP + ": aller   Entrée" + NBSP + ": différences   r" + NBSP + ": restaurer cette version");
        type(ch('r'));
        assertThat(text()).contains("Rien à restaurer", "choisissez une version plus ancienne", "<Fermer>");
        type(key(KeyType.Escape), key(KeyType.Escape), ch('t'));
        assertThat(text()).contains("Étiquettes de «" + NBSP + "Notes de juin 2024" + NBSP + "»", "Espace coche une étiquette" + NBSP + ":",
                "<Enregistrer>", "<Annuler>");
        type(key(KeyType.Escape), ch('N'));
        assertThat(text()).contains("La note d’un mois", "Mois (AAAA-MM), Entrée l’ouvre" + NBSP + ":", "<Ouvrir>");
        type(key(KeyType.Escape), ch('d'));
        waitFor("git" + NBSP + ": 1 modification ·");
        type(ch('c'));
        assertThat(text()).contains("Valider", "Entrée valide · Alt-Entrée (ou Ctrl-O)" + NBSP + ": nouvelle ligne");
        type(key(KeyType.Enter));
        waitFor("git" + NBSP + ": 0 modification");
        assertThat(text()).as("what the commit did, beside the git state").containsPattern("—  [0-9a-f]{7} val…");
    }

    @Test
    void aServiceErrorIsShownInAFrenchDialog() throws Exception {
        oneChangeOnScreen();
        type(ch('P'));
        waitFor("Publier" + NBSP + ": échec");
        // The publish service's refusal, as the dialog wraps it at 64 columns.
        assertThat(text()).contains("1 fichier a des modifications non validées (le premier" + NBSP + ":",
                "que les notes validées" + NBSP + ": lancez carnet commit, ou publish", "<Fermer>").doesNotContain("changes not committed");
    }

    @Test
    void aPublishOutcomeIsToldInFrench() throws Exception {
        Fixtures.write(dir.resolve(".gitignore"), "public/\n.carnet/\n");
        committedOnScreen();
        type(ch('P'));
        waitFor("site construit sur la branche des pages" + NBSP + "; pas envoyé" + NBSP + ": aucun");
        assertThat(text()).contains("dépôt distant — ajoutez-en un avec carnet remote set URL").doesNotContain("built the site");
    }

    @Test
    void theFrenchHelpBoxFitsAt80x24() throws Exception {
        onScreen();
        type(ch('?'));
        assertBoxFits(80);
        assertThat(text()).contains("Touches", "chercher dans les titres, les étiquettes et le texte", "Fermer");
    }

    @Test
    void theFrenchKeyBarAndHelpBoxFitAt60x20() throws Exception {
        terminal.setTerminalSize(new TerminalSize(60, 20));
        screen.doResizeIfNecessary();
        onScreen();
        assertThat(row(19).stripTrailing()).isEqualTo("↑↓ / chercher  e modifier  n nouvelle  ? aide  q quitter");
        type(ch('?'));
        assertBoxFits(60);
        assertThat(text()).contains("↑↓ PgUp PgDn" + NBSP + ": d’autres touches");
        type(key(KeyType.PageDown), key(KeyType.PageDown));
        assertThat(text()).contains("q              quitter", "?              cette aide");
    }

    /** The help box is whole on the screen: both borders on each row, no line cut with an ellipsis. */
    private void assertBoxFits(int columns) {
        List<String> rows = Arrays.asList(text().split("\n"));
        int top = rows.indexOf(rows.stream().filter(r -> r.contains("┌")).findFirst().orElseThrow());
        int bottom = rows.indexOf(rows.stream().filter(r -> r.contains("└")).findFirst().orElseThrow());
        int left = rows.get(top).indexOf('┌');
        int right = rows.get(top).indexOf('┐');
        assertThat(right).as("the box is on the screen").isBetween(left + 40, columns - 1);
        assertThat(rows.get(bottom).charAt(right)).isEqualTo('┘');
        for (String row : rows.subList(top + 1, bottom)) {
            assertThat(List.of(row.charAt(left), row.charAt(right))).as("each row has its two borders: " + row)
                    .containsExactly('│', '│');
            assertThat(row.substring(left, right)).doesNotContain("…");
        }
    }

    @Test
    void anEnglishBlogShowsTheEnglishUi() throws IOException {
        language("language: en\n");
        onScreen();
        assertThat(row(23)).contains("/ search", "q quit");
    }

    @Test
    void carnetLangOverridesTheBlogsLanguageBothWays() throws IOException {
        env.put("CARNET_LANG", "en");
        onScreen();
        assertThat(row(23)).contains("/ search", "q quit");
        language("language: en\n");
        env.put("CARNET_LANG", "fr");
        onScreen();
        assertThat(row(23)).contains("/ chercher", "q quitter");
    }

    @Test
    void theTerminalsLocaleChoosesOnlyWhenTheBlogNamesNoLanguage() throws IOException {
        env.put("LANG", "en_GB.UTF-8");
        onScreen();
        assertThat(row(23)).as("language: fr in carnet.yml wins over LANG").contains("q quitter");
        language("");
        onScreen();
        assertThat(row(23)).as("no language in carnet.yml: LANG decides").contains("q quit");
        env.put("LC_ALL", "fr_FR.UTF-8");
        onScreen();
        assertThat(row(23)).as("LC_ALL before LANG, as gettext reads them").contains("q quitter");
    }

    @Test
    void aLanguageCarnetHasNoWordsForShowsTheEnglishUi() throws IOException {
        language("language: de\n");
        onScreen();
        assertThat(row(23)).contains("q quit");
    }
}
