package dev.carnet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carnet.Fixtures;
import dev.carnet.error.Phrase;
import dev.carnet.serve.ReloadStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of {@code carnet serve} over SSH, kept as the author keeps it: the line the preview
 * prints is run as it is, by OpenSSH's own client, against an SSH server on loopback (Apache MINA
 * sshd), and the page, then the reload after a save, come through that one tunnel. Only the local
 * port is moved: the author's machine is another machine, where the preview's port is free; here
 * it is this one.
 */
class PreviewThroughSshTest {
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-01-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;
    RunningPreview preview;
    SshServer sshd;
    Process ssh;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws IOException {
        if (ssh != null) {
            ssh.destroyForcibly();
        }
        if (sshd != null) {
            sshd.stop(true);
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void thePrintedLineBringsThePageAndItsReloadsOverIpv4() throws Exception {
        pageAndReloadThroughTheTunnel("127.0.0.1");
    }

    @Test
    void thePrintedLineBringsThePageAndItsReloadsOverIpv6() throws Exception {
        assumeTrue(canListenOn("::1"), "this machine has no IPv6 loopback");
        pageAndReloadThroughTheTunnel("::1");
    }

    private void pageAndReloadThroughTheTunnel(String sshHost) throws Exception {
        Path blog = dir.resolve("blog");
        Fixtures.blog(blog);
        Path key = dir.resolve("home/.ssh/id_ecdsa");
        keygen(key);
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost(sshHost);
        sshd.setPort(0);
        sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        sshd.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(Path.of(key + ".pub")));
        sshd.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        sshd.start();

        preview = BlogServices.find(blog).preview(LATER, false, false, 0, phrase -> phrase.in(Phrase.ENGLISH), line -> { });
        int port = preview.address().getPort();
        String line = preview.tunnel(Map.of("SSH_CONNECTION", sshHost + " 50022 " + sshHost + " " + sshd.getPort(), "USER", "author"))
                .orElseThrow();
        int local = freePort();
        ssh = run(line.replaceFirst("-L " + port + ":", "-L " + local + ":"), key);

        String page = "http://127.0.0.1:" + local + "/blog/2024/07/notes-de-juin-2024/";
        waitForPage(page);
        BlockingQueue<String> events = ReloadStream.listen(local);
        assertThat(events.poll(20, TimeUnit.SECONDS)).as("the stream's first event, through the tunnel").startsWith("event: hello");

        Path june = blog.resolve(JUNE);
        Path whole = june.resolveSibling(".06-notes-de-juin-2024.md.tmp");
        Fixtures.write(whole, Fixtures.read(june).replace("---\n\n", "---\n\nÉcrit sur le serveur, lu chez soi.\n\n"));
        Files.move(whole, june, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String shown;
        do {
            String event = events.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(event).as("a reload through the tunnel in time").isNotNull().startsWith("event: reload");
            shown = get(page).body();
        } while (!shown.contains("Écrit sur le serveur, lu chez soi.") && System.nanoTime() < until);
        assertThat(shown).contains("Écrit sur le serveur, lu chez soi.");
    }

    /** The printed line, run as printed, with what a test adds: its key, and no known hosts or config of the developer's. */
    private Process run(String line, Path key) throws IOException {
        List<String> words = new ArrayList<>(Arrays.asList(line.split(" ")));
        assertThat(words.get(0)).isEqualTo("ssh");
        words.addAll(1, List.of("-F", "/dev/null", "-i", key.toString(), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "ExitOnForwardFailure=yes", "-o", "LogLevel=ERROR"));
        ProcessBuilder builder = new ProcessBuilder(words).redirectErrorStream(true)
                .redirectOutput(dir.resolve("ssh.log").toFile());
        builder.environment().put("HOME", dir.resolve("home").toString());
        return builder.start();
    }

    private void waitForPage(String page) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            assertThat(ssh.isAlive()).as("ssh still running: %s", log()).isTrue();
            try {
                if (get(page).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // the tunnel is not up yet
            }
            assertThat(System.nanoTime()).as("the page through the tunnel in time; ssh says: %s", log()).isLessThan(until);
            Thread.sleep(50);
        }
    }

    private String log() throws IOException {
        Path log = dir.resolve("ssh.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void keygen(Path key) throws IOException, InterruptedException {
        Files.createDirectories(key.getParent());
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-C", "carnet-test", "-f", key.toString())
                .redirectErrorStream(true).start();
        String said = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keygen.waitFor()).as("ssh-keygen: %s", said).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean canListenOn(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
