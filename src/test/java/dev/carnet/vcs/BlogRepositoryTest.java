package dev.carnet.vcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git adapter on its own, without picocli or a service in between. */
class BlogRepositoryTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";
    private static final Identity AUTHOR = new Identity("A", "a@example.org");

    @TempDir
    Path dir;

    @BeforeEach
    void blogWithAFirstCommit() {
        Fixtures.blog(dir);
        GitRepository.initAndCommitAll(dir, "Premier", AUTHOR);
    }

    @Test
    void onlyTheAuthorsContentIsContent() {
        assertThat(BlogRepository.isContent(JUNE)).isTrue();
        assertThat(BlogRepository.isContent("carnet.yml")).isTrue();
        assertThat(BlogRepository.isContent("public/index.html")).isFalse();
        assertThat(BlogRepository.isContent(".carnet/cache/markdown.pack")).isFalse();
        assertThat(BlogRepository.isContent(JUNE + ".mine")).isFalse();
        assertThat(BlogRepository.isContent("notes/2024/.06.md.swp")).isFalse();
        assertThat(BlogRepository.isContent("notes/2024/06.md~")).isFalse();
    }

    @Test
    void statusListsWhatChangedAndCommitTakesExactlyThat() {
        try (BlogRepository repository = BlogRepository.open(dir)) {
            assertThat(repository.status().changes()).isEmpty();
            Fixtures.write(dir.resolve(JUNE), Fixtures.read(dir.resolve(JUNE)) + "Une ligne de plus.\n");
            Fixtures.write(dir.resolve("notes/2024/07-nouvelle.md"), "---\ntitle: Nouvelle\ndate: 2024-07-01\n---\nTexte.\n");
            Fixtures.write(dir.resolve("public/index.html"), "<p>built</p>");
            RepoStatus status = repository.status();
            assertThat(status.changes()).containsExactlyInAnyOrder(
                    new FileChange(JUNE, FileChange.Kind.MODIFIED),
                    new FileChange("notes/2024/07-nouvelle.md", FileChange.Kind.NEW));
            assertThat(status.upstream()).isNull();
            assertThat(status.sync()).isNull();

            CommitResult result = repository.commit("Juin et juillet", status.changes(), AUTHOR);
            assertThat(result.nothingToCommit()).isFalse();
            assertThat(result.committed()).isEqualTo(status.changes());
            assertThat(repository.status().changes()).isEmpty();
            List<LogEntry> log = repository.log(null, 10, false);
            assertThat(log).extracting(LogEntry::message).containsExactly("Juin et juillet", "Premier");
        }
    }

    @Test
    void nothingToCommitIsAValueNotAnError() {
        try (BlogRepository repository = BlogRepository.open(dir)) {
            assertThat(repository.commit("rien", List.of(), AUTHOR).nothingToCommit()).isTrue();
        }
    }

    @Test
    void aNoteHistoryAndItsFileAtARevision() {
        try (BlogRepository repository = BlogRepository.open(dir)) {
            String before = Fixtures.read(dir.resolve(JUNE));
            Fixtures.write(dir.resolve(JUNE), before + "Ajout.\n");
            repository.commit("Ajout", repository.status().changes(), AUTHOR);
            List<LogEntry> log = repository.log(JUNE, 10, true);
            assertThat(log).extracting(LogEntry::message).containsExactly("Ajout", "Premier");
            assertThat(log.get(0).patch()).contains("+Ajout.");
            FileVersion first = repository.fileAt(JUNE, log.get(1).id());
            assertThat(first.path()).isEqualTo(JUNE);
            assertThat(new String(first.content(), StandardCharsets.UTF_8)).isEqualTo(before);
            assertThatThrownBy(() -> repository.fileAt(JUNE, "nulle-part"))
                    .isInstanceOf(CarnetException.class)
                    .hasMessage("no commit 'nulle-part' (carnet log " + JUNE + " lists them)");
        }
    }

    @Test
    void aRemoteIsSetAndTheBranchFollowsIt() {
        try (BlogRepository repository = BlogRepository.open(dir)) {
            assertThat(repository.remoteUrl("origin")).isEmpty();
            repository.setRemote("origin", "https://codeberg.org/you/blog.git");
            assertThat(repository.remoteUrl("origin")).contains("https://codeberg.org/you/blog.git");
            repository.setRemote("origin", "git@github.com:you/blog.git");
            assertThat(repository.remoteUrl("origin")).contains("git@github.com:you/blog.git");
            assertThat(repository.lastPushed("origin", repository.currentBranch())).isEmpty();
            assertThat(repository.lastCommit("gh-pages")).isEmpty();
            assertThat(repository.lastCommit(repository.currentBranch()).map(LogEntry::message)).contains("Premier");
        }
    }

    @Test
    void aFolderWithoutGitSaysSo() {
        Path plain = dir.resolve("notes");
        assertThatThrownBy(() -> BlogRepository.open(plain))
                .hasMessage(plain + ": not a git repository (carnet init makes one; or run git init)");
    }
}
