package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.store.Database;
import org.partydesk.store.Dump;
import org.partydesk.store.MeetingRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * 撤销本次导入 (decision 0013) on real SQLite files, starting from an empty database, with workbooks made as a
 * clerk makes them: an undo gives back exactly the data of before the import (a dump of every table but the
 * audit trail), and is refused while later work depends on the import.
 */
class ImportUndoTest {
    static final String ZHANG = id("42010219850317123");
    static final String LI = id("42010219900101234");
    static final String WANG = id("11010519491231002");

    @TempDir
    Path dir;
    Workspace ws;
    Imports imports;
    /** 2025-01-02 09:00 when the roster is imported (its members belong from that day), a year later after it. */
    final MovableClock clock = new MovableClock(LocalDateTime.of(2025, 1, 2, 9, 0));

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDateTime at) {
            set(at);
        }

        void set(LocalDateTime at) {
            now = at.atZone(ZoneId.systemDefault()).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        ws = Workspace.of(Database.open(dir.resolve("t.db"), clock), "测试");
        imports = new Imports(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    String dump() {
        return Dump.of(ws.database());
    }

    void importFile(LedgerKind kind, Path file) {
        ImportPreview p = LedgerImporter.importFile(kind, ws, file, true, Progress.NONE);
        assertThat(p.errors()).as("errors of %s", file).isEmpty();
        clock.set(LocalDateTime.of(2026, 1, 5, 10, 0));
    }

    /** A roster with a title, a merged title row, an empty row and a notes row. */
    Path roster(String name, String zhangPhone, String zhangBranch) throws Exception {
        return new SheetMaker()
                .row("某市生态环境局机关党员花名册").mergeLast(0, 7)
                .row()
                .row("序号", "所在支部", "姓　名", "身份证号码", "性别", "入党时间", "联系电话", "工作单位")
                .row(1, zhangBranch, "张 三", ZHANG, "男", "2010-07-01", zhangPhone, "办公室")
                .row(2, "第一党支部", "李四", LI, "女", "2012年7月1日", "027-88886666", "法规处")
                .row()
                .row(3, "第二党支部", "王五", WANG, "男", LocalDate.of(1975, 7, 1), null, "办公室")
                .row("注：身份证号请填写18位。")
                .xlsx(dir.resolve(name));
    }

    /** A roster of 张三 alone, in {@code branch} since {@code since} (转入本支部日期), dated 2024-12-31. */
    Path moved(String name, String branch, String since) throws Exception {
        return new SheetMaker()
                .row("党员花名册（截至2024年12月31日）").mergeLast(0, 4)
                .row("序号", "所在支部", "姓名", "身份证号码", "转入本支部日期")
                .row(1, branch, "张三", ZHANG, since)
                .xlsx(dir.resolve(name));
    }

    static final String[] MEETING_HEADER = {"序号", "党支部", "会议名称", "类型", "活动时间", "地点", "主持人", "记录人",
            "应到", "实到", "请假人员及事由", "议题"};

    Path meetings(String name, String leave) throws Exception {
        return new SheetMaker().sheet("三会一课")
                .row("第一党支部2025年“三会一课”台账").mergeLast(0, 11)
                .row((Object[]) MEETING_HEADER)
                .row(1, "第一党支部", "三月主题党日", "主题党日、党课", "2025年3月8日下午2:30", "党员活动室", "张三", "李四",
                        2, leave == null ? 2 : 1, leave, "学习全会精神\n讨论年度计划")
                .row(2, "第一党支部", "四月支部党员大会", "党员大会", LocalDateTime.of(2025, 4, 10, 9, 30), "会议室", "张三", "李四",
                        2, 2, null, "发展党员")
                .row(3, "新成立党支部", "成立大会", "支部党员大会", "20250901")
                .row("注：请假人员请在括号内注明事由。")
                .xlsx(dir.resolve(name));
    }

    Path commendations() throws Exception {
        return new SheetMaker().sheet("表彰")
                .row("2025年度评先创优台账").mergeLast(0, 5)
                .row("荣誉名称", "级别", "获奖对象", "对象类型", "授予时间", "文号")
                .row("优秀共产党员", "市级", "张三、李四", "个人", "2025-06-28", "市直工委〔2025〕5号")
                .row("红旗党支部", "局级", "第一党支部", "集体", "2025年1月10日", null)
                .row("工人先锋号", "国家级", "某某环境监测站", "集体", "２０２５．０４．２８", "总工发〔2025〕9号")
                .row("环保卫士", "局级", "王五", "个人", "2025-05-04", null)
                .xlsx(dir.resolve("表彰.xlsx"));
    }

    Path responsibilities() throws Exception {
        String list = "机关党委考评细则";
        return new SheetMaker().sheet("清单")
                .row("2025年度责任清单汇总表").mergeLast(0, 10)
                .row("年份", "清单", "责任主体类型", "清单所属", "编号", "责任类别", "工作内容", "牵头单位", "负责人", "完成时限")
                .row(2025, list, "机关党委", "机关党委", "1", "党的政治建设")
                .row(2025, list, "机关党委", "机关党委", 1.1, "党的政治建设", "学习贯彻党的创新理论", "机关党委")
                .row("2025年", list, "机关党委", "机关党委", "1.1.1", null, "每季度召开理论学习中心组学习", "办公室", "张三", "每季度")
                .row(2025, list, "机关党委", "机关党委", "1.1.2", null, "年中专题学习", "办公室", "张三、李四", "6月底前")
                .xlsx(dir.resolve("清单.xlsx"));
    }

    int latest() {
        return imports.list().get(0).id();
    }

    @Test
    void undoingARosterImportIntoAnEmptyDatabaseLeavesItEmptyAgain() throws Exception {
        String empty = dump();
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", "13800138000", "第一党支部"));
        assertThat(dump()).isNotEqualTo(empty);
        Imports.Entry e = imports.list().get(0);
        assertThat(e.batch().kind()).isEqualTo("MEMBERS");
        assertThat(e.batch().fileName()).isEqualTo("花名册.xlsx");
        assertThat(e.batch().operator()).isEqualTo("测试");
        assertThat(e.batch().finishedAt()).isNotNull();
        assertThat(e.summaryText()).isEqualTo("新增 3 条，更新 0 条");
        assertThat(e.confirmText()).contains("撤销导入 #" + e.id() + "（花名册“花名册.xlsx”");

        imports.undo(e.id());
        assertThat(dump()).isEqualTo(empty);
        assertThat(imports.list().get(0).batch().undone()).isTrue();
        assertThat(imports.list().get(0).undoneText()).startsWith("已撤销（测试，");
    }

    @Test
    void aPreviewWritesNoBatch() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster("花名册.xlsx", null, "第一党支部"), false, Progress.NONE);
        assertThat(p.hasErrors()).isFalse();
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void aRosterReimportedWithAChangedPhoneAndBranchIsRestoredExactly() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", "13800138000", "第一党支部"));
        String before = dump();
        importFile(LedgerKind.MEMBERS, roster("花名册（新）.xlsx", "13900000000", "第二党支部"));
        assertThat(imports.list().get(0).updated()).isEqualTo(1);
        assertThat(dump()).isNotEqualTo(before);

        imports.undo(latest());
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aMoveBeforeAMembershipStartedDeletesItAndTheUndoPutsItBack() throws Exception {
        // 张三 joined 第一党支部 on 2024-06-01 by the first roster; a corrected roster says he has been in 第二党支部 since
        // 2024-03-01: the membership of 第一党支部, which would start after his move, is deleted
        importFile(LedgerKind.MEMBERS, moved("花名册.xlsx", "第一党支部", "2024-06-01"));
        String before = dump();
        clock.set(LocalDateTime.of(2025, 1, 2, 15, 0));
        importFile(LedgerKind.MEMBERS, moved("花名册（更正）.xlsx", "第二党支部", "2024-03-01"));
        assertThat(ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG,
                org.partydesk.store.jooq.Tables.AUDIT_LOG.ACTION.eq("DELETE"))).isPositive();
        imports.undo(latest());
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void undoingAMeetingsLedgerRestoresTheDatabaseAndTheRosterWaitsForIt() throws Exception {
        String empty = dump();
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", null, "第一党支部"));
        int rosterBatch = latest();
        String withRoster = dump();
        importFile(LedgerKind.MEETINGS, meetings("会议.xlsx", null));
        int meetingsBatch = latest();
        assertThat(new MeetingRepository(ws.database()).list(new MeetingFilter(null, null, null, null, null))).hasSize(3);

        // the meetings' attendance refers to the roster's members
        assertThatThrownBy(() -> imports.undo(rosterBatch)).isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("不能撤销导入 #" + rosterBatch + "（花名册.xlsx）：")
                .hasMessageContaining("之后的导入 #" + meetingsBatch + "（会议.xlsx）引用了本次导入添加的党员“张三”、党员“李四”、党组织“机关党委”、党组织“第一党支部”。")
                .hasMessageContaining("请先撤销之后的导入或修改");
        assertThat(imports.list().get(1).batch().undone()).isFalse();

        imports.undo(meetingsBatch);
        assertThat(dump()).isEqualTo(withRoster);
        imports.undo(rosterBatch);
        assertThat(dump()).isEqualTo(empty);
    }

    @Test
    void aMeetingsLedgerReimportedWithChangedLeaveIsRestoredExactly() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", null, "第一党支部"));
        importFile(LedgerKind.MEETINGS, meetings("会议.xlsx", null));
        String before = dump();
        importFile(LedgerKind.MEETINGS, meetings("会议（改）.xlsx", "李四（出差）"));
        Meeting day = find("三月主题党日");
        assertThat(day.attendance()).anyMatch(a -> a.name().equals("李四") && a.status() == AttendanceStatus.ON_LEAVE);
        assertThat(dump()).isNotEqualTo(before);

        imports.undo(latest());
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void evidenceLinkedToAnImportedMeetingKeepsTheImport() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", null, "第一党支部"));
        importFile(LedgerKind.MEETINGS, meetings("会议.xlsx", null));
        int batch = latest();
        int meeting = find("三月主题党日").id();
        Path photo = java.nio.file.Files.write(dir.resolve("照片.jpg"), new byte[] {1, 2, 3});
        org.partydesk.store.EvidenceStore evidence = new org.partydesk.store.EvidenceStore(ws.database());
        ws.database().write("王秘书", tx -> evidence.link(tx, evidence.add(tx, photo, "照片.jpg",
                org.partydesk.store.EvidenceStore.Details.none(), 1_000_000).evidenceId(),
                org.partydesk.model.EvidenceRecordType.MEETING, meeting));
        assertThatThrownBy(() -> imports.undo(batch)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("佐证材料“照片.jpg”关联到本次导入添加的会议“三月主题党日”（2025-03-08）");
    }

    @Test
    void aLedgerImportedAgainAfterItsUndoGetsNewIds() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", null, "第一党支部"));
        importFile(LedgerKind.MEETINGS, meetings("会议.xlsx", null));
        int firstIds = find("三月主题党日").id();
        imports.undo(latest());
        importFile(LedgerKind.MEETINGS, meetings("会议.xlsx", null));
        assertThat(find("三月主题党日").id()).isGreaterThan(firstIds + 2);
    }

    @Test
    void anEditAfterTheImportRefusesItsUndoAndSoDoesASecondUndo() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", null, "第一党支部"));
        importFile(LedgerKind.MEETINGS, meetings("会议.xlsx", null));
        int batch = latest();
        Meeting day = find("三月主题党日");
        new MeetingRepository(ws.database()).update("王秘书", new Meeting(day.id(), day.orgUnitId(), day.heldAt(), "大会议室",
                day.host(), day.recorder(), day.lecturer(), day.theme(), day.types(), day.agenda(), day.tags(), day.minutes(),
                day.decisions(), day.election(), day.attendance(), day.nonVotingAttendees()));
        String edited = dump();

        assertThatThrownBy(() -> imports.undo(batch)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("会议“三月主题党日”（2025-03-08）在本次导入之后被修改过（王秘书，2026-01-05 10:00）");
        assertThat(dump()).isEqualTo(edited);

        int roster = imports.list().get(1).id();
        importFile(LedgerKind.COMMENDATIONS, commendations());
        imports.undo(latest());
        assertThatThrownBy(() -> imports.undo(latest())).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("已于 2026-01-05 10:00 由 测试 撤销，不能再撤销一次");
        assertThatThrownBy(() -> imports.undo(999)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("没有编号为 999 的导入记录");
        assertThat(roster).isPositive();
    }

    @Test
    void aMeetingEnteredByHandAfterTheRosterKeepsTheRosterImport() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", null, "第一党支部"));
        int batch = latest();
        int branch = new org.partydesk.store.OrgRepository(ws.database()).all().stream()
                .filter(u -> u.name().equals("第一党支部")).findFirst().orElseThrow().id();
        int zhang = new MeetingRepository(ws.database()).memberIdByName("张三").orElseThrow();
        new MeetingRepository(ws.database()).save("王秘书", new Meeting(null, branch, LocalDateTime.of(2025, 12, 1, 9, 0),
                null, new org.partydesk.model.PersonRef(zhang, "张三"), null, null, "十二月支委会",
                java.util.Set.of(org.partydesk.model.MeetingType.BRANCH_COMMITTEE), null, null, null, null, false, null, null));
        String entered = dump();
        assertThatThrownBy(() -> imports.undo(batch)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("党组织“第一党支部”被之后录入的会议“十二月支委会”（2025-12-01）引用")
                .hasMessageContaining("党员“张三”被之后录入的会议“十二月支委会”（2025-12-01）引用");
        assertThat(dump()).isEqualTo(entered);
    }

    @Test
    void aLaterImportThatUpdatedTheBatchsRowsMustBeUndoneFirst() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", "13800138000", "第一党支部"));
        int first = latest();
        importFile(LedgerKind.MEMBERS, roster("花名册（新）.xlsx", "13900000000", "第一党支部"));
        int second = latest();
        assertThatThrownBy(() -> imports.undo(first)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("党员“张三”被之后的导入 #" + second + "（花名册（新）.xlsx）修改过");
        imports.undo(second);
        imports.undo(first);
        assertThat(Dump.rows(ws.database())).isEqualTo(rowsOfEmpty());
    }

    @Test
    void undoingCommendationsAndResponsibilityListsRestoresTheDatabase() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", null, "第一党支部"));
        String withRoster = dump();
        importFile(LedgerKind.COMMENDATIONS, commendations());
        assertThat(imports.list().get(0).kindLabel()).isEqualTo("评先创优台账");
        String withCommendations = dump();
        importFile(LedgerKind.RESPONSIBILITIES, responsibilities());
        assertThat(dump()).isNotEqualTo(withCommendations);
        imports.undo(latest());
        assertThat(dump()).isEqualTo(withCommendations);
        imports.undo(latest() - 1);
        assertThat(dump()).isEqualTo(withRoster);
    }

    @Test
    void anHonourNameALaterImportStillUsesKeepsTheImportThatAddedIt() throws Exception {
        importFile(LedgerKind.MEMBERS, roster("花名册.xlsx", null, "第一党支部"));
        importFile(LedgerKind.COMMENDATIONS, commendations()); // adds the honour name 环保卫士
        int first = latest();
        importFile(LedgerKind.COMMENDATIONS, new SheetMaker().sheet("表彰")
                .row("荣誉名称", "级别", "获奖对象", "对象类型", "授予时间")
                .row("环保卫士", "局级", "李四", "个人", "2025-09-04")
                .xlsx(dir.resolve("表彰（下半年）.xlsx")));
        int second = latest();
        String both = dump();
        assertThatThrownBy(() -> imports.undo(first)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("之后的导入 #" + second + "（表彰（下半年）.xlsx）用到了本次导入添加的荣誉名称“环保卫士”");
        assertThat(dump()).as("nothing undone").isEqualTo(both);
        imports.undo(second);
        imports.undo(first);
        assertThat(dump()).doesNotContain("环保卫士");
    }

    int rowsOfEmpty() {
        try (Workspace other = Workspace.of(Database.open(dir.resolve("empty.db")), "测试")) { // opened as ws is
            return Dump.rows(other.database());
        }
    }

    Meeting find(String theme) {
        MeetingRepository repo = new MeetingRepository(ws.database());
        return repo.list(new MeetingFilter(null, null, null, null, null)).stream()
                .map(s -> repo.load(s.id()).orElseThrow()).filter(m -> m.theme().equals(theme)).findFirst().orElseThrow();
    }
}
