package org.partydesk.packaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every packaged start runs with the JVM options of packaging/java-options.txt, and on Linux x86-64 also with those of
 * packaging/java-options-linux-amd64.txt.
 */
public class PackagingOptionsTest {
    /** The options of packaging/java-options.txt, one a line, without its comments and blank lines. */
    public static List<String> options() throws java.io.IOException {
        return options(Path.of("packaging", "java-options.txt"));
    }

    /** The options added on Linux x86-64 (packaging/java-options-linux-amd64.txt). */
    public static List<String> linuxAmd64Options() throws java.io.IOException {
        return options(Path.of("packaging", "java-options-linux-amd64.txt"));
    }

    /**
     * The options of a packaged start on the system this runs on: those of every system, and on Linux x86-64 (os.arch
     * amd64) those added there.
     */
    public static List<String> optionsHere() throws java.io.IOException {
        List<String> all = new java.util.ArrayList<>(options());
        if (System.getProperty("os.name", "").equals("Linux") && System.getProperty("os.arch", "").equals("amd64")) {
            all.addAll(linuxAmd64Options());
        }
        return all;
    }

    private static List<String> options(Path file) throws java.io.IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void theOptionsAreWordsAndNameTheEncodingTheHeapAndTheCompiler() throws Exception {
        assertThat(options()).contains("-Dfile.encoding=UTF-8", "-Xmx1g", "-XX:TieredStopAtLevel=1")
                .allSatisfy(o -> assertThat(o).doesNotContainAnyWhitespaces().startsWith("-"));
    }

    @Test
    void linuxOnX86AddsTheHeapInHugePages() throws Exception {
        assertThat(linuxAmd64Options()).containsExactly("-XX:+UseTransparentHugePages");
    }

    @Test
    void thePortableScriptStartsJavaWithEachOfThem() throws Exception {
        List<String> script = Files.readAllLines(Path.of("packaging", "portable", "partydesk"), StandardCharsets.UTF_8);
        String exec = script.stream().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        assertThat(List.of(exec.split("\\s+"))).containsAll(options()).contains("$platform");
        // $platform is empty but on Linux x86_64, where it is the one option added there
        assertThat(script).containsSubsequence("if [ \"$(uname -s)\" = Linux ] && [ \"$(uname -m)\" = x86_64 ]; then",
                "  platform=" + String.join(" ", linuxAmd64Options()), "fi");
    }

    @Test
    void theLauncherScriptsReadTheFile() throws Exception {
        assertThat(Files.readString(Path.of("packaging", "runtime.sh")))
                .contains("packaging/java-options.txt", "\"packaging/java-options-$2.txt\"");
        assertThat(Files.readString(Path.of("packaging", "linux", "build-deb.sh")))
                .contains("$(launcher_java_options \"$JDK\" \"linux-$ARCH\")");
        assertThat(Files.readString(Path.of("packaging", "windows", "build-windows.ps1"), StandardCharsets.UTF_8))
                .contains("packaging\\java-options.txt");
    }
}
