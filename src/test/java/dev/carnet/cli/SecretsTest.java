package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the blog, and nothing that looks like a secret, reaches the site or the remote. */
class SecretsTest {
    @TempDir
    Path dir;
    Path blog;
    Path key;

    @BeforeEach
    void blogBesideAPrivateKey() {
        blog = Fixtures.copy("site-blog", dir.resolve("blog"));
        Fixtures.write(blog.resolve(".gitignore"), "public/\n.carnet/\n");
        key = dir.resolve("home/.ssh/id_ed25519");
        Fixtures.write(key, "-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n");
    }

    private CliRun.Result carnet(String... args) {
        return new CliRun(blog).run(args);
    }

    private String git(String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java.util.stream.Stream.concat(java.util.stream.Stream.of("git"),
                java.util.Arrays.stream(args)).toList()).directory(blog.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void aLinkInStaticToAFileOutsideTheBlogStopsTheBuildAndThePublish() throws Exception {
        Files.createSymbolicLink(blog.resolve("static/key"), key);
        GitRepository.initAndCommitAll(blog, "Premier", new Identity("A", "a@example.org"));
        var build = carnet("build");
        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.err()).isEqualTo("carnet: static/key: a link to " + key.toRealPath() + ", outside the blog folder;"
                + " carnet never reads or publishes it: copy the file into the blog instead, or remove the link\n");
        assertThat(blog.resolve("public")).doesNotExist();
        var publish = carnet("publish");
        assertThat(publish.exit()).isEqualTo(1);
        assertThat(git("branch", "--list", "gh-pages")).isEmpty();
    }

    @Test
    void filesThatLookLikeSecretsAreLeftOutUnlessIncluded() throws Exception {
        for (String name : new String[] {".env", ".env.production", "server.key", "cert.pem", "id_rsa", ".ssh/config"}) {
            Fixtures.write(blog.resolve("static/" + name), "secret " + name);
        }
        Fixtures.write(blog.resolve("static/keys/public.pem"), "-----BEGIN PUBLIC KEY-----");
        Fixtures.write(blog.resolve("static/.well-known/security.txt"), "Contact: mailto:a@example.org");
        Fixtures.write(blog.resolve("carnet.yml"), Fixtures.read(blog.resolve("carnet.yml")) + "\n"
                .concat(Fixtures.read(blog.resolve("carnet.yml")).contains("publish:") ? "" : "publish:\n") + "  include: [\"keys/*.pem\"]\n");
        GitRepository.initAndCommitAll(blog, "Premier", new Identity("A", "a@example.org"));
        var build = carnet("build");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).contains("warning: static/.env: looks like a secret, so it is not published"
                + " (list it in publish.include in carnet.yml if readers should get it)", "warning: static/id_rsa: looks like a secret");
        assertThat(blog.resolve("public/keys/public.pem")).exists();
        assertThat(blog.resolve("public/.well-known/security.txt")).exists();
        for (String name : new String[] {".env", ".env.production", "server.key", "cert.pem", "id_rsa", ".ssh/config"}) {
            assertThat(blog.resolve("public/" + name)).as(name).doesNotExist();
        }
        var publish = carnet("publish");
        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(git("ls-tree", "-r", "--name-only", "gh-pages")).contains("keys/public.pem", ".well-known/security.txt")
                .doesNotContain(".env", "server.key", "cert.pem", "id_rsa", ".ssh", ".git/");
    }

    @Test
    void linkedNotesPagesAndTemplatesOutsideTheBlogAreRefused() throws Exception {
        Path outside = dir.resolve("elsewhere");
        Fixtures.write(outside.resolve("note.md"), "---\ntitle: \"Ailleurs\"\ndate: 2024-04-01T10:00:00+02:00\n---\nTexte.\n");
        Fixtures.write(outside.resolve("note.peb"), "{{ note.content | raw }}");
        Path link = Files.createSymbolicLink(blog.resolve("notes/2024/03-ailleurs.md"), outside.resolve("note.md"));
        var build = carnet("build");
        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.err()).startsWith("carnet: notes/2024/03-ailleurs.md: a link to ").contains("outside the blog folder");
        assertThat(carnet("list").err()).contains("notes/2024/03-ailleurs.md: a link to ");
        Files.delete(link);
        Files.createSymbolicLink(blog.resolve("pages/ailleurs.md"), outside.resolve("note.md"));
        assertThat(carnet("build").err()).startsWith("carnet: pages/ailleurs.md: a link to ");
        Files.delete(blog.resolve("pages/ailleurs.md"));
        Files.createDirectories(blog.resolve("templates"));
        Files.createSymbolicLink(blog.resolve("templates/note.peb"), outside.resolve("note.peb"));
        assertThat(carnet("build").err()).startsWith("carnet: templates/note.peb: a link to ");
        Files.delete(blog.resolve("templates/note.peb"));
        Files.createSymbolicLink(blog.resolve("static/inside.jpg"), blog.resolve("static/images/atelier.jpg"));
        assertThat(carnet("build").exit()).isZero();
        assertThat(blog.resolve("public/inside.jpg")).exists();
    }
}
