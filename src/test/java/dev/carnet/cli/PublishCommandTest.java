package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** carnet publish and carnet remote against a bare repository, read back by the system's git. */
class PublishCommandTest {
    @TempDir
    Path dir;
    Path blog;
    Path origin;

    @BeforeEach
    void committedBlogAndBareOrigin() throws Exception {
        CommittedBlog committed = CommittedBlog.of(dir, "site-blog");
        blog = committed.blog();
        origin = committed.origin();
    }

    private CliRun.Result carnet(String... args) {
        return new CliRun(blog).run(args);
    }

    private List<RevCommit> commits(Path repo, String branch) throws Exception {
        try (Git git = Git.open(repo.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId head = git.getRepository().resolve("refs/heads/" + branch);
            if (head == null) {
                return List.of();
            }
            walk.markStart(walk.parseCommit(head));
            List<RevCommit> commits = new ArrayList<>();
            walk.forEach(commits::add);
            return commits;
        }
    }


    /** Someone else, in a clone of the remote made with the system's git, commits a file to {@code branch} and pushes it. */
    private void pushedFromElsewhere(String branch, String file, String text, String message) throws Exception {
        Path other = dir.resolve("other");
        SystemGit.run(dir, "clone", "--quiet", "--branch", branch, origin.toString(), other.toString());
        Fixtures.write(other.resolve(file), text);
        SystemGit.run(other, "add", ".");
        SystemGit.run(other, "-c", "user.name=Other", "-c", "user.email=o@example.org", "-c", "commit.gpgSign=false", "commit", "-q", "-m", message);
        SystemGit.run(other, "push", "--quiet", "origin", branch);
    }

    @Test
    void aSecondPublishWaitsForTheFirstToFinishTalkingToTheRemote() throws Exception {
        carnet("remote", "set", origin.toString());
        assertThat(carnet("publish", "--dry-run").exit()).isZero(); // warm: a publish alone is then well under 2 s
        CliRun.Result result;
        try (HeldLock first = HeldLock.on(blog.resolve(".carnet/remote.lock"))) {
            var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> carnet("publish"));
            Thread.sleep(2500);
            assertThat(second).as("publish waits while another talks to the remote").isNotDone();
            assertThat(commits(origin, "gh-pages")).isEmpty();
            first.release();
            result = second.get(60, TimeUnit.SECONDS);
        }
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(commits(origin, "gh-pages")).hasSize(1);
    }

