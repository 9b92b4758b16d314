package org.partydesk.gui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that needs the JavaFX toolkit (TestFX's robot or {@code FxToolkit}, headless Monocle): it is
 * tagged {@value #TAG}, so {@code mvn test -DexcludedGroups=robot} runs everything else quickly and
 * {@code mvn test -Dgroups=robot} only these; {@code mvn verify} runs both. {@code RobotTagsTest} fails on a
 * TestFX test without it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(RobotTest.TAG)
public @interface RobotTest {
    String TAG = "robot";
}
