package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.RecordedCounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings ledgers as branches keep them, into an empty database: people columns saying 无, 主持人姓名 /
 * 记录人姓名 / 实际时间 and leave given as a count (meeting-people/会议记录台账.xlsx, after the roster
 * merged-branch/花名册.xlsx); no 会议类型 column, the type only in 活动名称, with the type words of other
 * systems (meeting-types/组织生活台账.xlsx).
 */
class MeetingValuesImportTest extends EmptyDatabaseTest {
    @Test
    void nothingIsNoOneHostRecorderTimeAndLeaveCountAreKept() throws Exception {
        LedgerImporter.importFile(LedgerKind.MEMBERS, ws, ClerkFiles.copy(dir, "merged-branch/花名册.xlsx"), true, Progress.NONE);
        Path file = ClerkFiles.copy(dir, "meeting-people/会议记录台账.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "会议记录台账.xlsx，工作表“会议记录”，第4行：只写了人数，没有写请假、缺席人员姓名：按台账人数记录（应到3人，实到2人，请假1人，缺席0人），不逐人登记出勤");

        Map<String, Meeting> byTheme = byTheme();
        assertThat(byTheme).containsOnlyKeys("学习党章", "重温入党誓词");
        Meeting assembly = byTheme.get("学习党章");
        assertThat(assembly.heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 8, 14, 30));
        assertThat(assembly.host()).isNull();
        assertThat(assembly.recorder()).isNull();
        assertThat(assembly.attendance()).isEmpty();
        assertThat(assembly.recorded()).as("应到 from the roster, 请假 from the ledger; 实到 and 缺席 follow from them")
                .isEqualTo(new RecordedCounts(3, null, 1, null));
        Meeting day = byTheme.get("重温入党誓词");
        assertThat(day.types()).isEqualTo(Set.of(MeetingType.THEMED_PARTY_DAY));
        assertThat(day.host().name()).isEqualTo("张三");
        assertThat(day.host().memberId()).isNotNull();
        assertThat(day.recorder().name()).isEqualTo("李四");
        assertThat(day.attendance()).extracting(AttendanceEntry::name, AttendanceEntry::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("张三", AttendanceStatus.PRESENT),
                org.assertj.core.groups.Tuple.tuple("李四", AttendanceStatus.PRESENT),
                org.assertj.core.groups.Tuple.tuple("王五", AttendanceStatus.PRESENT));
    }

    @Test
    void theTypeComesFromTheActivityName() throws Exception {
        Path file = ClerkFiles.copy(dir, "meeting-types/组织生活台账.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "组织生活台账.xlsx，工作表“组织生活”，第3行：会议类型未填写，按会议主题中的“主题党日活动”记为主题党日",
                "组织生活台账.xlsx，工作表“组织生活”，第4行：会议类型未填写，按会议主题中的“集中学习”记为支部党员大会",
                "组织生活台账.xlsx，工作表“组织生活”，第5行：会议类型未填写，按会议主题中的“党课学习”记为党课",
                "组织生活台账.xlsx，工作表“组织生活”，第6行：会议类型未填写，按会议主题中的“专题党课”记为党课");
        Map<String, Set<MeetingType>> types = byTheme().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().types()));
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2025年3月主题党日活动", Set.of(MeetingType.THEMED_PARTY_DAY),
                "二季度集中学习", Set.of(MeetingType.BRANCH_ASSEMBLY),
                "五月党课学习", Set.of(MeetingType.PARTY_LESSON),
                "书记讲专题党课", Set.of(MeetingType.PARTY_LESSON)));
        assertThat(byTheme().get("2025年3月主题党日活动").minutes()).isEqualTo("参观红色教育基地");
    }
}
