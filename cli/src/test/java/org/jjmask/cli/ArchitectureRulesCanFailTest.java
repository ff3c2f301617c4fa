package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.jjmask.design.archfixture.WritesInDesign;
import org.jjmask.design.archfixture.a.A;
import org.jjmask.design.archfixture.b.B;
import org.jjmask.gds.archfixture.GdsUsesLayout;
import org.jjmask.gds.archfixture.JtsInGds;
import org.jjmask.layout.archfixture.LayoutUsesGds;
import org.jjmask.layout.archfixture.PrintsInLayout;
import org.jjmask.physics.archfixture.FilesInPhysics;
import org.jjmask.physics.archfixture.JtsInPhysics;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureTest} against a small class that breaks it (test fixtures in
 * the modules' packages, never imported by the rules' own run): a rule that passes here would
 * pass whatever the code did.
 */
class ArchitectureRulesCanFailTest {

    private static void assertCatches(ArchRule rule, String offender, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        assertThatThrownBy(() -> rule.check(imported)).isInstanceOf(AssertionError.class).hasMessageContaining(offender);
    }

    @Test
    void jtsOrFilesInPhysics() {
        assertCatches(ArchitectureTest.PHYSICS_KNOWS_NO_JTS, "JtsInPhysics.x", JtsInPhysics.class);
        assertCatches(ArchitectureTest.PHYSICS_KNOWS_NO_FILES, "FilesInPhysics.name", FilesInPhysics.class);
    }

    @Test
    void jtsInGdsWriter() {
        assertCatches(ArchitectureTest.GDS_KNOWS_NO_JTS, "JtsInGds.width", JtsInGds.class);
    }

    @Test
    void printingOrWritingOutsideTheCli() {
        assertCatches(ArchitectureTest.ONLY_CLI_PRINTS, "PrintsInLayout.say", PrintsInLayout.class);
        assertCatches(ArchitectureTest.ONLY_CLI_WRITES_FILES, "WritesInDesign.writeIsNot", WritesInDesign.class);
        assertThatThrownBy(() -> ArchitectureTest.ONLY_CLI_WRITES_FILES.check(
                new ClassFileImporter().importClasses(WritesInDesign.class)))
                .message().doesNotContain("readIsAllowed");
    }

    @Test
    void aDependencyUpTheTableAndCycles() {
        assertCatches(ArchitectureTest.MODULES_POINT_DOWN, "GdsUsesLayout.up", GdsUsesLayout.class, LayoutUsesGds.class);
        assertCatches(ArchitectureTest.NO_CYCLES_BETWEEN_MODULES, "Cycle detected", GdsUsesLayout.class,
                LayoutUsesGds.class);
        assertCatches(ArchitectureTest.NO_CYCLES_BETWEEN_PACKAGES, "Cycle detected", A.class, B.class);
    }
}
