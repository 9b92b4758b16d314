package org.partydesk.office.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.partydesk.logic.ChineseAmounts;
import org.partydesk.model.DuesReceipt;

/**
 * A branch's 党费收据 of a month as a Word document to print (decision 0020): A4, three receipts a page with a cut
 * line between them, each a bordered table (交纳人, 所在党支部, 交纳月份, 交纳日期, 应缴, 实缴, 金额大写, 收缴人, 备注) under
 * the title 党费收据 and its number, in the fonts of the other reports (方正小标宋简体 title, 黑体 labels, 仿宋_GB2312
 * text).
 */
public final class DuesReceiptsWriter {
    static final int PER_PAGE = 3;

    private DuesReceiptsWriter() {
    }

    /** Writes {@code receipts} of {@code unit} (the branch, as 收款单位) to {@code out}. */
    public static void write(String unit, List<DuesReceipt> receipts, OutputStream out, BooleanSupplier cancelled)
            throws IOException {
        try (XWPFDocument doc = org.partydesk.office.Authorship.sign(new XWPFDocument())) {
            page(doc);
            if (receipts.isEmpty()) {
                text(doc.createParagraph(), unit + "本月没有交纳记录。", PageLayout.FANGSONG, 14);
            }
            for (int i = 0; i < receipts.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                receipt(doc, unit, receipts.get(i), i > 0 && i % PER_PAGE == 0);
                if (i % PER_PAGE != PER_PAGE - 1 && i != receipts.size() - 1) {
                    XWPFParagraph cut = doc.createParagraph();
                    cut.setAlignment(ParagraphAlignment.CENTER);
                    text(cut, "- - - - - - - - - - - - - - - - 沿此线剪开 - - - - - - - - - - - - - - - -", PageLayout.FANGSONG,
                            9);
                }
            }
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1418));
        mar.setRight(BigInteger.valueOf(1418));
    }

    private static void receipt(XWPFDocument doc, String unit, DuesReceipt r, boolean newPage) {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setPageBreak(newPage);
        title.setSpacingBefore(120);
        text(title, "党费收据", PageLayout.XIAOBIAOSONG, 18);
        XWPFParagraph number = doc.createParagraph();
        number.setAlignment(ParagraphAlignment.RIGHT);
        text(number, "编号：" + r.number(), PageLayout.FANGSONG, 10.5);

        XWPFTable t = doc.createTable(5, 4);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth("100%");
        cell(t, 0, 0, "交纳人");
        cell(t, 0, 1, r.name());
        cell(t, 0, 2, "所在党支部");
        cell(t, 0, 3, r.branch());
        cell(t, 1, 0, "交纳月份");
        cell(t, 1, 1, r.month().getYear() + "年" + r.month().getMonthValue() + "月");
        cell(t, 1, 2, "交纳日期");
        cell(t, 1, 3, r.paidOn() == null ? "" : r.paidOn().getYear() + "年" + r.paidOn().getMonthValue() + "月"
                + r.paidOn().getDayOfMonth() + "日");
        cell(t, 2, 0, "应缴金额");
        cell(t, 2, 1, yuan(r.due()));
        cell(t, 2, 2, "实缴金额");
        cell(t, 2, 3, yuan(r.paid()));
        cell(t, 3, 0, "金额（大写）");
        cell(t, 3, 1, "人民币" + ChineseAmounts.upper(r.paid()));
        t.getRow(3).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
        t.getRow(3).removeCell(3);
        t.getRow(3).removeCell(2);
        cell(t, 4, 0, "收缴人");
        cell(t, 4, 1, r.collector() == null ? "" : r.collector());
        cell(t, 4, 2, "备注");
        cell(t, 4, 3, r.remark() == null ? "" : r.remark());

        XWPFParagraph foot = doc.createParagraph();
        foot.setSpacingBefore(120);
        text(foot, "收款单位（盖章）：" + unit, PageLayout.FANGSONG, 12);
    }

    /** An amount in figures as a receipt writes it: ￥25.00 (the ￥ says 元; the capitals say it in words). */
    private static String yuan(BigDecimal amount) {
        return "￥" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A cell; those of the first and third column are labels (centred, 黑体). */
    private static void cell(XWPFTable t, int row, int col, String value) {
        boolean label = col % 2 == 0;
        XWPFTableCell c = t.getRow(row).getCell(col);
        c.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = c.getParagraphs().get(0);
        p.setAlignment(label ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        text(p, value, label ? PageLayout.HEITI : PageLayout.FANGSONG, 12);
    }

    private static void text(XWPFParagraph p, String s, String font, double size) {
        XWPFRun run = p.createRun();
        run.setText(s);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
    }
}
