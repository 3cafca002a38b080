package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortOutOfRangeIsAUsageErrorBeforeAnythingStarts() {
        Fixtures.blog(dir);
        var result = new CliRun(dir).run("serve", "--port", "70000");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("carnet: --port must be between 0 and 65535, not 70000\n");
    }

    @Test
    void itsHelpSaysWhatItServesAndHow() {
        var help = new CliRun(dir).run("serve", "--help").out();
        assertThat(help).contains("--port", "--drafts", "--future", "--open", "127.0.0.1", "ssh -L");
    }
}
