package org.partydesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.partydesk.logic.IdNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark: {@code mvn -q -Pbench verify} (excluded from the ordinary test run). Each figure runs
 * the real command in a child JVM, as a user would, and prints one line; where a floor exists (the
 * plain streaming read plus plain JDBC batch insert of the same rows) the ratio to it is printed too.
 * The lines are also written to {@code target/benchmark.txt}. Measured: the large sample, the 红黄旗 check
 * (one year, ten years), {@code stats} and the annual summary with its workbook on the large sample, the
 * 100,000-row roster import against its floor, and the roster export.
 */
class BenchmarkRun {
    private static final int ROSTER_ROWS = 100_000;
    private final List<String> lines = new ArrayList<>();

    @Test
    void run() throws Exception {
        Path dir = Path.of("target", "bench").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        line("机器：" + Runtime.getRuntime().availableProcessors() + " 核，Java " + System.getProperty("java.version")
                + "，" + System.getProperty("os.name") + " " + System.getProperty("os.arch"));

        Path large = dir.resolve("large.db");
        double sample = timed("-Xmx2g", "sample", "--scale", "large", "--db", large.toString());
        line(String.format(Locale.ROOT, "sample --scale large（10,000名党员、500个党支部、10年）：%.1f 秒", sample));
        int lastYear = LocalDate.now().getYear();
        double checkYear = timed("-Xmx512m", "check", "--year", String.valueOf(lastYear), "--json", "--db", large.toString());
        line(String.format(Locale.ROOT, "check --year %d（500个党支部，一年）：%.2f 秒（-Xmx512m）", lastYear, checkYear));
        double allYears = 0;
        for (int y = lastYear - 9; y <= lastYear; y++) {
            allYears += timed("-Xmx512m", "check", "--year", String.valueOf(y), "--json", "--db", large.toString());
        }
        line(String.format(Locale.ROOT, "check 500个党支部 × 10年（10次命令，含每次启动）：%.1f 秒", allYears));
        int reportYear = lastYear - 1;
        double stats = timed("-Xmx512m", "stats", "--year", String.valueOf(reportYear), "--json", "--db", large.toString());
        line(String.format(Locale.ROOT, "stats --year %d（10,000名党员，一年）：%.2f 秒（-Xmx512m）", reportYear, stats));
        double annual = timed("-Xmx512m", "report", "annual", "--year", String.valueOf(reportYear), "--out",
                dir.resolve("annual.docx").toString(), "--xlsx", dir.resolve("annual.xlsx").toString(), "--db", large.toString());
        line(String.format(Locale.ROOT, "report annual --year %d（含统计表、图表和照片，-Xmx512m）：%.1f 秒", reportYear, annual));

        Path roster = dir.resolve("roster-100k.xlsx");
        writeRoster(roster, ROSTER_ROWS);
        Path importDb = dir.resolve("import.db");
        double imported = timed("-Xmx256m", "import", "members", roster.toString(), "--db", importDb.toString(), "--operator", "基准");
        double floor = floor(roster, dir.resolve("floor.db"));
        line(String.format(Locale.ROOT, "import members（%,d行花名册，-Xmx256m）：%.1f 秒；下限（流式读取+JDBC批量插入）：%.1f 秒；比值 %.1f",
                ROSTER_ROWS, imported, floor, imported / floor));
        double exported = timed("-Xmx256m", "export", "members", dir.resolve("export.xlsx").toString(), "--db", importDb.toString());
        line(String.format(Locale.ROOT, "export members（%,d行，-Xmx256m）：%.1f 秒", ROSTER_ROWS, exported));

        Files.write(Path.of("target", "benchmark.txt"), lines, StandardCharsets.UTF_8);
    }

    private void line(String s) {
        System.out.println("[benchmark] " + s);
        lines.add(s);
    }

    /** Runs one command of the product in a child JVM and returns its wall time in seconds; it must succeed. */
    private static double timed(String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.partydesk.Main"));
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

    /** The floor: a plain streaming read of the same file and a plain JDBC batch insert of the same rows. */
    static double floor(Path roster, Path db) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             InputStream in = Files.newInputStream(roster);
             ReadableWorkbook wb = new ReadableWorkbook(in)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table member(name text, gender text, ethnicity text, id_number text unique, education text, "
                        + "status text, branch text, phone text, joined_on text, full_member_on text)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into member values (?,?,?,?,?,?,?,?,?,?)");
                 var rows = wb.getFirstSheet().openStream()) {
                var it = rows.iterator();
                it.next();
                it.next();
                int n = 0;
                while (it.hasNext()) {
                    var r = it.next();
                    for (int i = 1; i <= 10; i++) {
                        ps.setString(i, r.getCellText(i));
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
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
