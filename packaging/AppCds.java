import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes the AppCDS archive the packages ship (issue 21): the classes that the window's start and the common commands
 * load, archived once so that every later start maps them instead of loading and verifying them one by one.
 * <p>Run with any JDK 17 or newer as a single-file program, giving the archive to write and the words that start
 * the app exactly as its users start it (the archive names the class path it was made with, and lays out its objects
 * for the heap it was made with: under another heap size they are patched at every start):
 * <pre>
 *   java packaging/AppCds.java target/partydesk.jsa java -Xmx1g -cp target/partydesk.jar org.partydesk.Main
 *   java packaging/AppCds.java target/dist/PartyDesk/lib/app/partydesk.jsa target/dist/PartyDesk/bin/PartyDesk
 * </pre>
 * It starts the app several times on a sample bureau made in a temporary folder (sample, check, stats, the annual
 * summary with its workbook, a quarterly report, the rosters and meeting ledgers exported and imported again, verify,
 * and the window up to its 工作台 when a display is set), each start writing the classes it loaded
 * ({@code -XX:DumpLoadedClassList}, passed through {@code JAVA_TOOL_OPTIONS} so that a packaged launcher takes it
 * too); then one more start with {@code -Xshare:dump} makes a static archive of all of them. When the window was
 * started, a second archive beside it ({@code …-cli.jsa}) holds the commands' classes only, for the command line's
 * launcher: every start maps all of its archive, and the window's classes cost a command ~85 ms (decision 0031).
 * A static archive works with every JDK from 17 on (a dynamic one needs the runtime's own base archive). Exits 0
 * with the archive written, 1 without one (the app then starts as before, only slower), and says why.
 */
public final class AppCds {
    private static final long RUN_MINUTES = 10;

    private AppCds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("用法：java packaging/AppCds.java 归档.jsa 启动程序的命令…");
            System.exit(2);
        }
        Path out = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> launch = List.of(args).subList(1, args.length);
        // in the current folder and named relatively: JAVA_TOOL_OPTIONS cannot quote a path with spaces in it
        Path here = Path.of("").toAbsolutePath();
        Path work = here.relativize(Files.createTempDirectory(here, "appcds-").toAbsolutePath());
        boolean made;
        try {
            made = make(out, launch, work);
        } finally {
            deleteTree(work);
        }
        System.exit(made ? 0 : 1);
    }

    private static boolean make(Path out, List<String> launch, Path work) throws Exception {
        Path db = work.resolve("sample.db");
        String year = String.valueOf(Year.now().getValue() - 1);
        List<Path> lists = new ArrayList<>();
        if (!train(launch, work, lists, "sample", "--db", db.toString())) {
            System.err.println("AppCDS：示例单位没有建成，不生成归档");
            return false;
        }
        train(launch, work, lists, "--version");
        train(launch, work, lists, "check", "--year", year, "--db", db.toString());
        train(launch, work, lists, "check", "--year", year, "--json", "--db", db.toString());
        train(launch, work, lists, "stats", "--year", year, "--json", "--db", db.toString());
        train(launch, work, lists, "report", "annual", "--year", year, "--out", work.resolve("annual.docx").toString(),
                "--xlsx", work.resolve("annual.xlsx").toString(), "--db", db.toString());
        train(launch, work, lists, "verify", "--db", db.toString());
        Path roster = work.resolve("members.xlsx");
        Path meetings = work.resolve("meetings.xlsx");
        Path imported = work.resolve("imported.db");
        train(launch, work, lists, "export", "members", roster.toString(), "--unmasked", "--db", db.toString());
        train(launch, work, lists, "export", "meetings", meetings.toString(), "--year", year, "--db", db.toString());
        train(launch, work, lists, "import", "members", roster.toString(), "--db", imported.toString());
        // into the sample itself (its temporary branches' members are not in a roster), every row added again
        train(launch, work, lists, "import", "meetings", meetings.toString(), "--duplicates", "add", "--db", db.toString());
        List<Path> commands = List.copyOf(lists);
        if (System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()) {
            Path probe = work.resolve("probe.txt");
            train(launch, work, lists, List.of("-Dpartydesk.db=" + db, "-Dpartydesk.startupProbe=" + probe));
            if (!Files.isRegularFile(probe)) {
                System.err.println("AppCDS：窗口没有启动到工作台（见上），归档只含命令行用到的类");
            }
        } else {
            System.err.println("AppCDS：没有 DISPLAY，归档只含命令行用到的类（窗口的类照常加载）");
        }
        Path cli = commandLineArchive(out);
        Files.deleteIfExists(cli);
        if (!dump(launch, work, lists, out, "app")) {
            return false;
        }
        // the window's classes make the archive larger, and every start maps and relocates all of it: a command line
        // started with an archive of the commands' classes only starts sooner (decision 0031)
        if (lists.size() > commands.size() && Files.isRegularFile(lists.get(lists.size() - 1))
                && !dump(launch, work, commands, cli, "cli")) {
            System.err.println("AppCDS：命令行的归档没有生成，命令行也用 " + out.getFileName());
        }
        return true;
    }

    /**
     * The archive of the commands' classes only, beside {@code archive} ({@code partydesk.jsa} →
     * {@code partydesk-cli.jsa}): made when the window's start was trained too, for a launcher that runs the command
     * line only; without it the command line uses {@code archive}.
     */
    static Path commandLineArchive(Path archive) {
        String name = archive.getFileName().toString();
        int dot = name.endsWith(".jsa") ? name.length() - 4 : name.length();
        return archive.resolveSibling(name.substring(0, dot) + "-cli.jsa");
    }

    /** Dumps one static archive of the classes in {@code lists} to {@code out}; false, saying why, when none was made. */
    private static boolean dump(List<String> launch, Path work, List<Path> lists, Path out, String name) throws Exception {
        Path all = work.resolve(name + "-classes.lst");
        List<String> lines = merge(lists);
        Files.write(all, lines, StandardCharsets.UTF_8);
        Path made = work.resolve(name + ".jsa");
        Path log = work.resolve(name + "-dump.log");
        // with arguments that end the run at once: from JDK 19 on the JVM goes on to run the program after dumping
        run(launch, List.of("--version"), log, "-Xshare:dump -XX:SharedClassListFile=" + all + " -XX:SharedArchiveFile=" + made);
        if (!Files.isRegularFile(made) || Files.size(made) == 0) {
            System.err.println("AppCDS：归档 " + out.getFileName() + " 没有生成：");
            System.err.println(tail(log));
            return false;
        }
        Files.createDirectories(out.getParent());
        Files.move(made, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("AppCDS：%s（%d 个类，%d MiB）%n", out, lines.stream().filter(l -> !l.startsWith("@")).count(),
                Files.size(out) >> 20);
        return true;
    }

    /**
     * The runs' class lists as one: each class once, in the order first loaded, and each other line (lambda forms and
     * proxies) as many times as one run wrote it at most. A class's call sites that make the same lambda (the same
     * constructor reference in each of POI's relations, say) each write the same line, and the archive keeps one
     * lambda class for each line: given once, the line left all call sites but one to make their lambda class at every
     * start (80 classes of the annual summary's, decision 0036). From JDK 25 on a class's line carries an id of its run
     * ({@code a/B id: 12}): the ids are given again, in order, so that no two classes share one. Lines of classes from
     * other class loaders (they name their super class by id) are left out: the app's classes all come from the class
     * path.
     */
    static List<String> merge(List<Path> lists) throws IOException {
        Set<String> classes = new LinkedHashSet<>();
        Map<String, Integer> others = new LinkedHashMap<>();
        boolean ids = false;
        for (Path list : lists) {
            if (!Files.isRegularFile(list)) {
                continue;
            }
            Map<String, Integer> times = new HashMap<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    others.merge(line, times.merge(line, 1, Integer::sum), Math::max);
                } else if (!line.contains(" super:") && !line.contains(" source:")) {
                    int id = line.indexOf(" id:");
                    ids |= id >= 0;
                    classes.add(id < 0 ? line.strip() : line.substring(0, id));
                }
            }
        }
        List<String> out = new ArrayList<>();
        int next = 0;
        for (String c : classes) {
            out.add(ids ? c + " id: " + next++ : c);
        }
        others.forEach((line, times) -> out.addAll(Collections.nCopies(times, line)));
        return out;
    }

    private static boolean train(List<String> launch, Path work, List<Path> lists, String... args) throws Exception {
        return train(launch, work, lists, List.of(), args);
    }

    private static boolean train(List<String> launch, Path work, List<Path> lists, List<String> properties,
                                 String... args) throws Exception {
        Path list = work.resolve("run-" + lists.size() + ".lst");
        lists.add(list);
        StringBuilder options = new StringBuilder("-XX:DumpLoadedClassList=" + list + " -Dpartydesk.home=" + work.resolve("home"));
        properties.forEach(p -> options.append(' ').append(p));
        boolean ok = run(launch, List.of(args), work.resolve("run-" + (lists.size() - 1) + ".log"), options.toString());
        if (!ok) {
            System.err.println("AppCDS：" + String.join(" ", args) + " 没有成功（其加载的类仍计入）：");
            System.err.println(tail(work.resolve("run-" + (lists.size() - 1) + ".log")));
        }
        return ok;
    }

    /** Runs the app with {@code options} as JAVA_TOOL_OPTIONS (paths in them are relative and without spaces). */
    private static boolean run(List<String> launch, List<String> args, Path log, String options) throws Exception {
        List<String> command = new ArrayList<>(launch);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", options);
        Process p = pb.start();
        if (!p.waitFor(RUN_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            return false;
        }
        return p.exitValue() == 0;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 4), lines.size()));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
