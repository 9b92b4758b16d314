package org.partydesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partydesk.logic.IdNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark: {@code mvn -q -Pbench verify} (excluded from the ordinary test run; the bench profile runs
 * it after {@code package}, so {@code target/partydesk.jar} is fresh). Each figure runs the real program in a
 * child JVM, as a user would, and prints one line; where a floor exists (the plain streaming read plus
 * plain JDBC batch insert of the same rows) the ratio to it is printed too. The lines are also written to
 * {@code target/benchmark.txt}. Measured: the large sample, the 红黄旗 check (one year, ten years), {@code stats}
 * and the annual summary with its workbook, the 100,000-row roster and meetings-ledger imports against their
 * floors, the two exports, the time to the first window (also under load) and to the 评先创优 batch dialog.
 * <p>Adding a figure: write a method that measures with {@link #timed} (a command in a child JVM) and
 * reports with {@link #line}, and add it to {@link #figures()}. The large sample ({@link #large}) and the
 * imported 100,000-member database ({@link #importDb}) are there for later figures to use.
 */
class BenchmarkRun {
    private static final int ROSTER_ROWS = 100_000;
    private static final int MEETING_ROWS = 100_000;
    /**
     * The first window must show within this many seconds of its start (issue 21: fresh folder and large sample), judged
     * on the start as installed (the menu entry's launcher: its JVM options and the whole archive, the window's classes
     * in it); {@code java -jar} is printed beside it.
     */
    static final double FIRST_WINDOW_LIMIT_SECONDS = 2.0;
    /** Runs of each short command (and of an import and its floor, alternating); the median counts. */
    static final int RUNS = 3;
    /** The goals of issue 21, one line each at the end: what was measured against what is asked. */
    private final List<String> goals = new ArrayList<>();
    /** Seconds {@code --version} takes in a child JVM (median): the start-up every command pays before its work. */
    private double startup;
    /** The same without the AppCDS archive. */
    private double plainStartup;
    /** The app's jar ({@code mvn -Pbench verify} packages it first): commands run from it as the packages run them. */
    private Path jar;
    /** The AppCDS archive made from {@link #jar} as the packages make theirs ({@code packaging/AppCds.java}); null without. */
    private Path appArchive;
    /**
     * The whole archive (the window's classes too, when a display trained it), which the installed menu entry's launcher
     * maps; null without one.
     */
    private Path windowArchive;
    /** The floors' classes ({@link Floors}) as a jar, run beside {@link #jar} (for the reader and the SQLite driver). */
    private Path floorJar;
    /** The floors' own AppCDS archive, made the same way from a run of the roster floor; null without. */
    private Path floorArchive;
    private final List<String> lines = new ArrayList<>();
    private Path dir;
    /** The large sample: 10,000 members, 500 branches, 10 years ending this year. */
    private Path large;
    private int lastYear;
    /** A database holding the 100,000 members imported by {@link #importMembers()}. */
    private Path importDb;

    /** One figure (or a few related ones) of the benchmark. */
    @FunctionalInterface
    interface Figure {
        void measure() throws Exception;
    }

    /** The figures in the order they run; later ones may use what earlier ones made. */
    private Map<String, Figure> figures() {
        Map<String, Figure> all = new java.util.LinkedHashMap<>();
        all.put("archives", this::archives);
        all.put("startup", this::startup);
        all.put("sample", this::sampleLarge);
        all.put("check", this::checkTenYears);
        all.put("stats", this::statsAndAnnual);
        all.put("importMembers", this::importMembers);
        all.put("exportMembers", this::exportMembers);
        all.put("formatted", this::formattedMillionRows);
        all.put("importMeetings", this::importMeetings);
        all.put("firstWindow", this::firstWindow);
        return all;
    }

    /**
     * The figures to run: all, or those {@code -Dbench.only=archives,startup,sample,check} names (for a developer
     * checking one figure; a figure needs those before it that make what it uses: the archives, the start-up, the
     * large sample, the imported roster).
     */
    private List<Figure> selected() {
        String only = System.getProperty("bench.only", "").strip();
        Map<String, Figure> all = figures();
        if (only.isEmpty()) {
            return List.copyOf(all.values());
        }
        List<String> names = List.of(only.split("\\s*,\\s*"));
        assertThat(all.keySet()).as("-Dbench.only names figures of " + all.keySet()).containsAll(names);
        return all.entrySet().stream().filter(e -> names.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    @Test
    void run() throws Exception {
        dir = Path.of("target", "bench").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        line("机器：" + machine());
        for (Figure f : selected()) {
            f.measure();
        }
        line("目标（issue 21；工作 = 命令总时间减去 --version 的启动时间；负载为测量开始时的 1 分钟平均负载）：");
        goals.forEach(this::line);
        Files.write(Path.of("target", "benchmark.txt"), lines, StandardCharsets.UTF_8);
    }

    private void sampleLarge() throws Exception {
        large = dir.resolve("large.db");
        lastYear = LocalDate.now().getYear();
        double seconds = timed("-Xmx2g", "sample", "--scale", "large", "--db", large.toString());
        line(String.format(Locale.ROOT, "sample --scale large（10,000名党员、500个党支部、10年）：%.1f 秒%s", seconds, loadNow()));
    }

    /**
     * The AppCDS archives: the app's, made by {@code packaging/AppCds.java} exactly as the packages make theirs (the
     * window included when there is a display), and the floors' own, so that both sides of a ratio start alike.
     * Every command is then timed as an installed package runs it (with the archive); the goal rows also give the
     * figure without it ({@code java -cp partydesk.jar}).
     */
    private void archives() throws Exception {
        jar = Path.of("target", "partydesk.jar").toAbsolutePath();
        assertThat(jar).as("mvn -Pbench verify packages the jar first").isRegularFile();
        Path archive = dir.resolve("partydesk.jsa");
        // through the JVM options of the packages' launcher (its heap included), as build-deb.sh makes the archive
        // through the launcher itself: an archive made under another heap has its objects patched at every start
        List<String> cmd = new ArrayList<>(List.of(java(), Path.of("packaging", "AppCds.java").toAbsolutePath().toString(),
                archive.toString()));
        cmd.addAll(withLauncherOptions("-cp", jar.toString(), "org.partydesk.Main"));
        String out;
        try (Display display = Display.open()) {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().remove("DISPLAY");
            if (display != null) {
                pb.environment().put("DISPLAY", display.name());
            }
            out = run(pb);
        }
        // the command line's own archive (the commands' classes, without the window's) where one was made, as the
        // packages' command-line launcher starts with it (decision 0031)
        Path cli = archive.resolveSibling("partydesk-cli.jsa");
        boolean ownArchive = Files.isRegularFile(cli);
        Path commands = ownArchive ? cli : archive;
        appArchive = usable(commands, "-cp", jar.toString(), "org.partydesk.Main", "--version") ? commands : null;
        windowArchive = ownArchive && usable(archive, "-cp", jar.toString(), "org.partydesk.Main", "--version") ? archive : null;
        if (appArchive == null) {
            line("AppCDS 归档：没有生成，以下命令均按安装后的启动器运行，但不带归档：" + tail(out));
        } else {
            String sizes = String.format(Locale.ROOT, "%d MiB", Files.size(archive) >> 20)
                    + (ownArchive ? String.format(Locale.ROOT, "，其中命令行用的（不含窗口的类）%d MiB", Files.size(cli) >> 20) : "");
            line(String.format(Locale.ROOT, "AppCDS 归档（packaging/AppCds.java，经安装包启动器的 JVM 选项生成，与安装包相同的做法）：%s；"
                    + "以下命令均按安装后的命令行启动器运行：带%s和本机安装包命令行的 JVM 选项（packaging/java-options.txt，Linux x86-64 上另加 java-options-linux-amd64.txt，再加命令行自己的 java-options-cli.txt：%s；堆大小按各项）%s",
                    sizes, ownArchive ? "命令行的归档" : "归档", String.join(" ", INSTALLED_OPTIONS), loadNow()));
        }
        floorJar = dir.resolve("floors.jar");
        Path classes = Path.of("target", "test-classes");
        try (var jarOut = new java.util.jar.JarOutputStream(Files.newOutputStream(floorJar));
             var found = Files.list(classes.resolve("org/partydesk/bench"))) {
            for (Path c : found.filter(f -> f.getFileName().toString().startsWith("Floors")).sorted().toList()) {
                jarOut.putNextEntry(new java.util.jar.JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                Files.copy(c, jarOut);
                jarOut.closeEntry();
            }
        }
        Path roster = dir.resolve("floor-training.xlsx");
        writeRoster(roster, 1000);
        Path list = dir.resolve("floors.lst");
        Path training = dir.resolve("floor-training.db");
        run(new ProcessBuilder(withLauncherOptions("-XX:DumpLoadedClassList=" + list, "-cp", floorClassPath(),
                Floors.Floor.class.getName(), roster.toString(), training.toString())).redirectErrorStream(true));
        Path floors = dir.resolve("floors.jsa");
        run(new ProcessBuilder(withLauncherOptions("-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + floors, "-cp", floorClassPath())).redirectErrorStream(true));
        floorArchive = usable(floors, "-cp", floorClassPath(), Floors.Floor.class.getName(), roster.toString(),
                dir.resolve("floor-check.db").toString()) ? floors : null;
        line(floorArchive != null ? "下限程序的 AppCDS 归档：以一次 1,000 行花名册的下限运行生成（同样经安装包启动器的 JVM 选项），下限与命令一样带它和同样的 JVM 选项运行"
                : "下限程序的 AppCDS 归档：没有生成，下限不带归档运行（JVM 选项与命令相同）");
    }

    /** {@code java}, the packages' launcher options ({@link #LAUNCHER_OPTIONS}), then {@code args}. */
    private static List<String> withLauncherOptions(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(LAUNCHER_OPTIONS);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Whether a JVM started with {@code archive} and {@code -Xshare:on} (which refuses an archive it cannot use) runs. */
    private static boolean usable(Path archive, String... command) throws Exception {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0;
    }

    private static String run(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String floorClassPath() {
        return floorJar + java.io.File.pathSeparator + jar;
    }

    private void startup() throws Exception {
        Median m = median(() -> timed("-Xmx512m", "--version"));
        startup = m.seconds();
        Median plain = median(() -> timedPlain("-Xmx512m", "--version"));
        plainStartup = plain.seconds();
        line(String.format(Locale.ROOT, "--version（JVM 启动与命令行解析，%d 次中位数）：%.2f 秒%s；普通 java -cp %.2f 秒%s", RUNS, startup,
                m.load(), plainStartup, plain.load()));
    }

    /** "；普通 java -cp 1.23 秒，工作 0.85 秒": the same command as plain {@code java -cp partydesk.jar} runs it. */
    private String plain(Median plain) {
        return String.format(Locale.ROOT, "；普通 java -cp（无归档、无启动器选项）%.2f 秒，工作 %.2f 秒%s", plain.seconds(),
                plain.seconds() - plainStartup, plain.load());
    }

    private void checkTenYears() throws Exception {
        int year = lastYear - 1;
        String[] args = {"check", "--year", String.valueOf(year), "--json", "--db", large.toString()};
        Median check = median(() -> timed("-Xmx512m", args));
        Median plain = median(() -> timedPlain("-Xmx512m", args));
        line(String.format(Locale.ROOT, "check --year %d（500个党支部，一年，含启动，%d 次中位数）：%.2f 秒（-Xmx512m）%s%s",
                year, RUNS, check.seconds(), check.load(), plain(plain)));
        goal(String.format(Locale.ROOT, "check --year %d", year), check.seconds() - startup, 0.5, check.load());
        double oneYear = timed("-Xmx512m", "check", "--year", String.valueOf(lastYear), "--json", "--db", large.toString());
        line(String.format(Locale.ROOT, "check --year %d（500个党支部，一年，含启动）：%.2f 秒（-Xmx512m）%s", lastYear, oneYear, loadNow()));
        double allYears = 0;
        for (int y = lastYear - 9; y <= lastYear; y++) {
            allYears += timed("-Xmx512m", "check", "--year", String.valueOf(y), "--json", "--db", large.toString());
        }
        line(String.format(Locale.ROOT, "check 500个党支部 × 10年（10次命令，含每次启动）：%.1f 秒，平均每年 %.2f 秒%s", allYears, allYears / 10, loadNow()));
    }

    private void statsAndAnnual() throws Exception {
        int reportYear = lastYear - 1;
        String[] statsArgs = {"stats", "--year", String.valueOf(reportYear), "--json", "--db", large.toString()};
        Median stats = median(() -> timed("-Xmx512m", statsArgs));
        Median plainStats = median(() -> timedPlain("-Xmx512m", statsArgs));
        line(String.format(Locale.ROOT, "stats --year %d（10,000名党员，一年，%d 次中位数）：%.2f 秒（-Xmx512m）%s%s",
                reportYear, RUNS, stats.seconds(), stats.load(), plain(plainStats)));
        String[] annualArgs = {"report", "annual", "--year", String.valueOf(reportYear), "--out",
                dir.resolve("annual.docx").toString(), "--xlsx", dir.resolve("annual.xlsx").toString(), "--db", large.toString()};
        Median annual = median(() -> timed("-Xmx512m", annualArgs));
        Median plainAnnual = median(() -> timedPlain("-Xmx512m", annualArgs));
        line(String.format(Locale.ROOT, "report annual --year %d（含统计表、图表和照片，-Xmx512m，%d 次中位数）：%.2f 秒%s%s",
                reportYear, RUNS, annual.seconds(), annual.load(), plain(plainAnnual)));
        goal("stats + report annual --xlsx", stats.seconds() - startup + annual.seconds() - startup, 2.0, stats.load());
    }

    private void importMembers() throws Exception {
        importDb = dir.resolve("import.db");
        for (int rows : new int[] {ROSTER_ROWS / 10, ROSTER_ROWS}) {
            Path roster = dir.resolve("roster-" + rows + ".xlsx");
            writeRoster(roster, rows);
            List<Double> imports = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            List<Double> plainImports = new ArrayList<>();
            List<Double> plainFloors = new ArrayList<>();
            String load = loadNow();
            for (int i = 0; i < RUNS; i++) {
                Path db = rows == ROSTER_ROWS && i == RUNS - 1 ? importDb : dir.resolve("import-" + rows + "-" + i + ".db");
                imports.add(timed("-Xmx256m", "import", "members", roster.toString(), "--db", db.toString(), "--operator", "基准"));
                floors.add(timedFloor(true, "-Xmx256m", Floors.Floor.class.getName(), roster.toString(),
                        dir.resolve("floor-" + rows + "-" + i + ".db").toString()));
            }
            String plainLoad = loadNow();
            for (int i = 0; i < RUNS; i++) {
                plainImports.add(timedPlain("-Xmx256m", "import", "members", roster.toString(), "--db",
                        dir.resolve("plain-import-" + rows + "-" + i + ".db").toString(), "--operator", "基准"));
                plainFloors.add(timedFloor(false, "-Xmx256m", Floors.Floor.class.getName(), roster.toString(),
                        dir.resolve("plain-floor-" + rows + "-" + i + ".db").toString()));
            }
            double imported = median(imports);
            double floor = median(floors);
            line(String.format(Locale.ROOT, "import members（%,d行花名册，-Xmx256m，与下限交替 %d 次的中位数）：%.2f 秒；下限（流式读取+JDBC批量插入，"
                    + "同样在子 JVM 中）：%.2f 秒；比值 %.2f%s；两者都以普通 java -cp 运行：%.2f 秒与 %.2f 秒，比值 %.2f%s", rows, RUNS, imported, floor,
                    imported / floor, load, median(plainImports), median(plainFloors), median(plainImports) / median(plainFloors), plainLoad));
            goal(String.format(Locale.ROOT, "import members %,d 行（与下限之比）", rows), imported / floor, 1.5, load);
        }
    }

    private void exportMembers() throws Exception {
        double exported = timed("-Xmx256m", "export", "members", dir.resolve("export.xlsx").toString(), "--db", importDb.toString());
        line(String.format(Locale.ROOT, "export members（%,d行，-Xmx256m）：%.1f 秒%s", ROSTER_ROWS, exported, loadNow()));
    }

    /** A roster of one member whose columns a clerk formatted down to row 1,000,000: the reader stops early. */
    private void formattedMillionRows() throws Exception {
        Path file = org.partydesk.app.ledgers.MillionRows.write(dir.resolve("formatted-1m.xlsx"), 1_000_000);
        double seconds = timed("-Xmx256m", "import", "members", file.toString(), "--dry-run", "--db",
                dir.resolve("formatted.db").toString());
        line(String.format(Locale.ROOT, "import members --dry-run（1名党员，格式设到第1,000,000行，-Xmx256m，含启动）：%.1f 秒%s", seconds, loadNow()));
    }

    private void importMeetings() throws Exception {
        Path meetings = dir.resolve("meetings-100k.xlsx");
        Map<String, List<Integer>> rosters = writeMeetings(large, meetings, MEETING_ROWS);
        Path meetingDb = dir.resolve("meetings.db");
        Files.copy(large, meetingDb);
        // the made-up ledger has many meetings of a unit on one day: they are meant, not duplicates
        String load = loadNow();
        double meetingImport = timed("-Xmx256m", "import", "meetings", meetings.toString(), "--db", meetingDb.toString(),
                "--operator", "基准", "--duplicates", "add");
        Path floorDb = dir.resolve("meeting-floor.db");
        Files.copy(large, floorDb);
        Path rosterFile = dir.resolve("meeting-rosters.txt");
        writeRosters(rosters, rosterFile);
        // the floor runs in its own JVM with the same heap, like the import it is compared with
        double meetingFloor = timedFloor(true, "-Xmx256m", Floors.MeetingFloor.class.getName(), meetings.toString(),
                rosterFile.toString(), floorDb.toString());
        line(String.format(Locale.ROOT, "import meetings（%,d行三会一课台账，含考勤约%,d条，-Xmx256m，一次）：%.1f 秒；"
                        + "下限（流式读取+JDBC批量插入同样的会议、类型、考勤行到同一数据库的副本，同样在子 JVM 中，-Xmx256m）：%.1f 秒；比值 %.2f%s",
                MEETING_ROWS, attendanceRows(meetingDb), meetingImport, meetingFloor, meetingImport / meetingFloor, load));
        goal(String.format(Locale.ROOT, "import meetings %,d 行（与同样工作的下限之比）", MEETING_ROWS), meetingImport / meetingFloor, 1.15, load);
        double meetingExport = timed("-Xmx256m", "export", "meetings", dir.resolve("meetings-export.xlsx").toString(),
                "--db", meetingDb.toString());
        line(String.format(Locale.ROOT, "export meetings（样例单位全部会议及导入的%,d次，-Xmx256m）：%.1f 秒%s", MEETING_ROWS, meetingExport, loadNow()));
    }

    /**
     * The time from starting the app to the window showing its content, on a fresh data folder (the first-run choice)
     * and on the large sample (the main window with its 工作台), under the display of {@code DISPLAY} or a private
     * Xvfb; skipped with a visible line when there is neither. Each is measured as the installed menu entry starts the
     * window (the packages' launcher options and the whole archive: what the goal is judged on, as issue 21 names the
     * packages' archive among the ways to it) and as {@code java -jar target/partydesk.jar}. The plain starts on the
     * large sample then open the batch dialog of 评先创优; then the same under load ({@link #underLoad}).
     */
    private void firstWindow() throws Exception {
        Path jar = Path.of("target", "partydesk.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            line("首个窗口：跳过（没有 target/partydesk.jar；请用 mvn -Pbench verify 运行，它先打包）");
            return;
        }
        try (Display display = Display.open()) {
            if (display == null) {
                line("首个窗口：跳过（没有图形显示：既没有 DISPLAY，也没有 Xvfb；apt-get install xvfb 后可测）");
                goals.add("首个窗口至内容：未测（没有图形显示）");
                return;
            }
            Startup fresh = null;
            Startup sample = null;
            Startup plainFresh = null;
            Startup plainSample = null;
            double dialog = Double.MAX_VALUE;
            String load = loadNow();
            for (int i = 0; i < FIRST_WINDOW_RUNS; i++) {
                if (windowArchive != null) {
                    fresh = Startup.best(fresh, firstWindow(jar, display, true, false, true,
                            "-Dpartydesk.home=" + dir.resolve("fresh-home-" + i)).startup());
                    sample = Startup.best(sample, firstWindow(jar, display, true, false, true, sampleHome(),
                            "-Dpartydesk.db=" + large).startup());
                }
                plainFresh = Startup.best(plainFresh, firstWindow(jar, display, true, false, false,
                        "-Dpartydesk.home=" + dir.resolve("plain-fresh-home-" + i)).startup());
                // the same start then opens the batch dialog of 评先创优, as the clerk's click does
                Probe p = firstWindow(jar, display, true, true, false, sampleHome(), "-Dpartydesk.db=" + large);
                plainSample = Startup.best(plainSample, p.startup());
                dialog = Math.min(dialog, p.dialog());
            }
            String priority = PRIORITY.isEmpty() ? "" : "，以较高调度优先级运行以减少本机其他负载的影响";
            if (windowArchive != null) {
                line(String.format(Locale.ROOT, "首个窗口（按安装后的菜单项启动：本机安装包的 JVM 选项和整份归档（含窗口的类），"
                        + "至窗口显示内容，%d 次中最快%s）：新数据文件夹（首次运行的选择）%s；大样本（10,000名党员，工作台）%s；上限 %.0f 秒%s",
                        FIRST_WINDOW_RUNS, priority, fresh, sample, FIRST_WINDOW_LIMIT_SECONDS, load));
            }
            line(String.format(Locale.ROOT, "首个窗口（java -jar，无归档、无启动器选项，至窗口显示内容，%d 次中最快%s）：新数据文件夹 %s；大样本 %s%s%s",
                    FIRST_WINDOW_RUNS, priority, plainFresh, plainSample,
                    windowArchive != null ? "" : "（没有含窗口的类的归档：没有显示时生成的归档，或没有先测 archives；目标按这一行判断）", load));
            goal("首个窗口至内容：新数据文件夹", (fresh != null ? fresh : plainFresh).total(), FIRST_WINDOW_LIMIT_SECONDS, load);
            goal("首个窗口至内容：大样本", (sample != null ? sample : plainSample).total(), FIRST_WINDOW_LIMIT_SECONDS, load);
            underLoad(jar, display, dialog);
        }
    }

    private String sampleHome() {
        return "-Dpartydesk.home=" + dir.resolve("sample-home");
    }

    /** How many processes keep the cores busy while the first window is measured under load (the 2-core PC). */
    static final int BUSY_PROCESSES = 2;

    /**
     * The first window and the batch dialog on the large sample while {@link #BUSY_PROCESSES} child processes spin
     * at normal priority and the app runs at normal priority too (no raised priority): the median of
     * {@link #RUNS} starts, with the load average at their end. A figure, not one of issue 21's goals.
     */
    private void underLoad(Path jar, Display display, double unloadedDialog) throws Exception {
        List<Process> busy = new ArrayList<>();
        List<Double> windows = new ArrayList<>();
        List<Double> dialogs = new ArrayList<>();
        String load;
        try {
            for (int i = 0; i < BUSY_PROCESSES; i++) {
                busy.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                        "-cp", System.getProperty("java.class.path"), Busy.class.getName())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            Thread.sleep(1000); // past their JVMs' start: spinning
            for (int i = 0; i < RUNS; i++) {
                Probe p = firstWindow(jar, display, false, true, false, sampleHome(), "-Dpartydesk.db=" + large);
                windows.add(p.startup().total());
                dialogs.add(p.dialog());
            }
            load = loadNow().replace("负载", "测量结束时负载");
        } finally {
            for (Process p : busy) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        line(String.format(Locale.ROOT, "首个窗口至内容（负载下：另有 %d 个满负荷进程，应用以 java -jar 和普通优先级运行，%d 次中位数）：大样本 %.2f 秒（各次 %s）%s",
                BUSY_PROCESSES, RUNS, median(windows), seconds(windows), load));
        line(String.format(Locale.ROOT, "评先创优“批量登记”对话框（大样本，点击至对话框显示并填好选项）：不加负载 %.2f 秒（与首个窗口同一次启动，"
                + "%d 次中最快）；负载下（另有 %d 个满负荷进程）%.2f 秒（%d 次中位数，各次 %s）%s",
                unloadedDialog, FIRST_WINDOW_RUNS, BUSY_PROCESSES, median(dialogs), RUNS, seconds(dialogs), load));
    }

    private static String seconds(List<Double> values) {
        return String.join("、", values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    /** Keeps one core busy until it is ended: the competing work of {@link #underLoad}. */
    static final class Busy {
        private Busy() {
        }

        public static void main(String[] args) {
            long n = 0;
            while (n >= 0) {
                n = n + 1 | 1;
            }
            System.out.println(n);
        }
    }

    /** Seconds from starting the JVM to: JavaFX calling start(), the database open, the content shown. */
    record Startup(double appStart, double databaseOpen, double total) {
        static Startup best(Startup a, Startup b) {
            return a == null || b.total() < a.total() ? b : a;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f 秒（JVM 与 JavaFX 启动 %.2f，打开数据库 %.2f，界面 %.2f）",
                    total, appStart, databaseOpen - appStart, total - databaseOpen);
        }
    }

    /** One start: the times to the first window, and the seconds from the click to the batch dialog (NaN when not asked). */
    record Probe(Startup startup, double dialog) {
    }

    /**
     * One start of the jar with the startup probe, timed from starting the process; with {@code raised} at the
     * raised priority ({@link #PRIORITY}); with {@code dialog} the app then opens the batch dialog of 评先创优
     * ({@code partydesk.dialogProbe}) before it exits; {@code installed}: as the installed menu entry starts it (the
     * packages' launcher options and {@link #windowArchive}), else plain {@code java -jar}.
     */
    private Probe firstWindow(Path jar, Display display, boolean raised, boolean dialog, boolean installed,
                              String... properties) throws Exception {
        Path probe = Files.createTempFile(dir, "first-window-", ".txt");
        Files.delete(probe);
        Path dialogProbe = dir.resolve(probe.getFileName() + ".dialog");
        List<String> cmd = installed ? withLauncherOptions("-XX:SharedArchiveFile=" + windowArchive) : new ArrayList<>(List.of(java()));
        cmd.addAll(List.of(properties));
        if (dialog) {
            cmd.add("-Dpartydesk.dialogProbe=" + dialogProbe);
        }
        cmd.add("-Dpartydesk.startupProbe=" + probe);
        cmd.addAll(installed ? List.of("-cp", jar.toString(), "org.partydesk.Main") : List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(raised ? prioritized(cmd) : cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display.name());
        long start = System.currentTimeMillis();
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.exists(probe)).as("the window never showed:\n" + tail(out)).isTrue();
        java.util.Properties times = new java.util.Properties();
        try (var r = Files.newBufferedReader(probe)) {
            times.load(r);
        }
        java.util.function.ToDoubleFunction<String> at = key -> (Long.parseLong(times.getProperty(key)) - start) / 1000.0;
        Startup startup = new Startup(at.applyAsDouble("appStartMillis"), at.applyAsDouble("databaseOpenMillis"),
                at.applyAsDouble("shownAtMillis"));
        if (!dialog) {
            return new Probe(startup, Double.NaN);
        }
        assertThat(Files.exists(dialogProbe)).as("the batch dialog never showed:\n" + tail(out)).isTrue();
        try (var r = Files.newBufferedReader(dialogProbe)) {
            times.load(r);
        }
        return new Probe(startup, Long.parseLong(times.getProperty("dialogMillis")) / 1000.0);
    }

    /** The display for the window: {@code DISPLAY} when set, else a private Xvfb server, else none. */
    record Display(String name, Process server) implements AutoCloseable {
        static Display open() throws Exception {
            String env = System.getenv("DISPLAY");
            if (env != null && !env.isBlank()) {
                return new Display(env, null);
            }
            if (!onPath("Xvfb")) {
                return null;
            }
            for (int n = 71; n < 90; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process server = new ProcessBuilder(prioritized(List.of("Xvfb", ":" + n, "-screen", "0", "1366x768x24", "-nolisten", "tcp")))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Path socket = Path.of("/tmp/.X11-unix/X" + n);
                for (int i = 0; i < 100 && server.isAlive() && !Files.exists(socket); i++) {
                    Thread.sleep(100);
                }
                if (server.isAlive() && Files.exists(socket)) {
                    return new Display(":" + n, server);
                }
                server.destroy();
            }
            return null;
        }

        @Override
        public void close() throws Exception {
            if (server != null) {
                server.destroy();
                server.waitFor(10, TimeUnit.SECONDS);
            }
        }

        static boolean onPath(String program) {
            String path = System.getenv("PATH");
            return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                    .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
        }
    }

    /** How many times each start is measured; the fastest counts (the machine may be busy with other work). */
    static final int FIRST_WINDOW_RUNS = 3;
    /**
     * On Linux with autogroup scheduling, a command run in its own session with its group's nice value
     * lowered gets the CPU ahead of other sessions' work, which approximates the otherwise idle PC the time
     * to the first window is about; elsewhere (or without the right to do so) commands run as they are.
     */
    static final List<String> PRIORITY = Files.isWritable(Path.of("/proc/self/autogroup")) && Display.onPath("setsid")
            ? List.of("setsid", "-w", "sh", "-c", "echo -15 > /proc/self/autogroup 2>/dev/null; exec \"$@\"", "sh") : List.of();

    static List<String> prioritized(List<String> cmd) {
        List<String> all = new ArrayList<>(PRIORITY);
        all.addAll(cmd);
        return all;
    }

    /** Cores, CPU model, memory, JDK and system, as README's benchmark section records them. */
    static String machine() {
        String cpu = "";
        long memKb = 0;
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the JVM's own description follows
        }
        return Runtime.getRuntime().availableProcessors() + " 核" + (cpu.isEmpty() ? "" : "（" + cpu + "）")
                + (memKb > 0 ? String.format(Locale.ROOT, "，内存 %.0f GB", memKb / 1024.0 / 1024.0) : "")
                + "，Java " + System.getProperty("java.version") + "（" + System.getProperty("java.vm.name") + "）"
                + "，" + System.getProperty("os.name") + " " + System.getProperty("os.arch") + load();
    }

    /** The load average when the run starts: other work on the machine slows every figure. */
    private static String load() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "，开始时平均负载 " + l[0] + " / " + l[1] + " / " + l[2];
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * A meetings ledger of {@code rows} meetings of the large sample's branches in the last year (new
     * themes, so every row is added), one in three with a member on leave (with the reason), one in seven
     * with one absent. Returns each branch's current members' ids, for the floor's attendance rows.
     */
    static Map<String, List<Integer>> writeMeetings(Path sampleDb, Path file, int rows) throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate settled = today.minusDays(400);
        Map<String, List<Integer>> ids = new java.util.TreeMap<>();
        Map<String, List<String>> names = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sampleDb); Statement st = c.createStatement();
             var rs = st.executeQuery("select b.name, m.id, m.name, ms.start_on, ms.end_on, m.left_on from membership ms "
                     + "join member m on m.id = ms.member_id join org_unit u on u.id = ms.org_unit_id "
                     + "join org_unit b on b.id = case when u.kind = 'CELL' then u.parent_id else u.id end "
                     + "where b.kind = 'BRANCH' and (select count(*) from org_unit o where o.name = b.name) = 1")) {
            Map<String, Map<String, Integer>> nameCounts = new java.util.HashMap<>();
            while (rs.next()) {
                String branch = rs.getString(1);
                nameCounts.computeIfAbsent(branch, k -> new java.util.HashMap<>()).merge(rs.getString(3), 1, Integer::sum);
                boolean current = rs.getString(5) == null && rs.getString(6) == null;
                if (current) {
                    List<Integer> members = ids.computeIfAbsent(branch, k -> new ArrayList<>());
                    if (!members.contains(rs.getInt(2))) {
                        members.add(rs.getInt(2));
                    }
                    if (LocalDate.parse(rs.getString(4)).isBefore(settled)) {
                        names.computeIfAbsent(branch, k -> new ArrayList<>()).add(rs.getString(3));
                    }
                }
            }
            names.forEach((b, list) -> list.removeIf(n -> nameCounts.get(b).get(n) > 1));
        }
        List<String> branches = ids.keySet().stream().filter(b -> names.getOrDefault(b, List.of()).size() >= 2).toList();
        String[] types = {"主题党日", "支部党员大会", "党课", "主题党日、党课"};
        String[] times = {"09:00", "14:30"};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet s = wb.createSheet("三会一课");
            s.createRow(0).createCell(0).setCellValue("“三会一课”台账（基准测试）");
            String[] head = {"序号", "所在党支部", "会议类型", "会议主题", "会议时间", "会议地点", "主持人", "请假人员", "缺席人员", "会议内容"};
            Row h = s.createRow(1);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 0; r < rows; r++) {
                String branch = branches.get(r % branches.size());
                List<String> people = names.get(branch);
                LocalDate day = today.minusDays(1 + (r / branches.size()) % 360);
                Object[] v = {r + 1, branch, types[r % types.length], "基准会议第" + (r + 1) + "次", day + " " + times[r % 2],
                        "党员活动室", people.get(0), r % 3 == 0 ? people.get(1) + "（出差）" : null,
                        r % 7 == 0 ? people.get(people.size() - 1) : null, "传达学习上级文件精神，研究部署本月工作。"};
                if (r % 21 == 0 && people.size() == 2) {
                    v[8] = null;
                }
                Row row = s.createRow(r + 2);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] instanceof Integer n) {
                        row.createCell(i).setCellValue(n);
                    } else if (v[i] != null) {
                        row.createCell(i).setCellValue((String) v[i]);
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return ids;
    }

    private static long attendanceRows(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from attendance a join meeting m on m.id = a.meeting_id "
                     + "where m.theme like '基准会议第%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A command's median time over {@link #RUNS} runs, with the load average when the first began. */
    record Median(double seconds, String load) {
    }

    @FunctionalInterface
    interface Timing {
        double seconds() throws Exception;
    }

    private static Median median(Timing t) throws Exception {
        String load = loadNow();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            all.add(t.seconds());
        }
        return new Median(median(all), load);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One goal of issue 21: the measured figure (seconds, or a ratio to the floor) against the limit. */
    private void goal(String what, double measured, double limit, String load) {
        goals.add(String.format(Locale.ROOT, "%s：%.2f，目标 ≤ %.2f，%s%s", what, measured, limit,
                measured <= limit ? "达到" : "未达到", load));
    }

    /** "（负载 1.23）": the 1-minute load average now, to stand beside a figure measured from now on. */
    static String loadNow() {
        try {
            return "（负载 " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + "）";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void line(String s) {
        System.out.println("[benchmark] " + s);
        lines.add(s);
    }

    /**
     * Runs one command of the product in a child JVM as an installed package runs it (from the jar, with the AppCDS
     * archive when there is one) and returns its wall time in seconds; it must succeed.
     */
    private double timed(String heap, String... args) throws Exception {
        return timedClass(heap, true, appArchive, jar.toString(), "org.partydesk.Main", args);
    }

    /** The same without the archive and the packages' JVM options: {@code java -cp partydesk.jar}. */
    private double timedPlain(String heap, String... args) throws Exception {
        return timedClass(heap, false, null, jar.toString(), "org.partydesk.Main", args);
    }

    /** Runs a floor ({@link Floors}) in a child JVM, as the commands run: as installed (its own archive), or plainly. */
    private double timedFloor(boolean installed, String heap, String mainClass, String... args) throws Exception {
        return timedClass(heap, installed, installed ? floorArchive : null, floorClassPath(), mainClass, args);
    }

    /**
     * The JVM options of an installed package's launcher on this system, its heap included: {@code
     * packaging/java-options.txt}, and on Linux x86-64 {@code packaging/java-options-linux-amd64.txt}; the window
     * starts with them, and the archives are made with them (as the .deb makes them through the window's launcher).
     */
    private static final List<String> LAUNCHER_OPTIONS = read(org.partydesk.packaging.PackagingOptionsTest::optionsHere);

    /**
     * The JVM options of an installed package's command line ({@link #LAUNCHER_OPTIONS} and {@code
     * packaging/java-options-cli.txt}) but its heap, which each figure gives (issue 21 measures the imports with
     * -Xmx256m): the commands and the floors run with them.
     */
    private static final List<String> INSTALLED_OPTIONS = read(org.partydesk.packaging.PackagingOptionsTest::commandOptionsHere).stream()
            .filter(o -> !o.startsWith("-Xmx")).toList();

    /** Options read from packaging/ by {@code options}; a file that cannot be read stops the benchmark. */
    private static List<String> read(java.util.concurrent.Callable<List<String>> options) {
        try {
            return options.call();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the main method of {@code mainClass} in a child JVM and returns its wall time in seconds; it must succeed.
     * {@code installed}: as an installed package starts (the packages' JVM options, and {@code archive} when there
     * is one); else as plain {@code java -cp} (UTF-8 only).
     */
    private static double timedClass(String heap, boolean installed, Path archive, String classPath, String mainClass,
                                     String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), heap));
        if (installed) {
            cmd.addAll(INSTALLED_OPTIONS);
            if (archive != null) {
                cmd.add("-XX:SharedArchiveFile=" + archive);
            }
        } else {
            cmd.add("-Dfile.encoding=UTF-8");
        }
        cmd.addAll(List.of("-cp", classPath, mainClass));
        cmd.addAll(List.of(args));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(p.exitValue()).as(String.join(" ", args) + "\n" + tail(out)).isZero();
        return seconds;
    }

    /** A roster as offices keep it: title row, header, 100,000 members with valid ID numbers in 50 branches. */
    static void writeRoster(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet s = wb.createSheet("党员名册");
            s.createRow(0).createCell(0).setCellValue("党员花名册（基准测试）");
            String[] head = {"序号", "姓名", "性别", "民族", "公民身份号码", "学历", "人员类别", "所在党支部", "联系电话", "入党日期", "转正日期"};
            Row h = s.createRow(1);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 0; r < rows; r++) {
                // 14,000 birth days × 1,000 sequence numbers: unique for up to 14 million rows
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r % 14000);
                String first17 = "420102" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", r / 14000);
                String id = first17 + IdNumbers.checkDigit(first17);
                Row row = s.createRow(r + 2);
                LocalDate joined = birth.plusYears(25);
                Object[] v = {r + 1, "党员" + r, (first17.charAt(16) - '0') % 2 == 1 ? "男" : "女", "汉族", id, "大学本科",
                        "正式党员", "第" + (r % 50 + 1) + "党支部", "138" + String.format(Locale.ROOT, "%08d", r),
                        joined.toString(), joined.plusYears(1).toString()};
                for (int i = 0; i < v.length; i++) {
                    if (v[i] instanceof Integer n) {
                        row.createCell(i).setCellValue(n);
                    } else {
                        row.createCell(i).setCellValue((String) v[i]);
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    /** Each branch's member ids, one branch a line: {@code name<TAB>id,id,…}, for the meetings floor's child JVM. */
    static void writeRosters(Map<String, List<Integer>> rosters, Path file) throws IOException {
        List<String> out = new ArrayList<>();
        rosters.forEach((branch, ids) -> out.add(branch + "\t" + String.join(",", ids.stream().map(String::valueOf).toList())));
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static String tail(String s) {
        return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
