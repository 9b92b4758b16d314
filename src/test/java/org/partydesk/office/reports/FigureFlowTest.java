package org.partydesk.office.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partydesk.logic.reports.ChartSpec;
import org.partydesk.logic.reports.DocumentStyle;
import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.logic.reports.ReportDocument.Block;

/**
 * Where charts and photos go in a GB/T 9704 page of 22 lines of 28 characters: the title takes two lines, a paragraph
 * of {@code n} lines is {@code 28 n − 2} characters after its indent, and every figure here is 10 lines high with a
 * one-line caption (1 line at its smallest).
 */
class FigureFlowTest {
    private static final double PITCH = PageLayout.OFFICIAL.linePitch();

    private static ReportDocument.Paragraph para(int lines, String tag) {
        return new ReportDocument.Paragraph(null, tag + "党".repeat(28 * lines - 2 - tag.length()));
    }

    private static ReportDocument.Chart chart(String caption) {
        return new ReportDocument.Chart(new ChartSpec(caption, "次", List.of("1月"), java.util.Map.of("会议", List.of(1)), false, List.of()), caption);
    }

    private static ReportDocument.Photo photo(String caption) {
        return new ReportDocument.Photo(Path.of(caption + ".jpg"), caption);
    }

    private static List<FigureFlow.Placed> flow(Block... blocks) {
        ReportDocument doc = new ReportDocument(DocumentStyle.OFFICIAL, "标题", null, List.of(blocks));
        return FigureFlow.order(doc, PageLayout.OFFICIAL, (b, scale) -> (1 + 9 * scale) * PITCH);
    }

    private static List<Block> blocks(List<FigureFlow.Placed> placed) {
        List<Block> out = new ArrayList<>();
        placed.forEach(p -> out.add(p.block()));
        return out;
    }

    @Test
    void aFigureThatFitsStaysWhereTheTextPutsIt() {
        Block p1 = para(5, "甲");
        Block c = chart("图");
        Block p2 = para(6, "乙");
        assertThat(blocks(flow(p1, c, p2))).containsExactly(p1, c, p2);
    }

    @Test
    void aChartTooTallForThePagesFootGoesAfterTheParagraphThatRunsOntoTheNextPage() {
        Block p1 = para(15, "甲");
        Block c = chart("图");
        Block p2 = para(6, "乙");
        Block p3 = para(4, "丙");
        // 2 + 15 lines leave 5, the chart needs 10: the next paragraph fills the page and runs on, then the chart
        List<FigureFlow.Placed> placed = flow(p1, c, p2, p3);
        assertThat(blocks(placed)).containsExactly(p1, p2, c, p3);
        assertThat(placed.get(2).scale()).isEqualTo(1);
    }

    @Test
    void aChartNeverMovesPastAFirstLevelHeadingAndIsMadeSmallerOnlyToThreeQuarters() {
        Block p1 = para(15, "甲");
        Block c = chart("图");
        Block h = new ReportDocument.Heading(1, "二、", "下一部分");
        Block p2 = para(6, "乙");
        Block p3 = para(6, "丙");
        List<FigureFlow.Placed> placed = flow(p1, c, h, p2, p3, photo("下一部分的照片"));
        assertThat(blocks(placed).subList(0, 3)).containsExactly(p1, c, h);
        // 5 lines left: at three quarters it would still need 7.75 lines, so it begins the next page at its size
        assertThat(placed.get(1).scale()).isEqualTo(1);

        Block shortText = para(10, "丁");
        List<FigureFlow.Placed> smaller = flow(shortText, c, h, p2);
        assertThat(blocks(smaller)).containsExactly(shortText, c, h, p2);
        // 10 lines left, 2 spare: 1 + 9 × scale ≤ 8
        assertThat(smaller.get(1).scale()).isBetween(FigureFlow.LEAST_CHART_SCALE, 0.78);
    }

    @Test
    void aPhotoMovesIntoTheNextPartOfTheYearsWorkButNotIntoAPartOfTextAlone() {
        Block p1 = para(15, "甲");
        Block ph = photo("活动照片");
        Block h = new ReportDocument.Heading(1, "二、", "本领高");
        Block p2 = para(6, "乙");
        Block p3 = para(6, "丙");
        Block ownPhoto = photo("第二部分的照片");
        assertThat(blocks(flow(p1, ph, h, p2, p3, ownPhoto))).containsExactly(p1, h, p2, ph, p3, ownPhoto);

        Block shortcomings = new ReportDocument.Heading(1, "五、", "存在的不足");
        assertThat(blocks(flow(p1, ph, shortcomings, p2, p3))).containsExactly(p1, ph, shortcomings, p2, p3);
    }

    @Test
    void aFigureNeverComesAfterAHeadingOrALineThatIntroducesWhatFollows() {
        Block p1 = para(15, "甲");
        Block c = chart("图");
        Block h2 = new ReportDocument.Heading(2, "（一）", "小标题");
        Block intro = new ReportDocument.Paragraph(null, "党".repeat(28 * 5 - 3) + "：");
        Block p2 = para(3, "乙");
        assertThat(blocks(flow(p1, c, h2, intro, p2))).containsExactly(p1, h2, intro, p2, c);
    }

    @Test
    void figuresKeepTheirOrderAndNoneMovesPastTheSignature() {
        Block p1 = para(15, "甲");
        Block c1 = chart("图一");
        Block c2 = chart("图二");
        Block p2 = para(2, "乙");
        Block sig = new ReportDocument.Signature("某局", "2026年1月5日");
        assertThat(blocks(flow(p1, c1, c2, p2, sig))).containsExactly(p1, p2, c1, c2, sig);
    }

    @Test
    void numbersStayWholeAndMarksKeepOffALinesStart() {
        // 25 characters and a number of 8 digits (4 characters wide with the gaps): the number goes to the second line
        ReportDocument.Paragraph number = new ReportDocument.Paragraph(null, "党".repeat(24) + "12345678元");
        Block c = chart("图");
        // 2 + 2 lines: the chart fits after it on the first page whatever the lines are; the reckoned lines are seen
        // through where a 17-line paragraph leaves the next chart
        assertThat(blocks(flow(number, c))).containsExactly(number, c);
        Block p15 = para(15, "甲");
        // 2 + 15 + 2 (the number's paragraph) = 19: 3 lines left, the chart waits for the next paragraph
        Block p4 = para(4, "乙");
        assertThat(blocks(flow(p15, number, c, p4))).containsExactly(p15, number, p4, c);
    }
}
