package dev.carnet.service;

import dev.carnet.error.Phrase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.store.Blog;
import dev.carnet.vcs.FileChange;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import dev.carnet.vcs.PagesCommit;
import dev.carnet.vcs.SyncResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services' own values, and their mapping from vcs's: what the front ends are shown. */
class ServiceValuesTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;

    @Test
    void everyVcsKindAndOutcomeHasItsServiceTwin() {
        for (FileChange.Kind kind : FileChange.Kind.values()) {
            assertThat(VcsValues.kind(VcsValues.kind(kind))).isEqualTo(kind);
            assertThat(VcsValues.kind(kind).name()).isEqualTo(kind.name());
        }
        for (SyncResult.Outcome outcome : SyncResult.Outcome.values()) {
            assertThat(VcsValues.sync(new SyncResult(outcome, 0, 0, List.of(), false)).outcome().name()).isEqualTo(outcome.name());
        }
    }

    @Test
    void aSyncResultKeepsItsCountsConflictsAndKeptFiles() {
        var result = new SyncResult(SyncResult.Outcome.CONTINUED, 2, 3, List.of(JUNE), true, 1,
                List.of(new SyncResult.Kept(JUNE, JUNE + ".mine")));
        assertThat(VcsValues.sync(result)).isEqualTo(new SyncReport(SyncReport.Outcome.CONTINUED, 2, 3, List.of(JUNE), true, 1,
                List.of(new SyncReport.Kept(JUNE, JUNE + ".mine"))));
        assertThat(new SyncReport.Kept(JUNE, JUNE).inPlace()).isTrue();
    }

    @Test
    void aPagesCommitBecomesASiteCommit() {
        var pages = new PagesCommit("gh-pages", "0123456789abcdef", null, true, 12,
                List.of(new FileChange("index.html", FileChange.Kind.MODIFIED)));
        assertThat(VcsValues.site(pages)).isEqualTo(new SiteCommit("gh-pages", "0123456789abcdef", true, 12,
                List.of(new ChangedFile("index.html", ChangeKind.MODIFIED))));
    }

    @Test
    void publishReportSaysInOneLineWhetherTheSiteLeftThisMachine() {
        var site = new SiteCommit("gh-pages", "0123456789abcdef", true, 12, List.of());
        assertThat(new PublishReport(site, 3, null, "origin", null, true, null).outcome().in(Phrase.ENGLISH)).isEqualTo("would publish 3 notes");
        assertThat(new PublishReport(site, 3, null, "origin", null, false, null).outcome().in(Phrase.ENGLISH))
                .isEqualTo("built the site on the pages branch; not pushed: no remote — add one with carnet remote set URL");
        assertThat(new PublishReport(site, 3, List.of("main", "gh-pages"), "origin", "https://x.example/", false, null).outcome().in(Phrase.ENGLISH))
                .isEqualTo("site published (3 notes), pushed to origin: https://x.example/");
    }

    @Test
    void gitServiceShowsStatusCommitAndHistoryInItsOwnValues() {
        Fixtures.blog(dir);
        GitRepository.initAndCommitAll(dir, "Premier", new Identity("A", "a@example.org"));
        GitService git = new GitService(Blog.open(dir));
        assertThat(git.status().changes()).isEmpty();
        assertThat(git.commit(null, List.of()).nothingToCommit()).isTrue();

        Fixtures.write(dir.resolve(JUNE), Fixtures.read(dir.resolve(JUNE)) + "Une ligne de plus.\n");
        BlogStatus status = git.status();
        assertThat(status.changes()).containsExactly(new ChangedFile(JUNE, ChangeKind.MODIFIED));
        assertThat(status.sync()).isNull();
        assertThat(git.changes(status)).extracting(ChangeView::label).containsExactly("Notes de juin 2024");
        assertThat(git.proposedMessage()).contains("Notes de juin 2024: edit");

        CommitReport commit = git.commit(null, List.of());
        assertThat(commit.files()).isEqualTo(1);
        assertThat(commit.shortId()).hasSize(7);
        assertThat(git.log(null, 10, false)).extracting(HistoryEntry::message).containsExactly("Notes de juin 2024: edit", "Premier");
        RestoredVersion restored = git.restore(JUNE, git.log(JUNE, 10, false).get(1).id());
        assertThat(restored.path()).isEqualTo(JUNE);
        assertThat(git.status().changes()).containsExactly(new ChangedFile(JUNE, ChangeKind.MODIFIED));
    }

    @Test
    void blogServicesOpenTheBlogAFolderIsIn() {
        Fixtures.blog(dir);
        BlogServices blog = BlogServices.find(dir.resolve("notes/2024"));
        assertThat(blog.root()).isEqualTo(Blog.open(dir).root());
        assertThat(blog.resolve(JUNE)).isEqualTo(Blog.open(dir).resolve(JUNE));
        assertThat(blog.title()).isEqualTo(Blog.open(dir).config().title());
        assertThat(blog.pagesBranch()).isEqualTo(Blog.open(dir).config().publish().branch());
    }
}
