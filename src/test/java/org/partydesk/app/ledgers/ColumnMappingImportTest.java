package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.Member;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.COLUMN_MAPPING;

/**
 * Column mapping (decision 0016), from an empty database, on the hand-made workbooks of
 * {@code ledgers/mapping/}: columns named as the app does not know them are 未识别 (with samples) and the file is
 * refused; mapped through {@link ImportOptions} the rows are stored; the mapping is remembered for the next file
 * with the same header.
 */
class ColumnMappingImportTest extends EmptyDatabaseTest {
    static Path workbook(String name) throws Exception {
        return Path.of(ColumnMappingImportTest.class.getResource("/ledgers/mapping/" + name).toURI());
    }

    /** The clerk's mapping of the roster's columns. */
    static final Map<String, String> ROSTER_MAP = Map.of("居民身份证号", "身份证号", "所属党组织", "所在党支部",
            "所任岗位", "职务", "备注", "忽略");

    private static Map<String, ColumnMapping> byHeader(ImportPreview p) {
        return p.columns().stream().collect(Collectors.toMap(ColumnMapping::header, Function.identity()));
    }

    @Test
    void unknownColumnsAreRefusedWithSamplesThenMappedStoredAndRememberedForTheSameHeader() throws Exception {
        Path roster = workbook("花名册-自定列名.xlsx");
        ImportPreview before = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, ImportOptions.NONE, true, Progress.NONE);
        assertThat(before.errors()).extracting(ImportMessage::reason)
                .anyMatch(r -> r.startsWith("缺少必填的列“所在党支部”"));
        Map<String, ColumnMapping> unknown = byHeader(before);
        assertThat(unknown.get("所任岗位").field()).isNull();
        assertThat(unknown.get("所任岗位").source()).isEqualTo(ColumnMapping.Source.NONE);
        assertThat(unknown.get("所任岗位").samples()).containsExactly("科长", "副科长", "一级主任科员");
        assertThat(unknown.get("所任岗位").line()).isEqualTo("F列 所任岗位 → 未识别，如：科长、副科长、一级主任科员");
        assertThat(unknown.get("姓名").fieldLabel()).isEqualTo("姓名");
        assertThat(unknown.get("姓名").source()).isEqualTo(ColumnMapping.Source.NAME);
        assertThat(new MemberRepository(ws.database()).all()).isEmpty();