    @Test
    void countsOneNoteInTheSingular() throws Exception {
        // On 15 June 2024 (the clock of these runs) April's and May's notes are out; April's becomes a draft.
        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april).replaceFirst("\ntitle:", "\ndraft: true\ntitle:"));
        carnet("commit", "-m", "Avril en brouillon");
        var result = carnet("publish", "--dry-run");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines().findFirst().orElseThrow()).matches("Would publish 1 note \\(\\d+ files\\) to branch gh-pages: \\d+ files would change");
    }

    @Test
    void aDryRunListsEveryFileThatWouldBeAddedChangedOrRemoved() throws Exception {
        var first = carnet("publish", "--dry-run");
        assertThat(first.out()).contains("\n  added    index.html\n", "\n  added    2024/06/notes-de-mai-2024/index.html\n",
                "\n  added    images/atelier.jpg\n");
        assertThat(commits(blog, "gh-pages")).isEmpty();
        assertThat(carnet("publish").exit()).isZero();
        Path may = blog.resolve("notes/2024/05-notes-de-mai-2024.md");
        Fixtures.write(may, Fixtures.read(may) + "\nUne phrase de plus.\n");
        Files.delete(blog.resolve("pages/about.md"));
        carnet("commit", "-m", "Mai, sans à propos");
        var again = carnet("publish", "--dry-run");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("  changed  2024/06/notes-de-mai-2024/index.html\n", "  removed  about/index.html\n")
                .doesNotContain("added ", "changed  images/atelier.jpg");
        assertThat(commits(blog, "gh-pages")).hasSize(1);
    }

    @Test
    void publishesWithoutARemoteAndSaysHowToAddOne() throws Exception {
        var result = carnet("publish");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).matches("(?s)Wrote the site \\(2 notes, \\d+ files\\) as [0-9a-f]{7} on branch gh-pages\n"
                + "No remote 'origin' yet: nothing was pushed. Add one with: carnet remote set URL\n");
        assertThat(commits(blog, "gh-pages")).hasSize(1);
        assertThat(carnet("status").out()).containsPattern("\nSite built on branch gh-pages \\(2024-06-15 12:00\\), never pushed:"
                + " no remote — add one with carnet remote set URL\n").doesNotContain("Last published");
    }

    @Test
    void aSiteThatNeverLeftTheMachineIsNotCalledPublished() throws Exception {
        var service = new dev.carnet.service.PublishService(dev.carnet.store.Blog.open(blog), CliRun.CLOCK, dev.carnet.config.TransportSettings.of(dir));
        assertThat(service.publishInOneLine(new dev.carnet.service.PublishService.Options(false, null, false)).in(dev.carnet.error.Phrase.ENGLISH))
                .isEqualTo("built the site on the pages branch; not pushed: no remote — add one with carnet remote set URL");
        var git = new dev.carnet.service.GitService(dev.carnet.store.Blog.open(blog));
        assertThat(git.summary().lastPublish()).as("nothing left the machine").isNull();
        assertThat(git.summary().lastBuilt()).isNotNull();

        carnet("remote", "set", origin.toString());
        assertThat(carnet("status").out()).contains("Site built on branch gh-pages (2024-06-15 12:00), never pushed: carnet publish pushes it to origin");
        assertThat(carnet("publish").exit()).isZero();
        assertThat(carnet("status").out()).containsPattern("\nLast published 2024-06-15 12:00 at https://someone.github.io/blog/\n");
        assertThat(git.summary().lastPublish()).isNotNull();
        assertThat(git.summary().siteNotPushed()).isFalse();
    }

    @Test
    void pushesThePagesBranchThatGitChecksOutAndLeavesTheWorkTreeAlone() throws Exception {
        Fixtures.write(blog.resolve("brouillon-local.txt"), "pas dans git");
        List<String> before;
        try (var files = Files.walk(blog)) {
            before = files.filter(p -> !p.toString().contains("/.git/") && !p.toString().contains("/.carnet")).map(Path::toString).sorted().toList();
        }
        assertThat(carnet("remote", "set", origin.toString()).out()).isEqualTo("origin is now " + origin + "\n");
        var result = carnet("publish", "--allow-dirty");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Pushed main and gh-pages to origin\nPublished: https://someone.github.io/blog/\n");

        Path checkout = dir.resolve("checkout");
        SystemGit.run(dir, "clone", "--quiet", "--branch", "gh-pages", origin.toString(), checkout.toString());
        assertThat(checkout.resolve("index.html")).content().contains("Carnet &lt;de&gt; test &amp; co");
        assertThat(checkout.resolve(".nojekyll")).exists();
        assertThat(checkout.resolve("CNAME")).content().isEqualTo("blog.example.org\n");
        assertThat(checkout.resolve("images/atelier.jpg")).exists();
        assertThat(SystemGit.run(checkout, "log", "--format=%s", "origin/main")).isEqualTo("Premier commit");

        try (var files = Files.walk(blog)) {
            assertThat(files.filter(p -> !p.toString().contains("/.git/") && !p.toString().contains("/.carnet")).map(Path::toString).sorted().toList())
                    .as("publish wrote nothing in the work tree").isEqualTo(before);
        }
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.status().call().getUntracked()).containsExactly("brouillon-local.txt");
            assertThat(git.status().call().getChanged()).isEmpty();
        }
    }

    @Test
    void anUnchangedSiteMakesNoNewCommitAndKeepHistoryAddsOne() throws Exception {
        carnet("remote", "set", origin.toString());
        carnet("publish");
        var again = carnet("publish");
        assertThat(again.out()).startsWith("The site is unchanged since the last publish (branch gh-pages)\n");
        assertThat(commits(origin, "gh-pages")).hasSize(1);

        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nUne phrase de plus.\n");
        carnet("commit");
        var third = carnet("publish", "-m", "Avril complété");
        assertThat(third.exit()).as(third.err()).isZero();
        List<RevCommit> pages = commits(origin, "gh-pages");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).getFullMessage()).isEqualTo("Avril complété");
        assertThat(pages.get(0).getParent(0)).isEqualTo(pages.get(1));
    }

    @Test
    void historySingleForcePushesOneOrphanCommit() throws Exception {
        Fixtures.write(blog.resolve("carnet.yml"), Fixtures.read(blog.resolve("carnet.yml")).replace("publish:\n", "publish:\n  history: single\n"));
        carnet("commit", "-m", "single");
        carnet("remote", "set", origin.toString());
        carnet("publish");
        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nEncore.\n");
        carnet("commit");
        var result = carnet("publish");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(commits(origin, "gh-pages")).hasSize(1);
        assertThat(commits(origin, "gh-pages").get(0).getParentCount()).isZero();
    }

    @Test
    void refusesUncommittedChangesUnlessAsked() throws Exception {
        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nPas encore validé.\n");
        var result = carnet("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: 1 file has changes not committed (first: notes/2024/04-notes-d-avril-2024.md);"
                + " publish shows committed notes only: run carnet commit, or publish --allow-dirty\n");
        assertThat(commits(blog, "gh-pages")).isEmpty();
    }

    @Test
    void aRemoteAheadIsRefusedClearlyAndNothingChangesHere() throws Exception {
        carnet("remote", "set", origin.toString());
        carnet("publish");
        pushedFromElsewhere("main", "notes/2024/12-ailleurs.md", "---\ntitle: \"Ailleurs\"\ndate: 2024-12-01\n---\nx\n", "Écrit ailleurs");

        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nIci.\n");
        carnet("commit");
        String pagesBefore = commits(blog, "gh-pages").get(0).getName();
        String mainBefore = commits(blog, "main").get(0).getName();
        var result = carnet("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: publish refused by origin: main: the remote has commits you don't have: "
                + "run carnet sync, then publish again. Nothing changed, here or on origin: your commits and notes are intact\n");
        assertThat(commits(blog, "gh-pages").get(0).getName()).isEqualTo(pagesBefore);
        assertThat(commits(blog, "main").get(0).getName()).isEqualTo(mainBefore);
        assertThat(commits(origin, "gh-pages").get(0).getName()).as("the site of a refused main never goes online").isEqualTo(pagesBefore);
        assertThat(carnet("publish").exit()).as("the next publish is refused for the same reason only").isEqualTo(1);
        assertThat(carnet("sync").exit()).isZero();
        var after = carnet("publish");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(commits(origin, "gh-pages").get(0).getParent(0).getName()).isEqualTo(pagesBefore);
    }

    @Test
    void aRefusedPagesBranchLeavesTheRemotesMainAsItWas() throws Exception {
        carnet("remote", "set", origin.toString());
        carnet("publish");
        pushedFromElsewhere("gh-pages", "a-la-main.html", "<p>fait à la main</p>", "À la main");

        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nIci.\n");
        carnet("commit");
        String mainBefore = commits(origin, "main").get(0).getName();
        var result = carnet("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: publish refused by origin: gh-pages: the remote's gh-pages has commits carnet"
                + " did not make (set publish.history: single to replace it). Nothing changed, here or on origin: your commits and notes are intact\n");
        assertThat(commits(origin, "main").get(0).getName()).as("main waits for its site").isEqualTo(mainBefore);
        assertThat(commits(origin, "gh-pages").get(0).getShortMessage()).isEqualTo("À la main");
    }

    @Test
    void aPagesCommitCarnetMadeHereEarlierIsContinuedNotRefused() throws Exception {
        carnet("remote", "set", origin.toString());
        carnet("publish", "-m", "Premier site");
        String first = commits(blog, "gh-pages").get(0).getName();
        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nDeux.\n");
        carnet("commit");
        carnet("publish", "-m", "Deuxième site");
        String second = commits(origin, "gh-pages").get(0).getName();
        // What a carnet that pushed branch by branch left: the remote took the site, the local branch was put back.
        SystemGit.run(blog, "update-ref", "refs/heads/gh-pages", first);

        Fixtures.write(april, Fixtures.read(april) + "\nTrois.\n");
        carnet("commit");
        var result = carnet("publish", "-m", "Troisième site");
        assertThat(result.exit()).as(result.err()).isZero();
        List<RevCommit> online = commits(origin, "gh-pages");
        assertThat(online).extracting(RevCommit::getShortMessage).containsExactly("Troisième site", "Deuxième site", "Premier site");
        assertThat(online.get(1).getName()).isEqualTo(second);
        assertThat(commits(blog, "gh-pages").get(0).getName()).isEqualTo(online.get(0).getName());
    }

    @Test
    void refusesANoteHoldingConflictMarkersAndPushesNothing() throws Exception {
        carnet("remote", "set", origin.toString());
        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\n<<<<<<< Upstream, based on main\nLeur texte.\n=======\nMon texte.\n>>>>>>> 1a2b3c4 Ici\n");
        carnet("commit", "-m", "Conflit commis par mégarde");
        var result = carnet("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("carnet: notes/2024/04-notes-d-avril-2024.md:9: conflict markers from a sync (<<<<<<<,");
        assertThat(commits(blog, "gh-pages")).isEmpty();
        assertThat(commits(origin, "gh-pages")).isEmpty();
        assertThat(commits(origin, "main")).isEmpty();
    }

    @Test
    void withoutAGitIdentityPublishSaysWhoTheSiteIsByAndHowToSetOne() throws Exception {
        var result = carnet("publish");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("note: git has no user.name and user.email here, so carnet commits as A. Author"
                + " <author@example.org>; to commit as yourself: git config --global user.name \"Your Name\""
                + " && git config --global user.email you@example.org\n");
        assertThat(carnet("publish").err()).as("no commit, nothing to say").isEmpty();
    }

    @Test
    void anUnreachableRemoteLeavesEverythingAsItWas() throws Exception {
        carnet("remote", "set", dir.resolve("nowhere.git").toString());
        var result = carnet("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("carnet: cannot reach origin (" + dir.resolve("nowhere.git") + "): ")
                .endsWith("your commits are safe here, try again when it answers\n");
        assertThat(commits(blog, "gh-pages")).isEmpty();
    }

    @Test
    void gitlabGetsItsCiFileAndCodebergItsBranch() throws Exception {
        Fixtures.write(blog.resolve("carnet.yml"), Fixtures.read(blog.resolve("carnet.yml")).replace("publish:\n", "publish:\n  host: gitlab\n"));
        carnet("commit", "-m", "gitlab");
        carnet("publish");
        try (Git git = Git.open(blog.toFile())) {
            var tree = commits(blog, "gh-pages").get(0).getTree();
            try (var walk = org.eclipse.jgit.treewalk.TreeWalk.forPath(git.getRepository(), ".gitlab-ci.yml", tree)) {
                assertThat(walk).isNotNull();
                assertThat(new String(git.getRepository().open(walk.getObjectId(0)).getBytes())).contains("pages:", "public", "gh-pages");
            }
        }
        Fixtures.write(blog.resolve("carnet.yml"), Fixtures.read(blog.resolve("carnet.yml")).replace("host: gitlab", "host: codeberg"));
        carnet("commit", "-m", "codeberg");
        assertThat(carnet("publish").out()).contains("on branch pages");
    }

    @Test
    void remoteShowHidesTokensButNotSshUsers() {
        carnet("remote", "set", "https://ghp_s3cr3t@github.com/julien/blog.git");
        assertThat(carnet("remote").out()).isEqualTo("origin  https://***@github.com/julien/blog.git\n");
        carnet("remote", "set", "ssh://git@codeberg.org/julien/blog.git");
        assertThat(carnet("remote").out()).isEqualTo("origin  ssh://git@codeberg.org/julien/blog.git\n");
    }

    private static dev.carnet.model.Progress recording(List<String> phases, String cancelAfter) {
        return new dev.carnet.model.Progress() {
            @Override
            public void phase(String what) {
                phases.add(what);
            }

            @Override
            public boolean cancelled() {
                return cancelAfter != null && phases.contains(cancelAfter);
            }
        };
    }

    @Test
    void reportsItsPhasesAndStopsCleanlyWhenCancelled() throws Exception {
        carnet("remote", "set", origin.toString());
        List<String> phases = new ArrayList<>();
        var transport = dev.carnet.config.TransportSettings.of(dir).withTasks(recording(phases, null));
        var service = new dev.carnet.service.PublishService(dev.carnet.store.Blog.open(blog), CliRun.CLOCK, transport);
        service.publish(new dev.carnet.service.PublishService.Options(false, null, false));
        assertThat(phases).startsWith("building the site", "writing branch gh-pages", "pushing to origin");

        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nEncore.\n");
        carnet("commit");
        String before = commits(blog, "gh-pages").get(0).getName();
        List<String> cancelled = new ArrayList<>();
        var stopping = dev.carnet.config.TransportSettings.of(dir).withTasks(recording(cancelled, "writing branch gh-pages"));
        var stopped = new dev.carnet.service.PublishService(dev.carnet.store.Blog.open(blog), CliRun.CLOCK, stopping);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stopped.publish(new dev.carnet.service.PublishService.Options(false, null, false)))
                .hasMessage("publish cancelled; nothing changed here");
        assertThat(commits(blog, "gh-pages").get(0).getName()).isEqualTo(before);
        assertThat(commits(origin, "gh-pages").get(0).getName()).isEqualTo(before);
    }

    @Test
    void refusesATokenInTheRemotesAddressAndNeverPrintsTheTokenItUses() throws Exception {
        var refused = carnet("remote", "set", "https://julien:s3cr3t-token@codeberg.org/julien/blog.git");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).doesNotContain("s3cr3t").contains("CARNET_GIT_TOKEN or ~/.netrc");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.getRepository().getConfig().toText()).doesNotContain("s3cr3t");
        }
        carnet("remote", "set", "https://127.0.0.1:9/julien/blog.git");
        var result = new CliRun(blog).env("CARNET_GIT_TOKEN", "s3cr3t-token").run("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("carnet: cannot reach origin (https://127.0.0.1:9/julien/blog.git): ")
                .doesNotContain("s3cr3t");
        assertThat(result.out()).doesNotContain("s3cr3t");
    }
}
