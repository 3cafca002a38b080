package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarnetVersionTest {
    @Test
    void aBuildOfUnknownOriginHasNoIdentitySoNoCacheIsTrusted() {
        assertThat(CarnetVersion.identity("0.1.0", "2026-12-01T10:00:00Z")).isEqualTo("0.1.0+2026-12-01T10:00:00Z");
        assertThat(CarnetVersion.identity("", "")).isNull();
        assertThat(CarnetVersion.identity("dev", "")).isNull();
        assertThat(CarnetVersion.identity("${project.version}", "${build}")).isNull();
    }

    @Test
    void theBuiltJarKnowsWhichCarnetItIs() {
        assertThat(CarnetVersion.identity()).matches("\\d+\\.\\d+\\.\\d+.*\\+\\d{4}-.*");
    }
}
