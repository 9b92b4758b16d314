package org.partydesk.office.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.partydesk.logic.reports.ChartSpec;
import org.partydesk.logic.reports.DocumentStyle;
import org.partydesk.logic.reports.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts drawn ahead ({@link DocxWriter#draw}, as the annual summary has them drawn on another thread while it reads its
 * figures) give the same document as charts drawn while it is written; a chart not drawn ahead is drawn by the writer.
 */
class DocxWriterChartsTest {
    private static final ChartSpec MEETINGS = new ChartSpec("2025年各月会议次数", "次", List.of("1月", "2月", "3月"),
            Map.of("主题党日", List.of(3, 2, 4), "党课", List.of(1, 0, 2)), true, List.of());
    private static final ChartSpec RATINGS = new ChartSpec("2025年红黄旗评定", "个", List.of("第一季度", "第二季度"),
            Map.of("绿旗", List.of(18, 19), "黄旗", List.of(2, 1)), true, List.of("2E7D32", "F9A825"));
    private static final ReportDocument DOC = new ReportDocument(DocumentStyle.OFFICIAL, "2025年度党建工作总结", null, List.of(
            new ReportDocument.Heading(1, "一、", "组织生活"),
            new ReportDocument.Paragraph(null, "全年各支部按时召开“三会一课”。"),
            new ReportDocument.Chart(MEETINGS, "各月会议次数"),
            new ReportDocument.Chart(RATINGS, "各季度红黄旗评定")));

    private static Map<String, byte[]> parts(Map<ChartSpec, byte[]> drawn) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(DOC, out, () -> false, drawn);
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().startsWith("docProps/")) { // the creation time
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        return parts;
    }

    @Test
    void chartsDrawnAheadGiveTheSameDocument() throws IOException {
        Map<String, byte[]> drawnHere = parts(Map.of());
        Map<String, byte[]> drawnAhead = parts(DocxWriter.draw(List.of(MEETINGS, RATINGS)));
        assertThat(drawnHere).containsKeys("word/media/image1.png", "word/media/image2.png");
        assertThat(drawnAhead.keySet()).isEqualTo(drawnHere.keySet());
        drawnHere.forEach((name, bytes) -> assertThat(drawnAhead.get(name)).as(name).isEqualTo(bytes));
    }

    /**
     * A chart that ends its part and fits the rest of the page only made smaller (FigureFlow) is written smaller: after a
     * title and a paragraph of 10 lines, 10 of the page's 22 lines are left, the chart with its caption needs 9.4 and a
     * line to spare, so it is written at about four fifths of its 150 mm.
     */
    @Test
    void aChartMadeSmallerToFitIsWrittenSmaller() throws IOException {
        ReportDocument doc = new ReportDocument(DocumentStyle.OFFICIAL, "2025年度党建工作总结", null, List.of(
                new ReportDocument.Paragraph(null, "党".repeat(28 * 10 - 2)),
                new ReportDocument.Chart(MEETINGS, "各月会议次数"),
                new ReportDocument.Heading(1, "二、", "下一部分"),
                new ReportDocument.Paragraph(null, "正文。")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(doc, out, () -> false);
        String xml;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e;
            while (!(e = zip.getNextEntry()).getName().equals("word/document.xml")) {
                // to the document's part
            }
            xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher extent = java.util.regex.Pattern.compile("<wp:extent cx=\"(\\d+)\"").matcher(xml);
        assertThat(extent.find()).isTrue();
        double widthMm = Long.parseLong(extent.group(1)) / 36000.0;
        assertThat(widthMm).isBetween(150 * FigureFlow.LEAST_CHART_SCALE, 150 * 0.9);
    }

    @Test
    void aChartDrawnAheadIsTheOneInTheDocumentAndTheOthersAreDrawnByTheWriter() throws IOException {
        byte[] small = Charts.png(MEETINGS, 300, 160);
        Map<String, byte[]> drawnHere = parts(Map.of());
        Map<String, byte[]> oneAhead = parts(Map.of(MEETINGS, small));
        assertThat(oneAhead.get("word/media/image1.png")).isEqualTo(small);
        assertThat(oneAhead.get("word/media/image2.png")).isEqualTo(drawnHere.get("word/media/image2.png"));
    }
}
