package org.jjmask.cli;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.nio.file.Files;

/**
 * The house rules of {@code ARCHITECTURE.md}, checked on the production classes of every module
 * (this module's tests see them all; the bench is not among them). A change that breaks one fails
 * {@code mvn verify} with the offending class and line.
 */
@AnalyzeClasses(packages = "org.jjmask",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
public class ArchitectureTest {

    /** The modules' test-jars (gds-writer's ExternalTool and friends) are test code too. */
    public static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    private static ArchRule knowsNoJts(String packages, String because) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().resideInAPackage("org.locationtech..").because(because);
    }

    /** {@code physics} takes numbers: no JTS. */
    @ArchTest
    public static final ArchRule PHYSICS_KNOWS_NO_JTS = knowsNoJts("org.jjmask.physics..",
            "physics takes an ArrayGeometry or a JunctionNetwork of plain numbers (ARCHITECTURE.md)");

    /** ... and no files. */
    @ArchTest
    public static final ArchRule PHYSICS_KNOWS_NO_FILES = noClasses().that().resideInAPackage("org.jjmask.physics..")
            .should().dependOnClassesThat().resideInAPackage("java.nio.file..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*")
            .because("physics knows no files (ARCHITECTURE.md)");

    /** The GDSII model is integers in database units; {@code layout} converts. */
    @ArchTest
    public static final ArchRule GDS_KNOWS_NO_JTS = knowsNoJts("org.jjmask.gds..",
            "gds-writer's model is integers in database units; layout converts (ARCHITECTURE.md)");

    /** Libraries return values or throw; only the CLI talks to the terminal. */
    @ArchTest
    public static final ArchRule ONLY_CLI_PRINTS = noClasses().that().resideOutsideOfPackage("org.jjmask.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only cli prints; libraries return values or throw typed exceptions (ARCHITECTURE.md)");

    /**
     * Files are written once, at the edge. Reading is allowed elsewhere: {@code design} reads the
     * spec YAML and a GDS outline, {@code gds-writer} reads a library from a path.
     */
    @ArchTest
    public static final ArchRule ONLY_CLI_WRITES_FILES = noClasses().that().resideOutsideOfPackage("org.jjmask.cli..")
            .should().dependOnClassesThat().haveNameMatching(
                    "java\\.io\\.(FileOutputStream|FileWriter|RandomAccessFile|PrintWriter|PrintStream)")
            .orShould().callMethodWhere(target(owner(type(Files.class))).and(target(nameMatching(
                    "write|writeString|newOutputStream|newBufferedWriter|newByteChannel|copy|move|delete"
                            + "|deleteIfExists|create.*|setAttribute|setLastModifiedTime|setPosixFilePermissions"))))
            // opening a channel is how GdsReader reads; writing through one is what counts
            .orShould().callMethodWhere(target(owner(assignableTo(java.nio.channels.FileChannel.class)))
                    .and(target(nameMatching("write|transferFrom|truncate|force"))))
            .because("files are written once, at the edge, by the CLI (ARCHITECTURE.md)");

    /** The modules' table: dependencies point down it (gds-writer ← layout ← design ← report ← cli, physics ← design). */
    @ArchTest
    public static final ArchRule MODULES_POINT_DOWN = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("gds-writer").definedBy("org.jjmask.gds..")
            .layer("layout").definedBy("org.jjmask.layout..")
            // optional: cli's classpath holds it once the exposure is wired into the product
            .optionalLayer("exposure").definedBy("org.jjmask.exposure..")
            .layer("physics").definedBy("org.jjmask.physics..")
            .layer("design").definedBy("org.jjmask.design..")
            .layer("report").definedBy("org.jjmask.report..")
            .layer("cli").definedBy("org.jjmask.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("design").mayOnlyBeAccessedByLayers("report", "cli")
            .whereLayer("exposure").mayOnlyBeAccessedByLayers("design", "report", "cli")
            .whereLayer("layout").mayOnlyBeAccessedByLayers("exposure", "design", "report", "cli")
            .whereLayer("physics").mayOnlyBeAccessedByLayers("design", "report", "cli")
            .whereLayer("gds-writer").mayOnlyBeAccessedByLayers("layout", "exposure", "design", "report", "cli");

    /** No cycles between the modules' packages. */
    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices().matching("org.jjmask.(*)..")
            .should().beFreeOfCycles();

    /** Nor between any two packages, sub-packages included ({@code layout.drc}, {@code physics.laplace}, ...). */
    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("org.jjmask.(**)")
            .should().beFreeOfCycles();
}
