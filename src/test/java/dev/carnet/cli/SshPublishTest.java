package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.junit.ssh.SshTestGitServer;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing over real SSH to an in-process git server on 127.0.0.1, with an ed25519 key made by
 * ssh-keygen in a home folder of the test's own (never the developer's ~/.ssh).
 */
class SshPublishTest {
    @TempDir
    Path dir;
    Path home;
    Path blog;
    Repository served;
    SshTestGitServer server;
    int port;

    @BeforeEach
    void serverBlogAndKeys() throws Exception {
        home = dir.resolve("home");
        Files.createDirectories(home.resolve(".ssh"));
        keygen(home.resolve(".ssh/id_ed25519"));
        blog = Fixtures.copy("site-blog", dir.resolve("blog"));
        Fixtures.write(blog.resolve(".gitignore"), "public/\n.carnet/\n");
        GitRepository.initAndCommitAll(blog, "Premier commit", new Identity("A. Author", "author@example.org"));
        served = Git.init().setBare(true).setDirectory(dir.resolve("served.git").toFile()).setInitialBranch("main").call().getRepository();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair hostKey = generator.generateKeyPair();
        server = new SshTestGitServer("git", home.resolve(".ssh/id_ed25519.pub"), served, hostKey);
        port = server.start();
        carnet("remote", "set", "ssh://git@127.0.0.1:" + port + "/blog.git");
    }

    @AfterEach
    void stop() throws IOException {
        server.stop();
        served.close();
    }

    private static void keygen(Path key) throws IOException, InterruptedException {
        keygen(key, "");
    }

