package org.partydesk.office.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.logic.reports.DocumentStyle;
import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.logic.reports.ReportDocument.Block;

/**
 * The closing lines of a quarterly report (党支部书记（签字）, 年 月 日) never stand alone on its last page. A report ends
 * as {@code QuarterlyReport} ends it: 七、存在问题和下季度打算, 存在问题, 下季度打算, a blank line and the two lines set right.
 * With 下季度打算 long enough to run over a page, LibreOffice dropped the keep-with-next chain (it keeps nothing that
 * would take a whole page along) and put 签字 and 日期, or 日期 alone, on the last page (seen with the lengths below
 * before the fix: 3 pages, the last holding only those lines).
 */
class SignatureKeptWithTextTest {
    private static final String PLAN = "按时召开支部委员会，逐一提醒未交党费的党员";
    private static final String SIGNER = "党支部书记（签字）：　　　　　　";
    private static final String DATE = "年　　月　　日";

    @TempDir
    Path dir;

    /** A quarterly report's content whose 下季度打算 has {@code plans} clauses. */
    private static ReportDocument report(int plans) {
        List<Block> b = new ArrayList<>();
        b.add(new ReportDocument.Table(List.of("党支部", "支部书记", "党员人数", "报告期"),
                List.of(List.of("机关第一党支部", "张三", "12名", "2025年第一季度")), List.of(6, 3, 3, 5)));
        b.add(new ReportDocument.Heading(1, "一、", "“三会一课”开展情况"));
        for (int i = 0; i < 5; i++) {
            b.add(new ReportDocument.Paragraph(null, "本季度支部按计划召开支部委员会和支部党员大会，党员参会积极，会议记录完整规范，按时上报。".repeat(2)));
        }
        b.add(new ReportDocument.Heading(1, "七、", "存在问题和下季度打算"));
        b.add(new ReportDocument.Paragraph("存在问题。", "本季度缺席3人次。"));
        b.add(new ReportDocument.Paragraph("下季度打算。", "会前逐一通知党员，对缺席的同志谈心提醒；" + (PLAN + "；").repeat(plans) + "请假党员在下次会议前补课并登记日期。"));
        b.add(new ReportDocument.Note("", false));
        b.add(new ReportDocument.Note(SIGNER, true));
        b.add(new ReportDocument.Note(DATE, true));
        return new ReportDocument(DocumentStyle.RECORD, "机关第一党支部2025年第一季度工作报告", "（2025年1月1日至2025年3月31日）", b);
    }

    private static final int[] LENGTHS = {34, 35, 36, 37, 38, 40, 42, 44};

