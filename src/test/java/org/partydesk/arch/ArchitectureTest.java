package org.partydesk.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The allowed arrows of docs/architecture.md; any other dependency fails the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partydesk");
    }

    @Test
    void layersOnlyUseTheLayersTheyMay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("org.partydesk.model..")
                .layer("logic").definedBy("org.partydesk.logic..")
                .layer("store").definedBy("org.partydesk.store..")
                .layer("office").definedBy("org.partydesk.office..")
                .layer("app").definedBy("org.partydesk.app..")
                .layer("gui").definedBy("org.partydesk.gui..")
                .layer("cli").definedBy("org.partydesk.cli..")
                .layer("launcher").definedBy("org.partydesk")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("gui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("app").mayOnlyBeAccessedByLayers("gui", "cli")
                .whereLayer("office").mayOnlyBeAccessedByLayers("app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app")
                .whereLayer("logic").mayOnlyBeAccessedByLayers("office", "app")
                .whereLayer("model").mayOnlyBeAccessedByLayers("logic", "store", "office", "app", "gui", "cli")
                .check(classes);
    }

    @Test
    void modelAndLogicAreFreeOfUiSqlAndOffice() {
        noClasses().that().resideInAnyPackage("org.partydesk.model..", "org.partydesk.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jooq..",
                        "org.apache.poi..", "org.flywaydb..", "picocli..", "org.jfree..")
                .check(classes);
    }

    @Test
    void onlyTheGuiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.partydesk.gui..", "org.partydesk")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyTheStoreUsesJooqAndJdbc() {
        noClasses().that().resideOutsideOfPackages("org.partydesk.store..", "org.partydesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void guiPackagesAreFreeOfCycles() {
        slices().matching("org.partydesk.gui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void appPackagesAreFreeOfCycles() {
        slices().matching("org.partydesk.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The main window, the application and the section registry sit above every gui package. */
    @Test
    void noGuiPackageUsesTheWindowAbove() {
        noClasses().that().resideInAnyPackage("org.partydesk.gui.*..")
                .should().dependOnClassesThat().resideInAPackage("org.partydesk.gui")
                .check(classes);
    }
}
