package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.logic.UnitNames;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Member;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Rosters as many offices keep them, without 身份证号 (decision 0048): from an empty database the members are known by
 * name (with 出生年月 and branch where names repeat), a later roster with ID numbers fills them in, the same roster
 * again changes nothing, and where a name cannot be told apart the row is refused naming both.
 */
class RosterWithoutIdNumbersTest extends EmptyDatabaseTest {
    /** A clerk's roster: a merged title, 出生年月 as months, the branch written once per merged block, a note below. */
    private Path roster(String file, Object[]... people) throws Exception {
        SheetMaker s = new SheetMaker()
                .row("XX市统计局机关党员花名册（截至2025年12月31日）").mergeLast(0, 5)
                .row("序号", "姓名", "性别", "出生年月", "所在党支部", "入党时间");
        int n = 1;
        int blockStart = 2;
        for (Object[] p : people) {
            Object[] row = new Object[6];
            row[0] = n++;
            System.arraycopy(p, 0, row, 1, p.length);
            s.row(row);
            int at = n; // this row's index, 0-based: title, header, then the people
            if (p[3] != null) {
                if (at - 1 > blockStart) {
                    s.merge(blockStart, at - 1, 4, 4); // the branch written once for its block
                }
                blockStart = at;
            }
        }
        if (n + 1 - 1 > blockStart) {
            s.merge(blockStart, n, 4, 4);
        }
        return s.row("注：本表不含身份证号，由各支部组织委员填报。").mergeLast(0, 5).xlsx(dir.resolve(file));
    }

    private ImportPreview importRoster(Path file) {
        return LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
    }

    private List<Member> members() {
        return new MemberRepository(ws.database()).all();
    }

    private Map<String, String> branchByName() {
        Map<Integer, String> units = UnitNames.qualifiedAll(new OrgRepository(ws.database()).all());
        Map<Integer, Integer> branchOf = new MemberRepository(ws.database()).branchIdsOfAll(java.time.LocalDate.of(2025, 12, 31));
        return members().stream().collect(Collectors.toMap(m -> m.name() + m.birthDate(), m -> units.get(branchOf.get(m.id()))));
    }

    @Test
    void aRosterWithoutIdNumbersImportsByNameAndALaterOneWithThemFillsThemIn() throws Exception {
        Path plain = roster("花名册.xlsx",
                new Object[]{"张建国", "男", "1968.05", "机关第一党支部", "1990-07-01"},
                new Object[]{"李秀英", "女", "1975.11", null, "1998-06-15"},
                new Object[]{"王伟", "男", "1982.03", null, "2006-07-01"},
                new Object[]{"王伟", "男", "1990.08", "机关第二党支部", "2015-06-20"},
                new Object[]{"赵敏", "女", "1988.02", null, "2012-05-04"});
        ImportPreview first = importRoster(plain);
        assertThat(first.errors()).isEmpty();
        assertThat(first.counts()).isEqualTo("新增 5 人，更新 0 人");
        assertThat(first.warnings()).extracting(ImportMessage::reason)
                .contains("名册没有身份证号列：按姓名识别党员（同名时再按出生日期、所在党支部区分），新党员登记时不带身份证号，"
                        + "可在党员页面或以后的名册中补登");
        // 出生年月 in every row: one warning for the rows, not five
        assertThat(first.warnings()).filteredOn(w -> w.reason().startsWith("只填写了年月")).singleElement()
                .satisfies(w -> assertThat(w.text()).contains("第3—7行（共5行），D列（出生年月）"));
        assertThat(members()).hasSize(5).allSatisfy(m -> assertThat(m.idNumber()).isNull());
        // the two 王伟 are two members, each in the branch his merged block names
        assertThat(branchByName()).containsEntry("王伟1982-03-01", "机关第一党支部").containsEntry("王伟1990-08-01", "机关第二党支部");

        assertThat(importRoster(plain).counts()).isEqualTo("新增 0 人，更新 0 人");

        // the same people from the 人事 roster with ID numbers (and full birth dates): found by name and month of birth
        Path withIds = new SheetMaker()
                .row("序号", "姓名", "公民身份号码", "所在党支部", "入党时间")
                .row(1, "张建国", id("11010219680512001"), "机关第一党支部", "1990-07-01")
                .row(2, "李秀英", id("11010219751103002"), "机关第一党支部", "1998-06-15")
                .row(3, "王伟", id("11010219820315003"), "机关第一党支部", "2006-07-01")
                .row(4, "王伟", id("11010219900822004"), "机关第二党支部", "2015-06-20")
                .row(5, "赵敏", id("11010219880209005"), "机关第二党支部", "2012-05-04")
                .xlsx(dir.resolve("人事花名册.xlsx"));
        ImportPreview filled = importRoster(withIds);
        assertThat(filled.errors()).isEmpty();
        assertThat(filled.counts()).isEqualTo("新增 0 人，更新 5 人");
        assertThat(members()).hasSize(5).allSatisfy(m -> assertThat(m.idNumber()).hasSize(18));
        assertThat(members()).filteredOn(m -> m.name().equals("王伟")).extracting(Member::birthDate)
                .containsExactlyInAnyOrder(java.time.LocalDate.of(1982, 3, 15), java.time.LocalDate.of(1990, 8, 22));

        // and the roster without them, next year, changes nothing and keeps the numbers
        assertThat(importRoster(plain).counts()).isEqualTo("新增 0 人，更新 0 人");
        assertThat(members()).allSatisfy(m -> assertThat(m.idNumber()).hasSize(18));
    }