    @Test
    void theLastPageOfLibreOfficesPdfHoldsTextBesideTheSignature() throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null,
                "soffice (LibreOffice) is not on PATH: the check of the quarterly report's last page is skipped (install libreoffice-writer-nogui)");
        Path pdftotext = onPath("pdftotext");
        Assumptions.assumeTrue(pdftotext != null, "pdftotext (poppler-utils) is not on PATH: the check of the last page is skipped");
        List<String> args = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        for (int n : LENGTHS) {
            Path docx = dir.resolve("q" + n + ".docx");
            try (OutputStream out = Files.newOutputStream(docx)) {
                DocxWriter.write(report(n), out, () -> false);
            }
            args.add(docx.toString());
        }
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        int ranOver = 0;
        for (int n : LENGTHS) {
            Path pdf = dir.resolve("q" + n + ".pdf");
            int pages = pages(pdf);
            List<String> last = lines(pdftotext, pdf, pages);
            // pdftotext gives 年　　月　　日 on one line or a line each
            List<String> signature = List.of(SIGNER.strip(), "年 月 日", "年", "月", "日");
            assertThat(last).as("last page (%d) of the report with %d plans", pages, n).contains(SIGNER.strip()).containsAnyOf("年 月 日", "日");
            List<String> text = last.stream().filter(l -> !signature.contains(l)).toList();
            assertThat(text).as("text beside the signature on the last page (%d) of the report with %d plans: %s", pages, n, last)
                    .isNotEmpty();
            // the signature's page holds the end of 下季度打算
            assertThat(String.join("", text)).as("with %d plans", n).endsWith("请假党员在下次会议前补课并登记日期。");
            if (pages > 1) {
                List<String> before = lines(pdftotext, pdf, pages - 1);
                // 下季度打算 ran on from the page before: the case LibreOffice left the signature alone in
                ranOver += before.get(before.size() - 1).contains("逐一提醒") || before.get(before.size() - 1).contains("召开支部") ? 1 : 0;
            }
        }
        // the lengths reach the case that failed: a 下季度打算 that begins a page it ran over onto
        assertThat(ranOver).as("reports whose 下季度打算 runs on from the page before the last").isPositive();
    }

    @Test
    void theLastClauseOfALongClosingParagraphIsAParagraphKeptWithTheSignature() throws Exception {
        Path docx = dir.resolve("q.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            DocxWriter.write(report(20), out, () -> false);
        }
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
            List<XWPFParagraph> ps = d.getParagraphs();
            int signer = -1;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).getText().equals(SIGNER)) {
                    signer = i;
                }
            }
            XWPFParagraph tail = ps.get(signer - 2);
            XWPFParagraph rest = ps.get(signer - 3);
            assertThat(tail.getText()).startsWith(PLAN).endsWith("；请假党员在下次会议前补课并登记日期。").hasSizeLessThan(64);
            assertThat(rest.getText()).startsWith("下季度打算。会前逐一通知党员").endsWith(PLAN + "；");
            assertThat(tail.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(rest.getCTP().getPPr().isSetKeepNext()).as("the long part is free to run over a page").isFalse();
            assertThat(tail.getCTP().getPPr().getInd().getFirstLine().toString()).as("the clause reads on: no indent").isEqualTo("0");
            assertThat(ps.get(signer - 1).getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(ps.get(signer).getCTP().getPPr().isSetKeepNext()).isTrue();
        }
        // a short closing paragraph is kept with the signature whole, as before
        try (OutputStream out = Files.newOutputStream(docx)) {
            DocxWriter.write(report(1), out, () -> false);
        }
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFParagraph plans = d.getParagraphs().stream().filter(x -> x.getText().startsWith("下季度打算。")).findFirst().orElseThrow();
            assertThat(plans.getText()).endsWith("请假党员在下次会议前补课并登记日期。");
            assertThat(plans.getCTP().getPPr().isSetKeepNext()).isTrue();
        }
    }

    @Test
    void theLastClauseIsTheLongestOfAtMostTwoLinesAfterAFullStopOrSemicolonFirst() {
        assertThat(DocxWriter.lastClause("甲乙丙丁；戊己庚辛壬癸。", 20)).isEqualTo(5);
        // the earliest mark within reach: the longest clause that fits
        assertThat(DocxWriter.lastClause("甲乙；丙丁戊己庚辛；壬癸子丑寅卯。", 14)).isEqualTo(3);
        // nothing after ；。 within reach: after ，
        assertThat(DocxWriter.lastClause("甲乙；丙丁戊己庚辛，壬癸子丑寅卯辰巳。", 10)).isEqualTo(10);
        // none at all, or a last clause shorter than six characters only
        assertThat(DocxWriter.lastClause("甲乙丙丁戊己庚辛壬癸子丑寅卯。", 10)).isEqualTo(-1);
        assertThat(DocxWriter.lastClause("甲乙丙丁戊己庚辛壬癸；子丑。", 10)).isEqualTo(-1);
    }

    private static List<String> lines(Path pdftotext, Path pdf, int page) throws Exception {
        Process t = new ProcessBuilder(pdftotext.toString(), "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        t.waitFor();
        return text.lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty() && !l.matches("—\\s*\\d+\\s*—")).toList();
    }

    private static int pages(Path pdf) throws Exception {
        assertThat(pdf).exists();
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Path onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
