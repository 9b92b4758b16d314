package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partydesk.app.Progress;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.store.MeetingRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A branch's meetings ledger naming branch and year only in its title ("机关第一党支部2025年“三会一课”台账"),
 * with the dates clerks write: 5月8日, a weekday and 下午, Chinese numerals with a time range, 上旬, an Excel
 * serial kept as text (dates/机关第一党支部三会一课台账.xlsx, and the same saved by LibreOffice Calc as .ods and as
 * .xlsx), into an empty database.
 */
class MeetingTitleYearTest extends EmptyDatabaseTest {
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods", "LibreOffice.xlsx"})
    void datesAsClerksWriteThemWithTheYearOfTheTitle(String format) throws Exception {
        Path file = ClerkFiles.copy(dir, "dates/机关第一党支部三会一课台账." + format);
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text)
                .filteredOn(t -> !t.contains("没有登记支部委员")).as("支委 not registered: said once, see ProbedClerkFilesTest").containsExactly(
                "机关第一党支部三会一课台账." + format + "，工作表“三会一课”，第5行，D列（会议时间）：只写了“下午”，没有具体时刻，按14:30记录",
                "机关第一党支部三会一课台账." + format + "，工作表“三会一课”，第7行，B列（会议类型）：“机关第一党支部”没有登记党小组，"
                        + "这次党小组会记在“机关第一党支部”名下，这一行没有写参会人员和人数，应到人员按全支部党员计；在花名册的“所在党小组”"
                        + "一列登记党小组后再导入一次，会按党小组记录",
                "机关第一党支部三会一课台账." + format + "，工作表“三会一课”，第7行，D列（会议时间）：只写了“上旬”，按该旬第一天（2025-06-01）记录",
                "机关第一党支部三会一课台账." + format + "，工作表“三会一课”，第8行，D列（会议时间）：“45838”是以文本保存的 Excel 日期序号，按2025-06-30记录，请核对");
        MeetingRepository meetings = new MeetingRepository(ws.database());
        Map<String, Meeting> byTheme = meetings.list(MeetingFilter.ALL).stream()
                .map(s -> meetings.load(s.id()).orElseThrow()).collect(Collectors.toMap(Meeting::theme, m -> m));
        assertThat(byTheme.values()).extracting(Meeting::heldAt).containsExactlyInAnyOrder(
                LocalDateTime.of(2025, 5, 8, 0, 0),
                LocalDateTime.of(2025, 5, 15, 14, 30),
                LocalDateTime.of(2025, 6, 28, 9, 0),
                LocalDateTime.of(2025, 6, 1, 0, 0),
                LocalDateTime.of(2025, 6, 30, 0, 0));
        assertThat(byTheme.get("研究发展党员工作").heldAt()).isEqualTo(LocalDateTime.of(2025, 5, 8, 0, 0));
        assertThat(byTheme.get("参观红色教育基地").minutes()).isEqualTo("会议时间：09:00—11:00");
        assertThat(byTheme.get("书记讲党课").heldAt()).isEqualTo(LocalDateTime.of(2025, 6, 30, 0, 0));
        assertThat(byTheme.values()).extracting(m -> m.host().name()).containsOnly("张三");
    }
}
