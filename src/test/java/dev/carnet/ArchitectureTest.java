package dev.carnet;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the package arrows of DESIGN.md §3: the core never knows its front ends. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.carnet");

    @Test
    void packagesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("dev.carnet.model..")
                .layer("error").definedBy("dev.carnet.error..")
                .layer("config").definedBy("dev.carnet.config..")
                .layer("store").definedBy("dev.carnet.store..")
                .layer("markdown").definedBy("dev.carnet.markdown..")
                .layer("site").definedBy("dev.carnet.site..")
                .layer("vcs").definedBy("dev.carnet.vcs..")
                .layer("service").definedBy("dev.carnet.service..")
                .layer("tui").definedBy("dev.carnet.tui..")
                .layer("cli").definedBy("dev.carnet.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("tui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("service").mayOnlyBeAccessedByLayers("tui", "cli")
                .whereLayer("site").mayOnlyBeAccessedByLayers("service", "cli")
                .whereLayer("vcs").mayOnlyBeAccessedByLayers("service", "cli")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("site", "service", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("site", "service", "tui", "cli")
                .whereLayer("config").mayOnlyBeAccessedByLayers("store", "markdown", "site", "vcs", "service", "tui", "cli")
                .whereLayer("error").mayOnlyBeAccessedByLayers("config", "store", "markdown", "site", "vcs", "service", "tui", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("config", "store", "markdown", "site", "vcs", "service", "tui", "cli")
                .withOptionalLayers(true)
                .check(CLASSES);
    }

    @Test
    void modelAndErrorUseTheJdkOnly() {
        noClasses().that().resideInAnyPackage("dev.carnet.model..", "dev.carnet.error..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.carnet.model..", "dev.carnet.error..", "java..")
                .check(CLASSES);
    }

    @Test
    void jgitStaysInsideVcs() {
        noClasses().that().resideOutsideOfPackage("dev.carnet.vcs..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .check(CLASSES);
    }

    @Test
    void theCoreNeverPrintsOrReadsTheSystemClock() {
        noClasses().that().resideOutsideOfPackage("dev.carnet.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(CLASSES);
    }

    /** {@code YearMonth.now()} and its kin read the system clock too: the core takes a Clock. */
    @Test
    void theCoreAsksTheGivenClockForTheDate() {
        var rule = noClasses().that().resideOutsideOfPackage("dev.carnet.cli..").should().callMethod(java.time.Instant.class, "now");
        for (Class<?> type : List.of(java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.LocalTime.class,
                java.time.ZonedDateTime.class, java.time.OffsetDateTime.class, java.time.YearMonth.class, java.time.Year.class)) {
            rule = rule.orShould().callMethod(type, "now").orShould().callMethod(type, "now", java.time.ZoneId.class);
        }
        rule.check(CLASSES);
    }

    @Test
    void picocliStaysInTheCli() {
        noClasses().that().resideOutsideOfPackage("dev.carnet.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(CLASSES);
    }
}
