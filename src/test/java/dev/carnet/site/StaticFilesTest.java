package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {".env", ".env.local", "server.key", "tls/cert.pem", "id_rsa", "id_ed25519.pub", ".git/config",
        "theme/.git/HEAD", ".ssh/known_hosts", "store.p12", ".netrc"})
    void takesThesePathsForSecrets(String path) {
        assertThat(StaticFiles.looksSecret(Path.of(path))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"images/atelier.jpg", ".well-known/security.txt", "keyboard.png", "environment.html", "notes.pdf",
        "ideas/plan.txt", "CNAME"})
    void publishesTheseAsTheyAre(String path) {
        assertThat(StaticFiles.looksSecret(Path.of(path))).isFalse();
    }
}