    @Test
    void meetingsNameTheMembersOfARosterWithoutIdNumbers() throws Exception {
        assertThat(importRoster(roster("花名册.xlsx",
                new Object[]{"张建国", "男", "1968.05", "机关第一党支部", "1990-07-01"},
                new Object[]{"李秀英", "女", "1975.11", null, "1998-06-15"},
                new Object[]{"赵敏", "女", "1988.02", null, "2012-05-04"})).errors()).isEmpty();
        Path meetings = new SheetMaker()
                .row("机关第一党支部2026年“三会一课”台账").mergeLast(0, 4)
                .row("会议时间", "会议类型", "会议主题", "请假人员", "缺席人员")
                .row("2026-03-20", "支部党员大会", "学习党的二十届四中全会精神", "李秀英（出差）", "赵敏")
                .xlsx(dir.resolve("台账.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, meetings, true, Progress.NONE).errors()).isEmpty();
        Map<String, AttendanceStatus> attendance = byTheme().get("学习党的二十届四中全会精神").attendance().stream()
                .collect(Collectors.toMap(AttendanceEntry::name, AttendanceEntry::status));
        assertThat(attendance).containsEntry("张建国", AttendanceStatus.PRESENT)
                .containsEntry("李秀英", AttendanceStatus.ON_LEAVE).containsEntry("赵敏", AttendanceStatus.ABSENT);
    }

    @Test
    void namesThatCannotBeToldApartAreRefusedNamingTheRows() throws Exception {
        // the same name twice without a birth date: one person typed twice, or two?
        Path twice = new SheetMaker()
                .row("姓名", "所在党支部")
                .row("王伟", "机关第一党支部")
                .row("李娜", "机关第一党支部")
                .row("王伟", "机关第二党支部")
                .xlsx(dir.resolve("两个王伟.xlsx"));
        ImportPreview refused = importRoster(twice);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.header()).isEqualTo("姓名");
            assertThat(e.reason()).startsWith("与第2行姓名相同，又都没有身份证号，无法区分是否同一人");
        });
        assertThat(members()).isEmpty();

        // two 王伟 stored in two branches; a row naming a third branch cannot say which he is
        assertThat(importRoster(roster("花名册.xlsx",
                new Object[]{"王伟", "男", "1982.03", "机关第一党支部", "2006-07-01"},
                new Object[]{"王伟", "男", "1990.08", "机关第二党支部", "2015-06-20"})).errors()).isEmpty();
        Path third = new SheetMaker()
                .row("姓名", "所在党支部")
                .row("王伟", "离退休干部党支部")
                .xlsx(dir.resolve("离退休.xlsx"));
        assertThat(importRoster(third).errors()).singleElement().extracting(ImportMessage::reason)
                .isEqualTo("库中有2名姓名为“王伟”的党员（机关第一党支部、机关第二党支部），无法确定本行是哪一位；请填写身份证号或出生日期");
        assertThat(members()).hasSize(2);
    }

    @Test
    void theOnlyMemberOfANameInAnotherBranchIsHimMovedAndTheRowSaysSo() throws Exception {
        assertThat(importRoster(roster("花名册.xlsx",
                new Object[]{"钱德厚", "男", "1956.02", "机关第一党支部", "1982-07-01"})).errors()).isEmpty();
        Path moved = new SheetMaker()
                .row("党员花名册（截至2026年6月30日）").mergeLast(0, 1)
                .row("姓名", "所在党支部")
                .row("钱德厚", "离退休干部党支部")
                .xlsx(dir.resolve("2026年花名册.xlsx"));
        ImportPreview p = importRoster(moved);
        assertThat(p.errors()).isEmpty();
        assertThat(p.counts()).isEqualTo("新增 0 人，更新 1 人");
        assertThat(p.warnings()).extracting(ImportMessage::reason)
                .contains("本行没有身份证号，按姓名对应到库中机关第一党支部的“钱德厚”；如不是同一人，请填写身份证号或出生日期后重新导入");
        assertThat(members()).hasSize(1);
    }

    @Test
    void idNumbersUnderAHeaderNotKnownAreNotLeftBehind() throws Exception {
        Path roster = new SheetMaker()
                .row("姓名", "居民身份证号", "所在党支部")
                .row("张建国", id("11010219680512001"), "机关第一党支部")
                .row("李秀英", id("11010219751103002"), "机关第一党支部")
                .xlsx(dir.resolve("人事花名册.xlsx"));
        ImportPreview refused = importRoster(roster);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("B");
            assertThat(e.reason()).isEqualTo("这一列是身份证号，但列名“居民身份证号”不认识：请把它对应为“身份证号”"
                    + "（导入预览的“列对应”，命令行 --map \"居民身份证号=身份证号\"）后重新导入，否则党员只能按姓名识别");
        });
        assertThat(members()).isEmpty();
        ImportPreview mapped = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster,
                ImportOptions.NONE.withColumns(Map.of("居民身份证号", "身份证号")), true, Progress.NONE);
        assertThat(mapped.errors()).isEmpty();
        assertThat(members()).hasSize(2).allSatisfy(m -> assertThat(m.idNumber()).hasSize(18));
    }
}
