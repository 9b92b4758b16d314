package org.partydesk.app.reports;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.logic.reports.DocumentStyle;
import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.office.reports.DocxWriter;

/**
 * A 。 or 、 that falls just past the end of a full line (28 characters a line, the first indented two) stays on the
 * page when LibreOffice prints the summary to PDF: LibreOffice hung it in the margin and dropped it from the page, so a
 * printed summary read “各项党建任务落到了实处” without its full stop. Skipped where LibreOffice or pdftotext is absent.
 */
class LineEndMarksTest {
    @TempDir
    Path dir;

    @Test
    void aMarkAfterAFullLineIsOnThePage() throws Exception {
        // 26 characters after the indent, 28 on the next line, then the mark: it falls one past the second line's end
        String first = "二〇二五年局党组紧扣新时代党的建设总要求开展工作并认真总结";
        String second = "坚持党建和业务同谋划同推进各项党建任务都落到了实处实效明显";
        String text = first.substring(0, 26) + second.substring(0, 28) + "。现将全年党建工作总结如下、请审阅。";
        ReportDocument doc = new ReportDocument(DocumentStyle.OFFICIAL, "标点测试", null, List.of(
                new ReportDocument.Paragraph(null, text),
                new ReportDocument.Paragraph(null, first.substring(0, 26) + second.substring(0, 28) + "、其余内容照常。")));
        Path docx = dir.resolve("标点.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            DocxWriter.write(doc, out, () -> false);
        }
        Path pdf = ReportsSampleTest.toPdf(docx, dir.resolve("pdf"));
        ReportsSampleTest.assertNoMarkLost(docx, pdf);
    }
}
