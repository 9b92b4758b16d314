package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;
import org.partydesk.store.MeetingRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meetings ledger as branches keep it, into an empty database: no 会议类型 column (the type is in 活动名称),
 * type words of other systems, 主持人姓名 / 记录人姓名 / 实际时间, people columns saying 无, and the dates
 * clerks write (weekday and 下午, Chinese numerals with a time range, 上旬).
 */
class MeetingValuesImportTest extends EmptyDatabaseTest {
    @Test
    void theTypeComesFromTheThemeNothingIsNoOneAndClerksDatesAreRead() throws Exception {
        Path file = new SheetMaker().sheet("三会一课")
                .row("第一党支部2025年三会一课台账").mergeLast(0, 8)
                .row("序号", "所在党支部", "活动名称", "实际时间", "主持人姓名", "记录人姓名", "请假人员", "缺席人员", "会议内容")
                .row(1, "第一党支部", "2025年3月主题党日活动", "2025年3月8日（星期六）下午", "无", "无", "无", "—", "参观红色教育基地")
                .row(2, "第一党支部", "二季度集中学习", "二〇二五年四月十日 9:00-11:00", "张三", "/", "无", "无", null)
                .row(3, "第一党支部", "五月党课学习", "2025年5月上旬", "张三", "李四", null, null, null)
                .xlsx(dir.resolve("台账.xlsx"));
        MeetingLedgerImport im = MeetingLedgerImport.open(ws, file, Progress.NONE);
        MeetingLedgerImport.Preview p = im.preview();
        assertThat(p.errors()).isEmpty();
        assertThat(p.adds()).isEqualTo(3);
        assertThat(p.warnings()).extracting(ImportMessage::text).contains(
                "台账.xlsx，工作表“三会一课”，第3行，D列（实际时间）：只写了“下午”，没有具体时刻，按14:30记录",
                "台账.xlsx，工作表“三会一课”，第3行：会议类型未填写，按会议主题中的“主题党日活动”记为主题党日",
                "台账.xlsx，工作表“三会一课”，第4行：会议类型未填写，按会议主题中的“集中学习”记为支部党员大会",
                "台账.xlsx，工作表“三会一课”，第5行，D列（实际时间）：只写了“上旬”，按该旬第一天（2025-05-01）记录",
                "台账.xlsx，工作表“三会一课”，第5行：会议类型未填写，按会议主题中的“党课学习”记为党课");
        im.apply(Progress.NONE);

        MeetingRepository meetings = new MeetingRepository(ws.database());
        Map<String, Meeting> byTheme = meetings.list(new MeetingFilter(null, null, null, null, null)).stream()
                .map(s -> meetings.load(s.id()).orElseThrow()).collect(Collectors.toMap(Meeting::theme, m -> m));
        Meeting day = byTheme.get("2025年3月主题党日活动");
        assertThat(day.types()).isEqualTo(Set.of(MeetingType.THEMED_PARTY_DAY));
        assertThat(day.heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 8, 14, 30));
        assertThat(day.host()).isNull();
        assertThat(day.recorder()).isNull();
        assertThat(day.minutes()).isEqualTo("参观红色教育基地");
        Meeting study = byTheme.get("二季度集中学习");
        assertThat(study.types()).isEqualTo(Set.of(MeetingType.BRANCH_ASSEMBLY));
        assertThat(study.heldAt()).isEqualTo(LocalDateTime.of(2025, 4, 10, 9, 0));
        assertThat(study.minutes()).isEqualTo("会议时间：09:00—11:00");
        assertThat(study.host().name()).isEqualTo("张三");
        assertThat(study.recorder()).isNull();
        Meeting lesson = byTheme.get("五月党课学习");
        assertThat(lesson.types()).isEqualTo(Set.of(MeetingType.PARTY_LESSON));
        assertThat(lesson.heldAt()).isEqualTo(LocalDateTime.of(2025, 5, 1, 0, 0));
        assertThat(lesson.recorder().name()).isEqualTo("李四");
    }
}