        ImportPreview mapped = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster,
                ImportOptions.NONE.withColumns(ROSTER_MAP), true, Progress.NONE);
        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.counts()).isEqualTo("新增 3 人，更新 0 人");
        assertThat(mapped.warnings()).extracting(ImportMessage::text).noneMatch(t -> t.contains("不认识的列名"));
        Map<String, ColumnMapping> columns = byHeader(mapped);
        assertThat(columns.get("所任岗位").field()).isEqualTo(org.partydesk.logic.ledgers.MemberLedger.JOB_TITLE);
        assertThat(columns.get("所任岗位").fieldLabel()).isEqualTo("职务");
        assertThat(columns.get("所任岗位").source()).isEqualTo(ColumnMapping.Source.CHOSEN);
        assertThat(columns.get("备注").field()).isEqualTo(LedgerFields.IGNORE);
        assertThat(columns.get("备注").fieldLabel()).isEqualTo("忽略");
        assertThat(mapped.mappingNote()).isNull();
        Map<String, Member> members = members();
        assertThat(members.keySet()).containsExactlyInAnyOrder("张三", "李四", "王五");
        assertThat(members.get("李四").idNumber()).isEqualTo(MappingWorkbooks.LI);
        assertThat(members.get("李四").jobTitle()).isEqualTo("副科长");
        assertThat(members.get("张三").joinedOn()).isEqualTo(LocalDate.of(2010, 7, 1));
        assertThat(new MemberRepository(ws.database()).branchName(members.get("王五").id(), LocalDate.of(2025, 12, 31)))
                .contains("机关第一党支部");
        // stored once per header text, audited
        assertThat(ws.database().read().fetchCount(COLUMN_MAPPING)).isEqualTo(4);
        assertThat(ws.database().read().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("column_mapping"))).isEqualTo(4);

        // the next file with the same header, in an import that names no mapping
        ImportPreview second = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, workbook("花名册-自定列名-第二批.xlsx"),
                ImportOptions.NONE, true, Progress.NONE);
        assertThat(second.errors()).isEmpty();
        assertThat(second.counts()).isEqualTo("新增 1 人，更新 0 人");
        assertThat(second.mappingNote()).startsWith("已按上次的列对应导入：")
                .contains("居民身份证号 → 身份证号", "所属党组织 → 所在党支部", "所任岗位 → 职务", "备注 → 忽略");
        assertThat(byHeader(second).get("所任岗位").source()).isEqualTo(ColumnMapping.Source.REMEMBERED);
        assertThat(byHeader(second).get("姓名").source()).isEqualTo(ColumnMapping.Source.NAME);
        Member zhao = members().get("赵六");
        assertThat(zhao.jobTitle()).isEqualTo("四级主任科员");
        assertThat(zhao.idNumber()).isEqualTo(MappingWorkbooks.ZHAO);
        // nothing chosen this time: the stored mapping is as it was
        assertThat(ws.database().read().fetchCount(COLUMN_MAPPING)).isEqualTo(4);
    }

    @Test
    void aMeetingsLedgerWithItsOwnColumnNamesIsRefusedThenStoredAsMapped() throws Exception {
        LedgerImporter.importFile(LedgerKind.MEMBERS, ws, workbook("花名册-自定列名.xlsx"),
                ImportOptions.NONE.withColumns(ROSTER_MAP), true, Progress.NONE);
        Path ledger = workbook("三会一课-自定列名.xlsx");
        ImportPreview before = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, ledger, ImportOptions.NONE, true, Progress.NONE);
        assertThat(before.errors()).extracting(ImportMessage::reason).anyMatch(r -> r.startsWith("缺少必填的列“会议时间”"));
        assertThat(byHeader(before).get("出席人").field()).isNull();
        assertThat(byHeader(before).get("出席人").samples()).containsExactly("张三、王五", "张三、李四、王五");

        ImportOptions options = ImportOptions.NONE.withColumn("召开日期", "会议时间").withColumn("主持", "主持人")
                .withColumn("出席人数", "实到人数").withColumn("请假人员名单", "请假人员")
                .withColumn("会议主要内容", "minutes").withColumn("出席人", "忽略");
        ImportPreview done = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, ledger, options, true, Progress.NONE);
        assertThat(done.errors()).isEmpty();
        assertThat(done.counts()).isEqualTo("新增 2 次会议，更新 0 次会议");
        assertThat(byHeader(done).get("会议主要内容").fieldLabel()).isEqualTo("会议内容");

        MeetingRepository meetings = new MeetingRepository(ws.database());
        Map<String, Meeting> byTheme = meetings.list(new MeetingFilter(null, null, null, null, null)).stream()
                .map(s -> meetings.load(s.id()).orElseThrow()).collect(Collectors.toMap(Meeting::theme, m -> m));
        Meeting assembly = byTheme.get("学习全国两会精神");
        assertThat(assembly.heldAt().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 8));
        assertThat(assembly.host().name()).isEqualTo("张三");
        assertThat(assembly.minutes()).isEqualTo("传达学习全国两会精神");
        assertThat(assembly.attendance()).extracting(AttendanceEntry::name, AttendanceEntry::status, AttendanceEntry::leaveReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("张三", AttendanceStatus.PRESENT, null),
                        org.assertj.core.groups.Tuple.tuple("李四", AttendanceStatus.ON_LEAVE, "出差"),
                        org.assertj.core.groups.Tuple.tuple("王五", AttendanceStatus.PRESENT, null));
        assertThat(byTheme.get("4月主题党日活动").attendance()).extracting(AttendanceEntry::status)
                .containsOnly(AttendanceStatus.PRESENT);
    }

    @Test
    void commendationsAndResponsibilityListsWithTheirOwnColumnNamesAreStoredAsMapped() throws Exception {
        LedgerImporter.importFile(LedgerKind.MEMBERS, ws, workbook("花名册-自定列名.xlsx"),
                ImportOptions.NONE.withColumns(ROSTER_MAP), true, Progress.NONE);
        Path honours = workbook("评先创优-自定列名.xlsx");
        ImportPreview refused = LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, honours, ImportOptions.NONE, true,
                Progress.NONE);
        assertThat(refused.errors()).extracting(ImportMessage::reason)
                .anyMatch(r -> r.startsWith("缺少必填的列“荣誉名称”")).anyMatch(r -> r.startsWith("缺少必填的列“授予时间”"));
        ImportPreview done = LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, honours, ImportOptions.NONE
                .withColumns(Map.of("获得称号", "荣誉名称", "受表彰人", "获奖对象", "批准单位", "授予单位", "批准时间", "授予时间")),
                true, Progress.NONE);
        assertThat(done.errors()).isEmpty();
        assertThat(done.counts()).isEqualTo("新增 2 项，更新 0 项");
        List<org.partydesk.model.Commendation> stored = new org.partydesk.store.CommendationRepository(ws.database())
                .find(org.partydesk.store.CommendationRepository.Filter.all());
        assertThat(stored).extracting(org.partydesk.model.Commendation::title, org.partydesk.model.Commendation::awardedBy,
                        org.partydesk.model.Commendation::awardedOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("优秀共产党员", "市直机关工委", LocalDate.of(2025, 6, 28)),
                        org.assertj.core.groups.Tuple.tuple("优秀党务工作者", "市直机关工委", LocalDate.of(2025, 6, 28)));
        Integer zhang = members().get("张三").id();
        assertThat(stored.stream().filter(c -> c.title().equals("优秀共产党员")).findFirst().orElseThrow().recipients())
                .extracting(org.partydesk.model.Commendation.Recipient::memberId).containsExactly(zhang);

        Path list = workbook("责任清单-自定列名.xlsx");
        ImportPreview noPath = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, list, ImportOptions.NONE, true,
                Progress.NONE);
        assertThat(noPath.errors()).extracting(ImportMessage::reason).anyMatch(r -> r.startsWith("缺少必填的列“序号”"));
        ImportPreview items = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, list, ImportOptions.NONE
                .withColumns(Map.of("层级编号", "序号", "工作事项", "内容", "牵头处室", "责任主体")), true, Progress.NONE);
        assertThat(items.errors()).isEmpty();
        org.partydesk.store.ResponsibilityRepository lists = new org.partydesk.store.ResponsibilityRepository(ws.database());
        assertThat(lists.allLists()).hasSize(1);
        assertThat(lists.items(lists.allLists().get(0).id()))
                .extracting(org.partydesk.model.ResponsibilityItem::level, org.partydesk.model.ResponsibilityItem::text,
                        org.partydesk.model.ResponsibilityItem::ownerText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "履行第一责任人职责", "办公室"),
                        org.assertj.core.groups.Tuple.tuple(2, "主持研究部署党建工作", "机关党委"));
    }

    @Test
    void aFieldThatIsNoneOfTheKindsIsRefusedNamingTheFields() throws Exception {
        assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEMBERS, ws, workbook("花名册-自定列名.xlsx"),
                ImportOptions.NONE.withColumn("所任岗位", "行政级别"), false, Progress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("“行政级别”不是花名册的字段，可以对应的字段有：姓名、性别、民族")
                .hasMessageEndingWith("；不导入该列请写“忽略”");
        assertThat(LedgerFields.key(LedgerKind.MEMBERS, "现任职务")).isEqualTo(LedgerFields.key(LedgerKind.MEMBERS, "职务"));
        assertThat(LedgerFields.key(LedgerKind.MEETINGS, "不导入")).isEqualTo(LedgerFields.IGNORE);
    }

    private Map<String, Member> members() {
        List<Member> all = new MemberRepository(ws.database()).all();
        return all.stream().collect(Collectors.toMap(Member::name, Function.identity()));
    }
}
