package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A branch's ledger lists its 党小组会 among its other meetings, under the branch's name: each is its 党小组's meeting,
 * with the 党小组's members expected, when the theme names the 党小组 (第一党小组, 第1小组) or everyone the row names
 * belongs to one. Before, every member of the branch was expected, so the other 党小组's members were counted absent
 * (or present), and the 党小组 themselves had no meetings for 红黄旗.
 */
class CellMeetingsImportTest extends EmptyDatabaseTest {
    @BeforeEach
    void roster() throws Exception {
        Path roster = new SheetMaker()
                .row("党员花名册（截至2024年12月31日）").mergeLast(0, 5)
                .row("序号", "姓名", "身份证号码", "所在党支部", "所在党小组", "入党时间")
                .row(1, "胡军", id("42010219800101123"), "机关第三党支部", "第一党小组", "2005-07-01")
                .row(2, "郭华", id("42010219850202234"), "机关第三党支部", "第一党小组", "2010-07-01")
                .row(3, "何勇", id("42010219900303345"), "机关第三党支部", "第一党小组", "2012-07-01")
                .row(4, "高燕", id("42010219910404456"), "机关第三党支部", "第二党小组", "2013-07-01")
                .row(5, "罗丹", id("42010219920505567"), "机关第三党支部", "第二党小组", "2014-07-01")
                .row(6, "周明", id("42010219930606678"), "机关第三党支部", "第二党小组", "2015-07-01")
                .row(7, "赵一", id("42010219800707789"), "机关第四党支部", null, "2006-07-01")
                .row(8, "钱二", id("42010219810808891"), "机关第四党支部", null, "2007-07-01")
                .row(9, "孙三", id("42010219820909902"), "机关第四党支部", null, "2008-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
    }

    private Map<String, Integer> unitIds() {
        return new OrgRepository(ws.database()).all().stream()
                .filter(u -> u.kind() == OrgKind.CELL || u.kind() == OrgKind.BRANCH)
                .collect(Collectors.toMap(u -> u.kind() == OrgKind.CELL ? u.name() : u.name(), OrgUnit::id, (a, b) -> a));
    }

    @Test
    void aCellMeetingIsItsCellsWhenTheThemeOrItsPeopleTellWhichOne() throws Exception {
        Path ledger = new SheetMaker().sheet("机关第三党支部")
                .row("机关第三党支部2025年第一季度“三会一课”台账").mergeLast(0, 6)
                .row("会议类型", "日期", "会议主题", "主持人", "参加人数", "参会人员", "请假人员")
                .row("党小组会", "2025.1.8", "第一党小组学习党章", "何勇", 3, null, null)
                .row("党小组会", "2025.2.20", "学习《条例》", "高燕", null, "高燕、罗丹、周明", null)
                .row("党小组会", "2025.3.20", "第1小组学习讲话精神", "何勇", 2, null, "郭华（病假）")
                .row("党小组会", "2025.3.25", "交流学习体会", "胡军", 5, null, null)
                .row("主题党日", "2025.1.18", "1月主题党日", "胡军", 6, null, null)
                .xlsx(dir.resolve("三支部.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, ledger, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();

        Map<String, Integer> units = unitIds();
        Map<String, Meeting> meetings = byTheme();
        MeetingRepository repo = new MeetingRepository(ws.database());
        Meeting first = meetings.get("第一党小组学习党章");
        assertThat(first.orgUnitId()).isEqualTo(units.get("第一党小组"));
        assertThat(first.attendance()).extracting(AttendanceEntry::name).containsExactlyInAnyOrder("胡军", "郭华", "何勇");
        assertThat(first.attendance()).extracting(AttendanceEntry::status).containsOnly(AttendanceStatus.PRESENT);

        Meeting second = meetings.get("学习《条例》");
        assertThat(second.orgUnitId()).isEqualTo(units.get("第二党小组"));
        assertThat(second.attendance()).extracting(AttendanceEntry::name).containsExactlyInAnyOrder("高燕", "罗丹", "周明");

        Meeting third = meetings.get("第1小组学习讲话精神");
        assertThat(third.orgUnitId()).isEqualTo(units.get("第一党小组"));
        AttendanceCounts thirdCounts = repo.counts(third.id());
        assertThat(thirdCounts.expected()).isEqualTo(3);
        assertThat(thirdCounts.present()).isEqualTo(2);
        assertThat(thirdCounts.onLeave()).isEqualTo(1);
        assertThat(thirdCounts.absent()).isZero();

        // neither the theme nor a list of people tells the 党小组: kept under the branch with its own numbers, said
        Meeting unknown = meetings.get("交流学习体会");
        assertThat(unknown.orgUnitId()).isEqualTo(units.get("机关第三党支部"));
        AttendanceCounts counts = repo.counts(unknown.id());
        assertThat(counts.expected()).isEqualTo(5);
        assertThat(counts.absent()).isZero();
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains("这次党小组会没有写明是哪个党小组（会议主题、地点、内容中"
                + "没有党小组的名称，所列人员也不属于同一个党小组），记在“机关第三党支部”名下，按台账人数记录（应到5人，实到5人，请假0人，"
                + "缺席0人），不逐人登记出勤");

        // the branch's own meeting still expects every member
        assertThat(meetings.get("1月主题党日").attendance()).hasSize(6);
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, ledger, false, Progress.NONE).summary())
                .startsWith("新增 0 ");
    }

    @Test
    void aBranchWithoutCellsExpectsThePeopleItsRowNamesAndSaysSoOnce() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, new SheetMaker().sheet("四支部")
                .row("机关第四党支部2025年“三会一课”台账").mergeLast(0, 4)
                .row("所在党支部", "会议类型", "会议时间", "会议主题", "参会人员")
                .row("机关第四党支部", "党小组会", "2025-04-08", "党小组学习", "赵一、钱二")
                .row("机关第四党支部", "党小组会", "2025-05-08", "党小组交流", "孙三")
                .xlsx(dir.resolve("四支部.xlsx")), true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        Map<String, Meeting> meetings = byTheme();
        assertThat(meetings.get("党小组学习").attendance()).extracting(AttendanceEntry::name, AttendanceEntry::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("赵一", AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("钱二", AttendanceStatus.PRESENT));
        assertThat(meetings.get("党小组交流").attendance()).extracting(AttendanceEntry::name).containsExactly("孙三");
        assertThat(p.warnings()).extracting(ImportMessage::reason).filteredOn(r -> r.contains("没有登记党小组"))
                .containsExactly("“机关第四党支部”没有登记党小组，这次党小组会记在“机关第四党支部”名下，应到人员按这一行所列的参会、"
                        + "请假、缺席人员计；在花名册的“所在党小组”一列登记党小组后再导入一次，会按党小组记录");
    }
}
