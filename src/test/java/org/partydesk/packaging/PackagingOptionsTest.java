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
        if (linuxX86()) {
            all.addAll(linuxAmd64Options());
        }
        return all;
    }

    /** The options the command line's launcher adds (packaging/java-options-cli.txt). */
    public static List<String> cliOptions() throws java.io.IOException {
        return options(Path.of("packaging", "java-options-cli.txt"));
    }

    /** The options of a packaged command line's start on this system: {@link #optionsHere()} and {@link #cliOptions()}. */
    public static List<String> commandOptionsHere() throws java.io.IOException {
        List<String> all = new java.util.ArrayList<>(optionsHere());
        all.addAll(cliOptions());
        return all;
    }

    /** Whether this runs on Linux x86-64 (os.arch amd64), where the packaged starts add their own options. */
    private static boolean linuxX86() {
        return System.getProperty("os.name", "").equals("Linux") && System.getProperty("os.arch", "").equals("amd64");
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
    void theCommandLineRunsTheSerialCollectorWithAFixedYoungGenerationAndTheWindowTheJvmsOwnChoice() throws Exception {
        assertThat(cliOptions()).containsExactly("-XX:+UseSerialGC", "-Xmn64m");
        assertThat(options()).noneMatch(o -> o.matches("-XX:\\+Use\\w+GC") || o.startsWith("-Xmn"));
    }

    @Test
    void thePortableScriptStartsJavaWithEachOfThem() throws Exception {
        List<String> script = Files.readAllLines(Path.of("packaging", "portable", "partydesk"), StandardCharsets.UTF_8);
        String exec = script.stream().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        assertThat(List.of(exec.split("\\s+"))).containsAll(options()).contains("$platform", "$cli");
        // $platform is empty but on Linux x86_64, where it is the one option added there
        assertThat(script).containsSubsequence("if [ \"$(uname -s)\" = Linux ] && [ \"$(uname -m)\" = x86_64 ]; then",
                "  platform=" + String.join(" ", linuxAmd64Options()), "fi");
        // $cli is empty but when the script is given arguments (a command, not the window)
        assertThat(script).containsSubsequence("if [ \"$#\" -gt 0 ]; then", "  cli=\"" + String.join(" ", cliOptions()) + "\"", "fi");
    }

    /**
     * The portable script run as a user runs it, with a stand-in {@code java} (under {@code JAVA_HOME}) that answers
     * {@code -version} as Java 17 and otherwise prints the words it was started with: those are the options of every
     * system, and on Linux x86_64 those added there. Needs {@code sh}, so not on Windows.
     */
    @Test
    void thePortableScriptPassesThemToJava(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "没有 /bin/sh，跳过便携版脚本的运行");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nif [ \"$1\" = -version ]; then echo 'openjdk version \"17.0.15\" 2025-04-15' >&2; exit 0; fi\n"
                + "for a in \"$@\"; do echo \"$a\"; done\n");
        java.toFile().setExecutable(true);
        List<String> words = run(home, "/bin/sh", Path.of("packaging", "portable", "partydesk").toString(), "--version");
        assertThat(words).containsAll(options()).containsAll(cliOptions()).endsWith("org.partydesk.Main", "--version");
        if (linuxX86()) {
            assertThat(words).containsAll(linuxAmd64Options());
        } else {
            assertThat(words).doesNotContainAnyElementsOf(linuxAmd64Options());
        }
        // without arguments: the window, with the options of every start but not the command line's
        List<String> window = run(home, "/bin/sh", Path.of("packaging", "portable", "partydesk").toString());
        assertThat(window).containsAll(options()).endsWith("org.partydesk.Main").doesNotContainAnyElementsOf(cliOptions());
    }

    /** The .deb's and the Mac app's launcher options, from packaging/runtime.sh's function as the build scripts call it. */
    @Test
    void theBuildScriptsGiveTheLinuxX86OptionsToItsLaunchersOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "没有 bash，跳过 runtime.sh 的运行");
        Path jdk = Path.of(System.getProperty("java.home"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jdk.resolve("bin").resolve("jlink")),
                "运行测试的 Java 没有 jlink，跳过 runtime.sh 的运行");
        for (String platform : List.of("linux-amd64", "linux-arm64", "macos")) {
            List<String> words = run(null, "/bin/bash", "-c", ". packaging/runtime.sh && launcher_java_options \"$0\" \"$1\"",
                    jdk.toString(), platform);
            List<String> expected = new java.util.ArrayList<>(options());
            if (platform.equals("linux-amd64")) {
                expected.addAll(linuxAmd64Options());
            }
            // --java-options before each option; the module options of newer JDKs may follow
            List<String> given = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < words.size(); i += 2) {
                assertThat(words.get(i)).as(platform).isEqualTo("--java-options");
                given.add(words.get(i + 1));
            }
            assertThat(given).as(platform).startsWith(expected.toArray(String[]::new));
            assertThat(given.subList(expected.size(), given.size())).as(platform).allSatisfy(o -> assertThat(o).startsWith("--"));
        }
    }

    /** The lines runtime.sh's function appends to the command line's launcher's .cfg (the .deb's partydesk-cli). */
    @Test
    void theCommandLinesLauncherGetsItsOwnOptionsInItsCfg() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "没有 bash，跳过 runtime.sh 的运行");
        List<String> lines = run(null, "/bin/bash", "-c", ". packaging/runtime.sh && cli_launcher_cfg");
        assertThat(lines).isEqualTo(cliOptions().stream().map(o -> "java-options=" + o).toList());
    }

    /** Runs a command in the project folder ({@code JAVA_HOME} set when given) and returns the words it printed. */
    private static List<String> run(Path javaHome, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (javaHome != null) {
            pb.environment().put("JAVA_HOME", javaHome.toString());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return List.of(out.strip().split("\\s+"));
    }

    @Test
    void theLauncherScriptsReadTheFile() throws Exception {
        assertThat(Files.readString(Path.of("packaging", "runtime.sh")))
                .contains("packaging/java-options.txt", "\"packaging/java-options-$2.txt\"");
        assertThat(Files.readString(Path.of("packaging", "linux", "build-deb.sh")))
                .contains("$(launcher_java_options \"$JDK\" \"linux-$ARCH\")", "cli_launcher_cfg >>\"$APP_IMAGE/lib/app/partydesk-cli.cfg\"");
        assertThat(Files.readString(Path.of("packaging", "windows", "build-windows.ps1"), StandardCharsets.UTF_8))
                .contains("packaging\\java-options.txt", "packaging\\java-options-cli.txt", "\"app\\partydesk-cli.cfg\"");
    }
}
