package org.partydesk.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The floors the imports are compared with: what any program must at least do to load the same file into SQLite
 * (a plain streaming read, a plain JDBC batch insert). Each runs in a child JVM like the command it is compared with,
 * from a jar of these classes beside the app's jar ({@link BenchmarkRun}): it uses only the JDK, the streaming reader
 * and the SQLite driver, so that the JVM loads for it no more than it needs, and it can have an AppCDS archive of its
 * own as the app has.
 */
final class Floors {
    private Floors() {
    }

    /** The types the meetings ledger of the benchmark uses, as the floor stores them. */
    private static final Map<String, String> TYPES = Map.of("主题党日", "THEMED_PARTY_DAY", "支部党员大会", "BRANCH_ASSEMBLY",
            "党课", "PARTY_LESSON");

    /**
     * The meetings floor: a plain streaming read of the same file and a plain JDBC batch insert of the same
     * rows (meeting, its types, an attendance row per current member of the branch) into the same tables of
     * a copy of the same database, with the app's connection settings (foreign keys, WAL, synchronous NORMAL).
     */
    static double meetingFloor(Path file, Map<String, List<Integer>> rosters, Path db) throws Exception {
        Map<String, Integer> units = new java.util.HashMap<>();
        int firstId;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select name, id from org_unit")) {
                while (rs.next()) {
                    units.put(rs.getString(1), rs.getInt(2));
                }
            }
            try (var rs = s.executeQuery("select max(id) from meeting")) {
                rs.next();
                firstId = rs.getInt(1);
            }
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             InputStream in = Files.newInputStream(file);
             ReadableWorkbook wb = new ReadableWorkbook(in)) {
            try (Statement s = c.createStatement()) {
                s.execute("pragma foreign_keys = on");
                s.execute("pragma journal_mode = wal");
                s.execute("pragma synchronous = normal");
            }
            c.setAutoCommit(false);
            try (PreparedStatement pm = c.prepareStatement("insert into meeting(id, org_unit_id, held_at, place, host_name, theme, minutes) "
                    + "values (?,?,?,?,?,?,?)");
                 PreparedStatement pt = c.prepareStatement("insert into meeting_type values (?,?)");
                 PreparedStatement pa = c.prepareStatement("insert into attendance(meeting_id, member_id, status, leave_reason) values (?,?,?,?)");
                 var rows = wb.getFirstSheet().openStream()) {
                var it = rows.iterator();
                it.next();
                it.next();
                int id = firstId;
                while (it.hasNext()) {
                    var r = it.next();
                    id++;
                    pm.setInt(1, id);
                    pm.setInt(2, units.get(r.getCellText(1)));
                    pm.setString(3, r.getCellText(4));
                    pm.setString(4, r.getCellText(5));
                    pm.setString(5, r.getCellText(6));
                    pm.setString(6, r.getCellText(3));
                    pm.setString(7, r.getCellText(9));
                    pm.addBatch();
                    for (String type : r.getCellText(2).split("、")) {
                        pt.setInt(1, id);
                        pt.setString(2, TYPES.get(type));
                        pt.addBatch();
                    }
                    String leave = r.getCellText(7);
                    for (int member : rosters.get(r.getCellText(1))) {
                        pa.setInt(1, id);
                        pa.setInt(2, member);
                        pa.setString(3, "PRESENT");
                        pa.setString(4, leave.isEmpty() ? null : leave);
                        pa.addBatch();
                    }
                    if ((id - firstId) % 1000 == 0) {
                        pm.executeBatch();
                        pt.executeBatch();
                        pa.executeBatch();
                    }
                }
                pm.executeBatch();
                pt.executeBatch();
                pa.executeBatch();
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The meetings floor in a child JVM, as the import runs: {@code MeetingFloor LEDGER.xlsx ROSTERS.txt FLOOR.db}. */
    public static final class MeetingFloor {
        private MeetingFloor() {
        }

        public static void main(String[] args) throws Exception {
            Map<String, List<Integer>> rosters = new java.util.HashMap<>();
            for (String l : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
                String[] parts = l.split("\t", -1);
                rosters.put(parts[0], parts[1].isEmpty() ? List.of()
                        : java.util.Arrays.stream(parts[1].split(",")).map(Integer::valueOf).toList());
            }
            meetingFloor(Path.of(args[0]), rosters, Path.of(args[2]));
        }
    }

    /** The floor in a child JVM, as the import runs: {@code Floor ROSTER.xlsx FLOOR.db}. */
    public static final class Floor {
        private Floor() {
        }

        public static void main(String[] args) throws Exception {
            floor(Path.of(args[0]), Path.of(args[1]));
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
}
