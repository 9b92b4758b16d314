package org.partydesk.packaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every packaged start runs with the JVM options of packaging/java-options.txt. */
public class PackagingOptionsTest {
    /** The options of packaging/java-options.txt, one a line, without its comments and blank lines. */
    public static List<String> options() throws java.io.IOException {
        return Files.readAllLines(Path.of("packaging", "java-options.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void theOptionsAreWordsAndNameTheEncodingTheHeapAndTheCompiler() throws Exception {
        assertThat(options()).contains("-Dfile.encoding=UTF-8", "-Xmx1g", "-XX:TieredStopAtLevel=1")
                .allSatisfy(o -> assertThat(o).doesNotContainAnyWhitespaces().startsWith("-"));
    }

    @Test
    void thePortableScriptStartsJavaWithEachOfThem() throws Exception {
        String exec = Files.readAllLines(Path.of("packaging", "portable", "partydesk"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        assertThat(List.of(exec.split("\\s+"))).containsAll(options());
    }

    @Test
    void theLauncherScriptsReadTheFile() throws Exception {
        assertThat(Files.readString(Path.of("packaging", "runtime.sh"))).contains("packaging/java-options.txt");
        assertThat(Files.readString(Path.of("packaging", "windows", "build-windows.ps1"), StandardCharsets.UTF_8))
                .contains("packaging\\java-options.txt");
    }
}
