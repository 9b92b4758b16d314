package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line imports a roster in one pass, writing its new members while the file is still being read
 * ({@link LedgerImport#importAtOnce}); the window previews first and then writes ({@link LedgerImport#apply}). Both must
 * leave the same database and report the same: every table, row for row and id for id (all but the moments written),
 * and the same summary, warnings, errors and records, whether the early writing runs to the end, stops part-way (a new
 * member's second row, a masked ID number, an error) or is undone because the whole reading disagrees with it.
 */
class ImportAtOnceTest {
    @TempDir
    Path dir;

    private static final String A = SheetMaker.id("42010219800101001");
    private static final String B = SheetMaker.id("42010219810202002");
    private static final String C = SheetMaker.id("42010219820303003");
    private static final String D = SheetMaker.id("42010219830404004");
    private static final String E = SheetMaker.id("42010219840505005");
    private static final String F = SheetMaker.id("42010219850606006");

    /** Columns that hold the moment something was written, which two imports never share. */
    private static final Set<String> MOMENTS = Set.of("at", "started_at", "finished_at", "created_at", "added_at", "saved_at",
            "undone_at");

    /** A roster as a clerk types it: a merged title, the branch merged down its members' rows, 处室, posts, 党小组, a dated note. */
    private static SheetMaker roster() {
        return new SheetMaker()
                .row("机关党员花名册").mergeLast(0, 8)
                .row("序号", "所在党支部", "姓名", "身份证号码", "处室", "党内职务", "所在党小组", "入党时间", "转入本支部日期")
                .row(1, "第一党支部", "张三", A, "办公室", "书记", null, "2005-07-01", null)
                .row(2, null, "李四", B, "办公室", null, "第1党小组", "2008-07-01", null)
                .row(3, null, "王五", C, "法规处", "组织委员", "第1党小组", "2010.07", null)
                .merge(2, 4, 1, 1)
                .row(4, "第二党支部", "赵六", D, "监测处", null, null, "2012-07-01", "2020-03-01")
                .row(5, null, "钱七", E, null, "党组成员", null, "2001-07-01", null)
                .merge(5, 6, 1, 1)
                .row()
                .row("填报日期：2025年12月31日");
    }

    @Test
    void aClerksRosterIntoAnEmptyDatabaseGivesWhatPreviewThenImportGives() throws Exception {
        same(roster().xlsx(dir.resolve("花名册.xlsx")), ws -> { });
    }

    @Test
    void aRosterOverStoredMembersAndTheirMovesGivesTheSame() throws Exception {
        Path first = new SheetMaker()
                .row("序号", "所在党支部", "姓名", "身份证号码", "处室", "入党时间")
                .row(1, "第一党支部", "张三", A, "办公室", "2005-07-01")
                .row(2, "第一党支部", "赵六", D, null, "2012-07-01")
                .xlsx(dir.resolve("去年.xlsx"));
        // stored members among new ones: the early writing passes over them; 赵六 moves, 张三's phone changes
        Path file = new SheetMaker()
                .row("党员名册（截至2025年12月31日）")
                .row("序号", "所在党支部", "姓名", "身份证号码", "处室", "联系电话", "入党时间")
                .row(1, "第一党支部", "张三", A, "办公室", "13800138000", "2005-07-01")
                .row(2, "第一党支部", "李四", B, "新设处", null, "2008-07-01")
                .row(3, "第二党支部", "赵六", D, null, null, "2012-07-01")
                .row(4, "第三党支部", "钱七", E, "法规处", null, "2001-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        same(file, ws -> LedgerImport.members(ws, first, LocalDate.of(2024, 12, 31)).apply(Progress.NONE));
    }

    @Test
    void rostersWithoutIdNumbersAndOneFillingThemInGiveTheSame() throws Exception {
        // decision 0048: a roster without ID numbers, then the same people with them (and a new one) among new members
        Path first = new SheetMaker()
                .row("序号", "所在党支部", "姓名", "出生年月", "入党时间")
                .row(1, "第一党支部", "张三", "1980.01", "2005-07-01")
                .row(2, "第一党支部", "赵六", null, "2012-07-01")
                .xlsx(dir.resolve("去年.xlsx"));
        same(first, ws -> { });
        Path file = new SheetMaker()
                .row("党员名册（截至2025年12月31日）")
                .row("序号", "所在党支部", "姓名", "身份证号码", "入党时间")
                .row(1, "第一党支部", "李四", B, "2008-07-01")
                .row(2, "第一党支部", "张三", A, "2005-07-01")
                .row(3, "第二党支部", "赵六", D, "2012-07-01")
                .row(4, "第三党支部", "钱七", E, "2001-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        Outcome outcome = same(file, ws -> LedgerImport.members(ws, first, LocalDate.of(2024, 12, 31)).apply(Progress.NONE));
        assertThat(outcome.preview()).contains("新增 2 人，更新 2 人");
    }

    @Test
    void aMembersEarlierBranchListedFirstUndoesTheEarlyWritingAndGivesTheSame() throws Exception {
        // 王五's row in his former branch comes first: written early as a new member, it turns out to be an earlier row
        Path file = new SheetMaker()
                .row("序号", "所在党支部", "姓名", "身份证号码", "入党时间", "转入本支部日期")
                .row(1, "第二党支部", "王五", C, "2010-07-01", "2010-07-01")
                .row(2, "第一党支部", "张三", A, "2005-07-01", null)
                .row(3, "第一党支部", "王五", C, "2010-07-01", "2019-05-01")
                .row(4, "第二党支部", "孙八", F, "2015-07-01", null)
                .xlsx(dir.resolve("花名册.xlsx"));
        Outcome atOnce = same(file, ws -> { });
        assertThat(atOnce.preview()).contains("较早的组织关系，自2010-07-01至2019-04-30");
    }

    @Test
    void aRosterWithAnErrorWritesNothingAndListsTheSameErrors() throws Exception {
        Path file = new SheetMaker()
                .row("序号", "所在党支部", "姓名", "身份证号码", "入党时间")
                .row(1, "第一党支部", "张三", A, "2005-07-01")
                .row(2, "第一党支部", "李四", "420102198102020021", "2008-07-01")
                .row(3, "第一党支部", "王五", C, "2010-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        Outcome atOnce = same(file, ws -> { });
        assertThat(atOnce.preview()).contains("错误：");
        assertThat(atOnce.dump()).noneMatch(row -> row.startsWith("member|"));
    }

    @Test
    void aRepeatedIdNumberIsRefusedAfterTheEarlyWritingAsBeforeIt() throws Exception {
        Path file = new SheetMaker()
                .row("序号", "所在党支部", "姓名", "身份证号码")
                .row(1, "第一党支部", "张三", A)
                .row(2, "第一党支部", "李四", B)
                .row(3, "第二党支部", "张三", A)
                .xlsx(dir.resolve("花名册.xlsx"));
        Outcome atOnce = same(file, ws -> { });
        assertThat(atOnce.preview()).contains("身份证号与第2行重复");
        assertThat(atOnce.dump()).noneMatch(row -> row.startsWith("member|"));
    }

    @Test
    void theFirstMembersArePlacedInTheirBranchesWhileReadingUpToTheFirstRowThatNeedsMore() throws Exception {
        // twelve plain rows in three new branches, then one with a 党小组: from there memberships wait for the matching
        SheetMaker sheet = new SheetMaker()
                .row("党员花名册")
                .row("序号", "所在党支部", "姓名", "身份证号码", "入党时间", "转入本支部日期", "所在党小组");
        for (int i = 1; i <= 16; i++) {
            String branch = i == 14 ? "第四党支部" : "第" + "一二三".charAt(i % 3) + "党支部";
            sheet.row(i, branch, "党员" + i, id(i), "2010-07-01", i % 4 == 0 ? "2020-03-0" + (i % 9 + 1) : null,
                    i == 13 ? "第1党小组" : null);
        }
        Outcome outcome = same(sheet.row().row("截至2025年12月31日").xlsx(dir.resolve("花名册.xlsx")), ws -> { });
        assertThat(outcome.early()).isEqualTo(new int[] {16, 12});
        assertThat(outcome.dump()).filteredOn(row -> row.startsWith("org_unit|")).hasSize(1 + 4 + 1); // 机关党委, branches, 党小组
    }

    @Test
    void aRowWithoutAnyDateEndsThePlacingAndTheRestIsWrittenAsBefore() throws Exception {
        // 党员4's first day in the branch would come from the roster's date, known only after the reading
        SheetMaker undated = new SheetMaker().row("序号", "所在党支部", "姓名", "身份证号码", "入党时间");
        for (int i = 1; i <= 6; i++) {
            undated.row(i, "第一党支部", "党员" + i, id(i), i == 4 ? null : "2011-07-01");
        }
        Outcome outcome = same(undated.xlsx(dir.resolve("无日期.xlsx")), ws -> { });
        assertThat(outcome.early()).isEqualTo(new int[] {6, 3});
    }

    @Test
    void aStoredMemberEndsThePlacingAndTheRestIsWrittenAsBefore() throws Exception {
        Path stored = new SheetMaker().row("序号", "所在党支部", "姓名", "身份证号码", "入党时间")
                .row(1, "第二党支部", "党员3", id(3), "2011-07-01")
                .xlsx(dir.resolve("去年.xlsx"));
        SheetMaker among = new SheetMaker().row("序号", "所在党支部", "姓名", "身份证号码", "入党时间");
        for (int i = 1; i <= 6; i++) {
            among.row(i, "第一党支部", "党员" + i, id(i), "2011-07-01");
        }
        Outcome outcome = same(among.xlsx(dir.resolve("花名册.xlsx")),
                ws -> LedgerImport.members(ws, stored, LocalDate.of(2024, 12, 31)).apply(Progress.NONE));
        assertThat(outcome.early()).isEqualTo(new int[] {5, 2}); // 党员3 is stored (and moves): placing ends before him
    }

    /** A valid ID number, different for each {@code i}. */
    private static String id(int i) {
        return SheetMaker.id(String.format("4201021985%02d%02d%03d", i % 12 + 1, i % 28 + 1, i));
    }

    /** What both imports gave, and what the one at once wrote while reading and kept: members, memberships. */
    private record Outcome(String preview, List<String> dump, int[] early) {
    }

    /** Imports {@code file} both ways into databases {@code seed} prepared alike; asserts the same outcome and returns it. */
    private Outcome same(Path file, Consumer<Workspace> seed) throws Exception {
        Path twoPhase = dir.resolve("preview-then-import.db");
        String previewed;
        try (Workspace ws = Workspace.open(twoPhase, "测试")) {
            seed.accept(ws);
            LedgerImport im = LedgerImport.members(ws, file);
            previewed = text(im.preview().hasErrors() ? im.preview() : im.apply(Progress.NONE));
        }
        Path atOnce = dir.resolve("at-once.db");
        LedgerImport.AtOnce imported;
        try (ReadAhead ahead = ReadAhead.start(LedgerKind.MEMBERS, file, ImportOptions.NONE);
             Workspace ws = Workspace.open(atOnce, "测试")) {
            seed.accept(ws);
            imported = LedgerImport.importCounted(ws, file, ImportOptions.NONE, Progress.NONE, ahead);
        }
        Outcome outcome = new Outcome(text(imported.preview()), dump(atOnce),
                new int[] {imported.earlyMembers(), imported.earlyMemberships()});
        assertThat(outcome.preview()).isEqualTo(previewed);
        assertThat(outcome.dump()).isEqualTo(dump(twoPhase));
        return outcome;
    }

    private static String text(ImportPreview p) {
        StringBuilder sb = new StringBuilder(p.summary()).append('\n');
        p.warnings().forEach(w -> sb.append("警告：").append(w.text()).append('\n'));
        p.errors().forEach(e -> sb.append("错误：").append(e.text()).append('\n'));
        p.records().forEach(r -> sb.append(r.line()).append('\n'));
        return sb.toString();
    }

    /** The bureau's id, made at random for each database. */
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    /** Every row of every table in rowid order, as "table|value|value…", without the moments and the bureau's random id. */
    private static List<String> dump(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
                    + "and name <> 'flyway_schema_history' order by name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select * from \"" + table + "\" order by rowid")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            if (!MOMENTS.contains(rs.getMetaData().getColumnName(i))) {
                                row.append('|').append(rs.getString(i));
                            }
                        }
                        out.add(UUID.matcher(row).replaceAll("（随机编号）"));
                    }
                }
            }
        }
        return out;
    }
}
