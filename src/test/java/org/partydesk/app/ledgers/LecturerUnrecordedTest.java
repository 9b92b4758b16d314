package org.partydesk.app.ledgers;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.reports.Reports;
import org.partydesk.model.Flag;
import org.partydesk.model.FlagKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A branch whose 党课 were typed without a 讲课人 column: nobody can tell from the records whether its secretary lectured,
 * so `check`, the quarterly report and the annual summary ask for the lecturer instead of saying the secretary gave none;
 * a branch whose 党课 was given by someone else is still told its secretary gave none. From an empty database.
 */
class LecturerUnrecordedTest extends EmptyDatabaseTest {
    @Test
    void aLessonWithoutALecturerAsksForItInsteadOfAccusingTheSecretary() throws Exception {
        Path roster = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 5)
                .row("序号", "姓名", "身份证号码", "所在党支部", "入党时间", "党内职务")
                .row(1, "吴国庆", id("42010219550101123"), "离退休干部党支部", "1980-07-01", "书记")
                .row(2, "钱德厚", id("42010219560202234"), "离退休干部党支部", "1982-07-01", null)
                .row(3, "赵敏", id("42010219800303345"), "机关第一党支部", "2005-07-01", "书记")
                .row(4, "孙磊", id("42010219850404456"), "机关第一党支部", "2008-07-01", null)
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
        Path meetings = new SheetMaker().sheet("组织生活")
                .row("所在党支部", "会议时间", "会议类型", "会议主题", "主持人")
                .row("离退休干部党支部", "2025-03-20", "党课", "老党员讲党课：我的入党故事", "吴国庆")
                .row("离退休干部党支部", "2025-09-18", "党课", "重温入党誓词", "吴国庆")
                .xlsx(dir.resolve("离退休.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, meetings, true, Progress.NONE).errors()).isEmpty();
        Path first = new SheetMaker().sheet("第一支部")
                .row("所在党支部", "会议时间", "会议类型", "会议主题", "讲课人")
                .row("机关第一党支部", "2025-06-26", "党课", "学习党章", "孙磊")
                .xlsx(dir.resolve("第一支部.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, first, true, Progress.NONE).errors()).isEmpty();

        assertThat(new ComplianceCheck(ws).run(2025, null).flags()).filteredOn(f -> f.kind() == FlagKind.SECRETARY_NO_LESSON)
                .extracting(Flag::message).containsExactlyInAnyOrder(
                        "离退休干部党支部2025年的党课有未登记讲课人的，无法确认书记吴国庆是否讲过党课；请补登讲课人（书记带头讲党课）",
                        "机关第一党支部书记赵敏2025年未讲党课（书记带头讲党课）");

        Path retired = dir.resolve("离退休.docx");
        new Reports(ws).writeQuarterly("离退休干部党支部", 2025, 4, retired, Progress.NONE);
        assertThat(text(retired)).contains("本年的党课有未登记讲课人的，台账上看不出支部书记吴国庆同志是否讲过党课")
                .doesNotContain("没有讲党课").doesNotContain("还没有讲过党课");
        Path annual = dir.resolve("总结.docx");
        new Reports(ws).writeAnnual(2025, annual, null, Progress.NONE);
        assertThat(text(annual)).contains("没有亲自讲党课，涉及机关第一党支部").doesNotContain("离退休干部党支部（吴国庆）");
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }
}
