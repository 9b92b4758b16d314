package org.partydesk.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.model.Member;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Ledgers kept as text, imported into an empty database as a clerk gets them: a roster exported by another system as a
 * GBK .csv (Chinese Windows' "ANSI"), a meetings ledger saved by Excel as "CSV UTF-8" with a theme on two lines of its
 * quoted cell, and Excel's "Unicode 文本" (UTF-16, tab-separated) .txt; a quote left open is named with its line.
 */
class TextLedgersTest {
    @TempDir
    Path dir;

    private LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    private static final String ZHANG = id("42010219850317123");
    private static final String LI = id("42010219900101234");
    private static final String WANG = id("42010219780505345");

    @Test
    void aGbkRosterAUtf8MeetingsLedgerAndAUnicodeTextFileAreReadAsTheirSpreadsheetsWouldBe() throws Exception {
        String roster = String.join("\r\n",
                "序号,姓名,性别,民族,出生日期,身份证号,人员类别,入党日期,转正日期,所在党支部,备注",
                "1,张三,男,汉族,1985/3/17," + ZHANG + ",正式党员,2008/7/1,2009/7/1,机关第一党支部,\"2024年调入，原在市财政局\"",
                "2,李四,女,回族,1990/1/1," + LI + ",正式党员,2012/6/30,2013/6/30,机关第一党支部,",
                "3,王五,男,汉族,1978/5/5," + WANG + ",正式党员,2001/7/1,2002/7/1,机关第二党支部,",
                "");
        Path gbk = Files.write(dir.resolve("党员名册（系统导出）.csv"), roster.getBytes(Charset.forName("GBK")));
        LedgerCliTest.Run members = cli("import", "members", gbk.toString(), "--as-of", "2025-12-31");
        assertThat(members.code()).as(members.out() + members.err()).isZero();
        assertThat(members.out()).contains("新增 3 人");
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            List<Member> all = new MemberRepository(ws.database()).all();
            assertThat(all).extracting(Member::name).containsExactlyInAnyOrder("张三", "李四", "王五");
            Member li = all.stream().filter(m -> m.name().equals("李四")).findFirst().orElseThrow();
            assertThat(li.ethnicity()).isEqualTo("回族");
            assertThat(li.joinedOn()).hasToString("2012-06-30");
        }

        // Excel's "CSV UTF-8": a byte order mark, and a theme typed on two lines of its cell (quoted, as Excel writes it)
        String meetings = String.join("\r\n",
                "所在党支部,会议类型,会议主题,会议时间,应到人数,实到人数,请假人员",
                "机关第一党支部,支部党员大会,\"学习贯彻全会精神\n暨第一季度党员大会\",2025/3/28 9:00,2,2,",
                "机关第一党支部,党课,\"专题党课：\"\"坚定理想信念\"\"\",2025/4/15 15:00,2,1,李四（出差）",
                "");
        Path csv = Files.write(dir.resolve("2025年三会一课台账.csv"),
                marked(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, meetings.getBytes(StandardCharsets.UTF_8)));
        LedgerCliTest.Run imported = cli("import", "meetings", csv.toString());
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("新增 2 次会议");
        assertThat(themes()).containsExactlyInAnyOrder("学习贯彻全会精神 暨第一季度党员大会", "专题党课：\"坚定理想信念\"");

        // Excel's "Unicode 文本": UTF-16 with its mark, tab-separated
        String text = String.join("\r\n",
                "所在党支部\t会议类型\t会议主题\t会议时间\t应到人数",
                "机关第二党支部\t主题党日\t五月主题党日\t2025-05-20\t1",
                "");
        Path txt = Files.write(dir.resolve("二支部.txt"),
                marked(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        LedgerCliTest.Run tabbed = cli("import", "meetings", txt.toString());
        assertThat(tabbed.code()).as(tabbed.out() + tabbed.err()).isZero();
        assertThat(themes()).contains("五月主题党日");
    }

    @Test
    void aRowWithAnErrorIsNamedByItsRowAsASpreadsheetShowsIt() throws Exception {
        String roster = String.join("\n",
                "姓名,身份证号,所在党支部,入党日期",
                "张三," + ZHANG + ",第一党支部,2010.07.01",
                "李四," + LI + ",第一党支部,去年七月",
                "");
        Path csv = Files.writeString(dir.resolve("花名册.csv"), roster);
        LedgerCliTest.Run r = cli("import", "members", csv.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("花名册.csv", "第3行", "D列（入党日期）", "去年七月");
    }

    @Test
    void aQuoteLeftOpenIsNamedWithTheLineWhereItStarts() throws Exception {
        String roster = String.join("\n",
                "姓名,身份证号,所在党支部,入党日期",
                "张三," + ZHANG + ",第一党支部,2010.07.01",
                "李四," + LI + ",\"第一党支部,2012.07.01",
                "王五," + WANG + ",第一党支部,2001.07.01",
                "");
        Path csv = Files.writeString(dir.resolve("花名册.csv"), roster);
        LedgerCliTest.Run r = cli("import", "members", csv.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("花名册.csv：第3行有一个引号", "没有配对").doesNotContain("\tat ");
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            assertThat(new MemberRepository(ws.database()).all()).isEmpty();
        }
    }

    /** The text's bytes after its byte order mark, as Excel saves them. */
    private static byte[] marked(byte[] mark, byte[] text) {
        byte[] out = java.util.Arrays.copyOf(mark, mark.length + text.length);
        System.arraycopy(text, 0, out, mark.length, text.length);
        return out;
    }

    private List<String> themes() {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            return new MeetingRepository(ws.database()).list(MeetingFilter.ALL).stream().map(MeetingSummary::theme).toList();
        }
    }
}
