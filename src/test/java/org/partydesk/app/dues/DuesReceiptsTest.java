package org.partydesk.app.dues;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.model.DuesBaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A branch's 党费收据 of a month, written as Word and read back with POI: one per member who paid, 补缴 said. */
class DuesReceiptsTest {
    @TempDir
    Path dir;
    DuesFixture f;
    Dues dues;

    @BeforeEach
    void open() throws Exception {
        f = new DuesFixture(dir);
        dues = new Dues(f.ws);
        dues.setBase(f.member("张伟"), 2026, DuesBaseKind.SALARY, new BigDecimal("4500"), null, null);
        dues.setBase(f.member("李四"), 2026, DuesBaseKind.PENSION, new BigDecimal("5000"), null, null);
        dues.setBase(f.member("陈新"), 2026, DuesBaseKind.SALARY, new BigDecimal("3000"), null, null);
        dues.setBase(f.member("王五"), 2026, DuesBaseKind.STUDENT, null, null, null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aBranchsReceiptsOfAMonthArePrintedOnePerPayment() throws Exception {
        YearMonth march = YearMonth.of(2026, 3);
        dues.pay(f.member("张伟"), march, new BigDecimal("45"), LocalDate.of(2026, 3, 10), "王组织", null);
        dues.pay(f.member("李四"), march, new BigDecimal("25"), LocalDate.of(2026, 5, 8), "王组织", null);
        dues.pay(f.member("陈新"), march, new BigDecimal("15.5"), LocalDate.of(2026, 3, 25), "王组织", null);
        dues.pay(f.member("王五"), march, new BigDecimal("0.2"), LocalDate.of(2026, 3, 25), "李组织", null);

        Path out = dir.resolve("收据.docx");
        int n = DuesReceipts.write(f.ws, org.partydesk.app.org.Organisation.named(f.ws, "第一党支部"), march, out, Progress.NONE);
        assertThat(n).isEqualTo(3);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            assertThat(tables).extracting(t -> t.getRow(0).getCell(1).getText()).containsExactly("张伟", "李四", "陈新");
            XWPFTable li = tables.get(1);
            assertThat(li.getRow(0).getCell(3).getText()).isEqualTo("第一党支部");
            assertThat(li.getRow(1).getCell(1).getText()).isEqualTo("2026年3月");
            assertThat(li.getRow(1).getCell(3).getText()).isEqualTo("2026年5月8日");
            assertThat(li.getRow(2).getCell(3).getText()).isEqualTo("￥25.00");
            assertThat(li.getRow(2).getCell(1).getText()).isEqualTo("￥25.00");
            assertThat(li.getRow(3).getCell(1).getText()).isEqualTo("人民币贰拾伍元整");
            assertThat(li.getRow(4).getCell(3).getText()).isEqualTo("补缴2026年3月党费");
            assertThat(tables.get(2).getRow(3).getCell(1).getText()).isEqualTo("人民币壹拾伍元伍角整");
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("党费收据", "编号：202603-001", "编号：202603-003", "收款单位（盖章）：第一党支部", "沿此线剪开");
            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.getText(0)).isEqualTo("党费收据");
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            XWPFRun name = tables.get(0).getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(name.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
        }
        assertThatThrownBy(() -> org.partydesk.app.org.Organisation.named(f.ws, "第九党支部")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("没有名为“第九党支部”的党组织；库中的党组织有：机关党委、第一党支部、第二党支部");
    }
}
