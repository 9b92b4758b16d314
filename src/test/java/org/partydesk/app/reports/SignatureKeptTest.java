package org.partydesk.app.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.partydesk.logic.reports.DocumentStyle;
import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.office.reports.DocxWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly report's 党支部书记（签字） and date, lines set right under the text, go with its last paragraph: the
 * secretary's signature line used to fall alone on a second page.
 */
class SignatureKeptTest {
    @Test
    void theLinesSetRightKeepTheLastParagraphWithThem() throws Exception {
        ReportDocument doc = new ReportDocument(DocumentStyle.RECORD, "第三季度工作报告", null, List.of(
                new ReportDocument.Paragraph("存在问题。", "7—9月未召开支部委员会。"),
                new ReportDocument.Paragraph("下季度打算。", "按月排好组织生活计划。"),
                new ReportDocument.Note("", false),
                new ReportDocument.Note("党支部书记（签字）：", true),
                new ReportDocument.Note("年　　月　　日", true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(doc, out, () -> false);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFParagraph> ps = read.getParagraphs();
            int plan = indexOf(ps, "按月排好组织生活计划");
            int signer = indexOf(ps, "党支部书记（签字）");
            assertThat(signer).isGreaterThan(plan);
            for (int i = plan; i < signer + 1; i++) {
                assertThat(keepNext(ps.get(i))).as("paragraph %d: %s", i, ps.get(i).getText()).isTrue();
            }
            // the paragraph before the last one is not held: only the end goes together
            assertThat(keepNext(ps.get(indexOf(ps, "7—9月未召开")))).isFalse();
        }
    }

    private static int indexOf(List<XWPFParagraph> ps, String text) {
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph with " + text);
    }

    private static boolean keepNext(XWPFParagraph p) {
        return p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetKeepNext();
    }
}
