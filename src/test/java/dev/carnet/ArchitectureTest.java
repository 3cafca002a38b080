package dev.carnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Keeps the package arrows of DESIGN.md §3: the core never knows its front ends. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.carnet");

    /**
     * DESIGN.md §3's arrows, one line a package: what it may use of carnet (the JDK and libraries
     * are the other tests' business). Read with DESIGN's drawing:
     * <ul>
     * <li>model and error: nothing of carnet's. {@code Progress} is in model and {@code Utf8Text} in
     *     error so that vcs, service and tui (Progress) and config and store (Utf8Text) can all reach them.</li>
     * <li>markdown also uses model: headings get their anchors from {@code Slug}, the rule notes'
     *     slugs follow, so a link to {@code #a-heading} is written the way the author writes a slug.</li>
     * <li>site: DESIGN's "..." are the lower layers (store, markdown, config, model, error), never vcs.</li>
     * <li>cli: DESIGN's "..." are the values the services speak in (model, error) and config, for the
     *     settings a front end makes from its environment ({@code TransportSettings}); never vcs,
     *     store, site or markdown: those go through a service.</li>
     * </ul>
     */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("model", List.of());
        MAY_USE.put("error", List.of());
        MAY_USE.put("config", List.of("model", "error"));
        MAY_USE.put("store", List.of("model", "error", "config"));
        MAY_USE.put("markdown", List.of("error", "config", "model"));
        MAY_USE.put("site", List.of("store", "markdown", "config", "model", "error"));
        MAY_USE.put("vcs", List.of("model", "error", "config"));
        MAY_USE.put("importer", List.of("store", "markdown", "config", "error", "model"));
        MAY_USE.put("service", List.of("importer", "site", "vcs", "store", "markdown", "config", "model", "error"));
        MAY_USE.put("tui", List.of("service", "model", "error"));
        MAY_USE.put("cli", List.of("service", "tui", "config", "model", "error"));
    }

    /** Uses below service that a package still has, by name, until they go through a service: none left. */
    private static final Map<String, List<Class<?>>> NOT_YET = Map.of();

    @TestFactory
    Stream<DynamicTest> eachPackageUsesOnlyWhatDesignAllows() {
        return MAY_USE.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey() + " -> " + entry.getValue(), () -> {
            List<String> forbidden = MAY_USE.keySet().stream()
                    .filter(p -> !p.equals(entry.getKey()) && !entry.getValue().contains(p))
                    .map(p -> "dev.carnet." + p + "..").toList();
            DescribedPredicate<JavaClass> target = JavaClass.Predicates.resideInAnyPackage(forbidden.toArray(String[]::new));
            List<Class<?>> tolerated = NOT_YET.getOrDefault(entry.getKey(), List.of());
            if (!tolerated.isEmpty()) {
                target = target.and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(tolerated.toArray(Class<?>[]::new))));
            }
            noClasses().that().resideInAPackage("dev.carnet." + entry.getKey() + "..")
                    .should().dependOnClassesThat(target)
                    .check(CLASSES);
        }));
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
