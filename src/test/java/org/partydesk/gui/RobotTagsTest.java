package org.partydesk.gui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Every test that needs the JavaFX toolkit (TestFX's {@link ApplicationExtension} or {@link FxToolkit}) is marked
 * {@link RobotTest}, so that {@code -Dgroups=robot} and {@code -DexcludedGroups=robot} split the suite exactly.
 */
class RobotTagsTest {
    @Test
    void everyTestOfTheToolkitIsTaggedRobot() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.partydesk");
        classes().that().areTopLevelClasses().and().haveSimpleNameEndingWith("Test").and().doNotBelongToAnyOf(RobotTagsTest.class)
                .and().areNotAnnotatedWith(RobotTest.class)
                .should().onlyDependOnClassesThat().doNotBelongToAnyOf(ApplicationExtension.class, FxToolkit.class)
                .because("a test that starts the JavaFX toolkit is tagged @RobotTest (run apart with -Dgroups=robot)")
                .check(tests);
    }
}