    private static void keygen(Path key, String passphrase) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "carnet-test", "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
    }

    private CliRun.Result carnet(String... args) {
        return new CliRun(blog).env("HOME", home.toString()).run(args);
    }

    private boolean servedHas(String branch) throws IOException {
        return served.resolve("refs/heads/" + branch) != null;
    }

    @Test
    void refusesAnUnknownHostWithItsFingerprintAndTheLineToAdd() throws Exception {
        var result = carnet("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("carnet: cannot reach origin: the SSH host [127.0.0.1]:" + port + " is unknown (key SHA256:")
                .contains("run again with --accept-new-host-key", "add this line to " + home.resolve(".ssh/known_hosts")
                        + ": [127.0.0.1]:" + port + " ecdsa-sha2-nistp256 ");
        assertThat(servedHas("gh-pages")).isFalse();
        assertThat(home.resolve(".ssh/known_hosts")).doesNotExist();
    }

    @Test
    void acceptsANewHostWhenAskedThenKnowsIt() throws Exception {
        var first = carnet("publish", "--accept-new-host-key");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Pushed main and gh-pages to origin");
        assertThat(servedHas("gh-pages")).isTrue();
        assertThat(servedHas("main")).isTrue();
        assertThat(home.resolve(".ssh/known_hosts")).content().startsWith("[127.0.0.1]:" + port + " ecdsa-sha2-nistp256 ");

        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nEncore.\n");
        carnet("commit");
        var second = carnet("publish");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(carnet("sync").out()).isEqualTo("Already in sync with the remote.\n");
    }

    @Test
    void refusesAHostWhoseKeyChanged() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        String other = org.apache.sshd.common.config.keys.PublicKeyEntry.toString(generator.generateKeyPair().getPublic());
        Fixtures.write(home.resolve(".ssh/known_hosts"), "[127.0.0.1]:" + port + " " + other + "\n");
        var result = carnet("publish", "--accept-new-host-key");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("is not the one in", "this could be an attack");
        assertThat(servedHas("gh-pages")).isFalse();
    }

    @Test
    void refusesAKeyTheServerDoesNotKnowAndLeavesEverythingAsItWas() throws Exception {
        Files.delete(home.resolve(".ssh/id_ed25519"));
        Files.delete(home.resolve(".ssh/id_ed25519.pub"));
        keygen(home.resolve(".ssh/id_ed25519"));
        var result = carnet("publish", "--accept-new-host-key");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: cannot log in to origin (ssh://git@127.0.0.1:" + port + "/blog.git) over SSH:"
                + " the server refused the keys of " + home.resolve(".ssh") + "; add your .pub key to your account on the host"
                + " (or name the key with IdentityFile in ~/.ssh/config). Your commits are safe here\n");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/gh-pages")).as("the refused pages commit was undone").isNull();
        }
    }

    @Test
    void asksForTheKeysPassphrase() throws Exception {
        Files.delete(home.resolve(".ssh/id_ed25519"));
        Files.delete(home.resolve(".ssh/id_ed25519.pub"));
        keygen(home.resolve(".ssh/id_ed25519"), "phrase secrète");
        server.setTestUserPublicKey(home.resolve(".ssh/id_ed25519.pub"));
        java.util.List<String> asked = new java.util.ArrayList<>();
        var transport = dev.carnet.config.TransportSettings.of(home).acceptingNewHostKeys(true).withPrompt(text -> {
            asked.add(text);
            return "phrase secrète".toCharArray();
        });
        var service = new dev.carnet.service.PublishService(dev.carnet.store.Blog.open(blog), CliRun.CLOCK, transport);
        var report = service.publish(new dev.carnet.service.PublishService.Options(false, null, false));
        assertThat(report.pushed()).isNotEmpty(); // a refused push throws: branches listed = the remote took them
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).contains("Passphrase");
        assertThat(servedHas("gh-pages")).isTrue();
    }

    @Test
    void aRemoteAheadIsRefusedOverSshAndNothingChangesHere() throws Exception {
        assertThat(carnet("publish", "--accept-new-host-key").exit()).isZero();
        // Someone else pushes to main (straight into the served repository).
        Path other = dir.resolve("other");
        try (Git git = Git.cloneRepository().setURI(served.getDirectory().toURI().toString()).setDirectory(other.toFile()).call()) {
            Fixtures.write(other.resolve("notes/2024/12-ailleurs.md"), "---\ntitle: \"Ailleurs\"\ndate: 2024-12-01\n---\nx\n");
            git.add().addFilepattern("notes").call();
            var person = new org.eclipse.jgit.lib.PersonIdent("Other", "o@example.org");
            git.commit().setMessage("Ailleurs").setAuthor(person).setCommitter(person).setSign(false).call();
            git.push().call();
        }
        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nIci.\n");
        carnet("commit");
        String pages;
        String main;
        try (Git git = Git.open(blog.toFile())) {
            pages = git.getRepository().resolve("refs/heads/gh-pages").getName();
            main = git.getRepository().resolve("refs/heads/main").getName();
        }
        var result = carnet("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("carnet: publish refused by origin: main: the remote has commits you don't have: "
                + "run carnet sync, then publish again");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/gh-pages").getName()).isEqualTo(pages);
            assertThat(git.getRepository().resolve("refs/heads/main").getName()).isEqualTo(main);
        }
        assertThat(served.resolve("refs/heads/gh-pages").getName()).as("main and the site are pushed all or none over SSH too")
                .isEqualTo(pages);
    }

    @Test
    void followsTheHostAliasPortUserAndKeyOfSshConfig() throws Exception {
        Files.move(home.resolve(".ssh/id_ed25519"), home.resolve(".ssh/blog_key"));
        Fixtures.write(home.resolve(".ssh/config"), "Host blog-host\n  HostName 127.0.0.1\n  Port " + port
                + "\n  User git\n  IdentityFile ~/.ssh/blog_key\n");
        carnet("remote", "set", "blog-host:blog.git");
        var result = carnet("publish", "--accept-new-host-key");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(servedHas("gh-pages")).isTrue();
    }

    @Test
    void aStoppedServerLeavesTheLocalRepositoryIntact() throws Exception {
        carnet("publish", "--accept-new-host-key");
        server.stop();
        Path april = blog.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april) + "\nHors ligne.\n");
        carnet("commit");
        String pages;
        try (Git git = Git.open(blog.toFile())) {
            pages = git.getRepository().resolve("refs/heads/gh-pages").getName();
        }
        var result = carnet("publish");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("cannot reach origin", "your commits are safe here");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/gh-pages").getName()).isEqualTo(pages);
        }
        assertThat(carnet("status").out()).contains("Nothing changed since the last commit.");
    }
}
