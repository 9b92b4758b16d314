package org.partydesk.app.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.org.CommitteeTerms;
import org.partydesk.app.org.MemberForm;
import org.partydesk.app.org.MemberLife;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberLifeStats;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgUnit;
import org.partydesk.office.reports.StatisticsWorkbookWriter;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import java.time.LocalDate;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.logic.Terms;
import org.partydesk.model.Completion;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ListStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.YearStats;
import org.partydesk.testfiles.ClerkWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's "done when" on a bureau imported from ledgers: an empty database, the clerks' workbooks of
 * {@link ClerkWorkbooks#bureau} (roster, two years of meetings, commendations, the 党组's responsibility lists)
 * imported as a new office would, some 纪实 entered, and the annual summary of the finished year read back.
 */
class ImportedBureauReportTest {
    static final int YEAR = 2025;

    @TempDir
    static Path dir;
    static Workspace ws;
    static Reports reports;
    static YearStats stats;
    static Path annual;

    @BeforeAll
    static void importAndWrite() throws Exception {
        Path ledgers = dir.resolve("台账");
        ClerkWorkbooks.bureau(ledgers, YEAR);
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        // the roster first: the other ledgers name its people
        importLedger(LedgerKind.MEMBERS, ledgers.resolve("花名册.xlsx"));
        importLedger(LedgerKind.MEETINGS, ledgers.resolve("三会一课台账.xlsx"));
        importLedger(LedgerKind.COMMENDATIONS, ledgers.resolve("表彰情况统计表.xlsx"));
        importLedger(LedgerKind.RESPONSIBILITIES, ledgers.resolve("责任清单.xlsx"));
        importLedger(LedgerKind.RECRUITMENT, ledgers.resolve("发展党员工作台账.xlsx"));
        enterMemberLife();
        // the clerk records what was done: every item of the earlier year, all but two of the later
        Responsibilities r = new Responsibilities(ws);
        for (int y = YEAR - 1; y <= YEAR; y++) {
            for (ListProgress l : r.tree(y, java.time.LocalDate.of(y, 1, 1))) {
                for (ItemProgress i : l.items()) {
                    if (y == YEAR && (i.item().text().contains("检查") || i.item().text().contains("培训"))) {
                        continue;
                    }
                    for (var d : r.deadlines(i.item().id())) {
                        r.addRecord(i.item().id(), new NewRecord(d.dueOn().minusDays(3), "已完成：" + i.item().text(), null,
                                "吴晓梅", d.id()));
                    }
                }
            }
        }
        reports = new Reports(ws);
        stats = reports.stats(YEAR);
        annual = dir.resolve("年度党建工作总结.docx");
        reports.writeAnnual(YEAR, annual, null, Progress.NONE);
        String out = System.getProperty("partydesk.reportsOut", System.getenv("PARTYDESK_REPORTS_OUT"));
        if (out != null) {
            java.nio.file.Files.createDirectories(Path.of(out));
            java.nio.file.Files.copy(annual, Path.of(out).resolve("导入的局-年度党建工作总结.docx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * What the clerk enters in the app: one member transferred in and one out, the 民主评议 results of both years,
     * the committee elections (监测站党支部 re-elected in the year, 机关第二党支部's term run out in it).
     */
    private static void enterMemberLife() {
        MemberLife life = new MemberLife(ws);
        Map<String, Member> byName = new java.util.HashMap<>();
        new MemberRepository(ws.database()).all().forEach(m -> byName.put(m.name(), m));
        Map<String, OrgUnit> units = new java.util.HashMap<>();
        new OrgRepository(ws.database()).all().forEach(u -> units.put(u.name(), u));
        life.transferIn(new MemberForm("欧阳明", Gender.MALE, "汉族", null, ClerkWorkbooks.id("42010219880808301"), "大学本科",
                MemberStatus.FULL, MemberCategory.ACTIVE, null, LocalDate.of(2010, 7, 1), LocalDate.of(2011, 7, 1), null, null,
                units.get("机关第一党支部").id(), LocalDate.of(YEAR, 8, 1)), "市水务局机关党支部", "市直组转字〔2025〕12号", "2025年7月", null);
        life.transferOut(byName.get("华新民").id(), LocalDate.of(YEAR, 10, 20), "市生态环境监测中心党支部", "机党转字〔2025〕3号",
                "2025年10月", null);
        for (int y = YEAR - 1; y <= YEAR; y++) {
            Map<Integer, AppraisalResult> results = new java.util.LinkedHashMap<>();
            int i = 0;
            for (Member m : byName.values().stream().sorted(java.util.Comparator.comparing(Member::id)).toList()) {
                if (m.joinedOn() != null && m.joinedOn().getYear() <= y && !m.name().equals(ClerkWorkbooks.PROBATIONARY)) {
                    results.put(m.id(), i++ % (y == YEAR ? 5 : 6) == 0 ? AppraisalResult.EXCELLENT : AppraisalResult.QUALIFIED);
                }
            }
            if (y == YEAR) {
                results.put(byName.get("严俊").id(), AppraisalResult.BASICALLY_QUALIFIED);
            }
            life.appraise(y, results, null);
        }
        CommitteeTerms terms = new CommitteeTerms(ws);
        terms.record(units.get("机关第二党支部").id(), LocalDate.of(YEAR - 3, 3, 15), null);
        terms.record(units.get(ClerkWorkbooks.SHORT_BRANCH).id(), LocalDate.of(YEAR - 3, 1, 10), null);
        terms.record(units.get(ClerkWorkbooks.SHORT_BRANCH).id(), LocalDate.of(YEAR, 1, 8), null);
    }

    private static void importLedger(LedgerKind kind, Path file) {
        ImportPreview p = LedgerImporter.importFile(kind, ws, file, true, Progress.NONE);
        assertThat(p.errors()).as("errors importing %s", file.getFileName()).isEmpty();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void theLedgersGiveTwoYearsOfFigures() {
        YearStats before = reports.stats(YEAR - 1);
        assertThat(stats.members().total()).isEqualTo(25);
        assertThat(stats.members().probationary()).isEqualTo(1);
        assertThat(before.members().total()).isEqualTo(24);
        assertThat(stats.meetingsOf(MeetingType.THEMED_PARTY_DAY)).isGreaterThan(before.meetingsOf(MeetingType.THEMED_PARTY_DAY));
        assertThat(stats.meetingsOf(MeetingType.CENTRAL_GROUP_STUDY)).isEqualTo(10);
        assertThat(stats.attendance().onLeave()).isPositive();
        assertThat(stats.responsibilities()).hasSize(1);
        assertThat(stats.commendations().total()).isPositive();
    }

    @Test
    void theSummaryOfTheFinishedYearIsADraftOfTheArticlesLength() throws Exception {
        try (XWPFDocument doc = ReportsSampleTest.open(annual)) {
            String all = ReportsSampleTest.text(doc).replaceAll("\\s", "");
            assertThat(all.length()).as("characters of the summary:\n%s", all).isBetween(2500, 5000);
            Map<String, List<XWPFParagraph>> sections = ReportsSampleTest.sections(doc);
            assertThat(sections).hasSize(6);
            sections.forEach((heading, ps) -> assertThat(ReportsSampleTest.topicSentences(ps))
                    .as("topic sentences of %s in:\n%s", heading, all).isBetween(3L, 4L));
            // year over year
            assertThat(all).contains("比上年", "较上年").containsPattern("在册党员\\d+名，比上年增加1名")
                    .containsPattern("参会率达到[0-9.]+%，较上年(提高|下降)[0-9.]+个百分点");
            // 存在不足 from the data: the branch short of committee meetings, the secretary without a 党课, the open items
            List<String> headings = new ArrayList<>(sections.keySet());
            assertThat(headings.get(4)).contains("存在的不足");
            String problems = sections.get(headings.get(4)).stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(problems).contains(ClerkWorkbooks.SHORT_BRANCH, ClerkWorkbooks.SILENT_SECRETARY_BRANCH,
                    "仍有" + total().overdueItems() + "项落实措施");
            String praise = headings.subList(0, 4).stream().flatMap(h -> sections.get(h).stream()).map(XWPFParagraph::getText)
                    .reduce("", String::concat);
            assertThat(praise).doesNotContain("逾期", ClerkWorkbooks.SHORT_BRANCH + "被评为");
            assertThat(SourceArticles.copiedRuns(all)).as("runs copied from a source article").isEmpty();
        }
    }

    @Test
    void theSummarysFiguresAreTheStatistics() throws Exception {
        // every number of the text is a figure of stats (or a sum, a difference, a count the summary names)
        String text = ReportsSampleTest.assertNumbersAreFigures(annual, ws, reports, YEAR);
        assertThat(text).contains("在册党员" + stats.members().total() + "名", "预备党员" + stats.members().probationary() + "名");
        for (MeetingType t : List.of(MeetingType.BRANCH_COMMITTEE, MeetingType.BRANCH_ASSEMBLY, MeetingType.ORGANIZATIONAL_LIFE_MEETING,
                MeetingType.MEMBER_APPRAISAL)) {
            assertThat(text).contains(Terms.label(t) + stats.meetingsOf(t) + "次");
        }
        assertThat(text).contains("共组织" + stats.meetingsOf(MeetingType.THEMED_PARTY_DAY) + "次",
                "讲授党课" + stats.meetingsOf(MeetingType.PARTY_LESSON) + "次",
                "集中学习" + stats.meetingsOf(MeetingType.CENTRAL_GROUP_STUDY) + "次",
                "应参会" + stats.attendance().expected() + "人次", "实际参会" + stats.attendance().present() + "人次",
                String.format(java.util.Locale.ROOT, "%.1f%%", stats.attendance().rate() * 100),
                "党组集体责任清单" + stats.responsibilities().get(0).completion().items() + "条",
                "“月度作风标兵”评选12批次、24人次");
        assertThat(text).doesNotContainPattern("(?<![0-9.])0(次|名|项|人次|条|个)");
    }

    @Test
    void memberLifeIsWrittenWithTheFiguresOfStatsInTheRightSections() throws Exception {
        MemberLifeStats life = new MemberLife(ws).stats(YEAR);
        MemberLifeStats before = new MemberLife(ws).stats(YEAR - 1);
        assertThat(life.recruitment()).isEqualTo(new MemberLifeStats.Recruitment(3, 2, 1, 1, 1));
        assertThat(life.transfersIn()).isEqualTo(1);
        assertThat(life.transfersOut()).isEqualTo(1);
        assertThat(life.termsOverdue()).isEqualTo(1);
        Map<String, List<XWPFParagraph>> sections;
        String praise;
        String problems;
        String plans;
        try (XWPFDocument doc = ReportsSampleTest.open(annual)) {
            sections = ReportsSampleTest.sections(doc);
            List<String> headings = new ArrayList<>(sections.keySet());
            java.util.function.Function<List<String>, String> text = hs -> hs.stream().flatMap(h -> sections.get(h).stream())
                    .map(XWPFParagraph::getText).reduce("", String::concat);
            praise = text.apply(headings.subList(0, 4));
            problems = text.apply(headings.subList(4, 5));
            plans = text.apply(headings.subList(5, 6));
        }
        MemberLifeStats.Recruitment r = life.recruitment();
        assertThat(praise).contains("收到入党申请" + r.applicants() + "份，比上年增加"
                + (r.applicants() - before.recruitment().applicants()) + "份", "确定入党积极分子" + r.activists() + "名",
                "发展对象" + r.candidates() + "名", "接收预备党员" + r.admitted() + "名，与上年持平",
                r.confirmed() + "名预备党员按期转正", "转入" + life.transfersIn() + "名", "转出" + life.transfersOut() + "名");
        assertThat(before.recruitment().admitted()).isEqualTo(r.admitted());
        int excellent = life.appraisal().get(AppraisalResult.EXCELLENT);
        assertThat(praise).contains(excellent + "名党员评为优秀，比上年增加"
                + (excellent - before.appraisal().get(AppraisalResult.EXCELLENT)) + "名",
                life.appraisal().get(AppraisalResult.QUALIFIED) + "名评为合格");
        // 换届: the election held is praise, the overdue one a shortcoming with its plan
        assertThat(praise).contains(ClerkWorkbooks.SHORT_BRANCH + "按程序完成换届选举").doesNotContain("机关第二党支部的委员会", "基本合格");
        assertThat(problems).contains("机关第二党支部的委员会任期已满而没有换届",
                "民主评议中有" + life.appraisal().get(AppraisalResult.BASICALLY_QUALIFIED) + "名评为基本合格");
        assertThat(plans).contains("按期做好换届选举", "机关第二党支部列出换届时间表");
    }

    @Test
    void theWorkbookCountsMeetingsOnceAndHasAttendanceRatingsAndMemberLifePerSheet() throws Exception {
        Path xlsx = dir.resolve("统计表.xlsx");
        reports.writeWorkbook(YEAR, xlsx, Progress.NONE);
        MemberLifeStats life = new MemberLife(ws).stats(YEAR);
        MemberLifeStats before = new MemberLife(ws).stats(YEAR - 1);
        try (var in = java.nio.file.Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // 三会一课: the per-type sum counts the 主题党日 that was also a 党课 twice, the meetings column once
            Sheet meetings = wb.getSheet(StatisticsWorkbookWriter.MEETINGS);
            Row head = meetings.getRow(1);
            int held = head.getLastCellNum() - 1;
            assertThat(head.getCell(held).getStringCellValue()).isEqualTo(StatisticsWorkbookWriter.MEETINGS_HELD);
            Row total = meetings.getRow(meetings.getLastRowNum());
            int typeSum = stats.meetings().values().stream().mapToInt(Integer::intValue).sum();
            assertThat((int) total.getCell(held - 1).getNumericCellValue()).isEqualTo(typeSum);
            assertThat(total.getCell(held).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat((int) total.getCell(held).getNumericCellValue()).isEqualTo(reports.meetingsHeld(YEAR)).isEqualTo(typeSum - 1);
            Row first = row(meetings, "机关第一党支部");
            assertThat((int) first.getCell(held).getNumericCellValue()).isEqualTo((int) first.getCell(held - 1).getNumericCellValue() - 1);

            // 出勤: per branch, adding up to the bureau's line
            Sheet attendance = wb.getSheet(StatisticsWorkbookWriter.ATTENDANCE);
            Row sum = attendance.getRow(attendance.getLastRowNum());
            assertThat(sum.getCell(0).getStringCellValue()).isEqualTo(StatisticsWorkbookWriter.TOTAL);
            assertThat((int) sum.getCell(1).getNumericCellValue()).isEqualTo(stats.attendance().expected());
            assertThat((int) sum.getCell(2).getNumericCellValue()).isEqualTo(stats.attendance().present());
            assertThat((int) sum.getCell(3).getNumericCellValue()).isEqualTo(stats.attendance().onLeave());
            assertThat((int) sum.getCell(4).getNumericCellValue()).isEqualTo(stats.attendance().absent());
            assertThat(sum.getCell(5).getNumericCellValue()).isCloseTo(stats.attendance().rate(), org.assertj.core.data.Offset.offset(1e-9));
            for (String branch : List.of("机关第一党支部", "机关第二党支部", "机关第三党支部", ClerkWorkbooks.SHORT_BRANCH, "局党组")) {
                Row b = row(attendance, branch);
                assertThat(b.getCell(1).getNumericCellValue()).as(branch).isPositive();
                assertThat(b.getCell(5).getNumericCellValue()).isBetween(0.0, 1.0);
            }
            assertThat(row(attendance, "机关第二党支部").getCell(4).getNumericCellValue()).as("the one absence").isEqualTo(1.0);

            // 红黄旗 per branch, quarters and year, and the count of each rating
            Sheet ratings = wb.getSheet(StatisticsWorkbookWriter.RATINGS);
            assertThat(ratings.getRow(1).getCell(5).getStringCellValue()).isEqualTo("全年");
            assertThat(row(ratings, ClerkWorkbooks.SHORT_BRANCH).getCell(5).getStringCellValue()).isEqualTo("红旗");
            assertThat(row(ratings, "机关第一党支部").getCell(5).getStringCellValue()).isEqualTo("绿旗");
            var counts = reports.ratings(YEAR);
            for (var r : org.partydesk.model.Rating.values()) {
                assertThat((int) row(ratings, Terms.label(r)).getCell(1).getNumericCellValue()).isEqualTo(counts.getOrDefault(r, 0));
            }

            // 发展党员, this year and the year before, as stats --json
            Sheet recruits = wb.getSheet(StatisticsWorkbookWriter.RECRUITMENT);
            int[] now = {life.recruitment().applicants(), life.recruitment().activists(), life.recruitment().candidates(),
                    life.recruitment().admitted(), life.recruitment().confirmed()};
            int[] was = {before.recruitment().applicants(), before.recruitment().activists(), before.recruitment().candidates(),
                    before.recruitment().admitted(), before.recruitment().confirmed()};
            for (int i = 0; i < 5; i++) {
                assertThat((int) recruits.getRow(2 + i).getCell(1).getNumericCellValue()).isEqualTo(now[i]);
                assertThat((int) recruits.getRow(2 + i).getCell(2).getNumericCellValue()).isEqualTo(was[i]);
            }

            // 组织关系转接: the year's transfers by name and the counts
            Sheet transfers = wb.getSheet(StatisticsWorkbookWriter.TRANSFERS);
            assertThat(row(transfers, "欧阳明").getCell(1).getStringCellValue()).isEqualTo("转入");
            assertThat(row(transfers, "华新民").getCell(1).getStringCellValue()).isEqualTo("转出");
            assertThat(row(transfers, "华新民").getCell(6).getStringCellValue()).isEqualTo("未收到");
            assertThat((int) row(transfers, "转入").getCell(1).getNumericCellValue()).isEqualTo(life.transfersIn());
            assertThat((int) row(transfers, "转出").getCell(1).getNumericCellValue()).isEqualTo(life.transfersOut());

            // 民主评议 per result, both years, with the total a formula
            Sheet appraisal = wb.getSheet(StatisticsWorkbookWriter.APPRAISAL);
            for (AppraisalResult r : AppraisalResult.values()) {
                Row x = row(appraisal, Terms.label(r));
                assertThat((int) x.getCell(1).getNumericCellValue()).isEqualTo(life.appraisal().get(r));
                assertThat((int) x.getCell(2).getNumericCellValue()).isEqualTo(before.appraisal().get(r));
            }
            Row appraised = appraisal.getRow(appraisal.getLastRowNum());
            assertThat(appraised.getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat((int) appraised.getCell(1).getNumericCellValue())
                    .isEqualTo(life.appraisal().values().stream().mapToInt(Integer::intValue).sum());

            // 换届: each organisation's term and state, and the counts of stats --json
            Sheet terms = wb.getSheet(StatisticsWorkbookWriter.TERMS);
            assertThat(row(terms, "机关第二党支部").getCell(4).getStringCellValue()).isEqualTo("逾期未换届");
            assertThat(row(terms, ClerkWorkbooks.SHORT_BRANCH).getCell(1).getStringCellValue()).isEqualTo(YEAR + "-01-08");
            assertThat(row(terms, ClerkWorkbooks.SHORT_BRANCH).getCell(4).getStringCellValue()).isEqualTo("任期内");
            assertThat((int) row(terms, "应换届").getCell(1).getNumericCellValue()).isEqualTo(life.termsDue());
            assertThat((int) row(terms, "逾期未换届").getCell(1).getNumericCellValue()).isEqualTo(life.termsOverdue()).isEqualTo(1);
            for (Sheet sh : wb) {
                assertThat(sh.getRepeatingRows()).as("repeated rows of %s", sh.getSheetName())
                        .isEqualTo(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:2"));
            }
        }
    }

    /** The first row of a sheet whose first cell is {@code first}. */
    private static Row row(Sheet sh, String first) {
        for (Row r : sh) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && r.getCell(0).getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row “" + first + "” on sheet " + sh.getSheetName());
    }

    @Test
    void libreOfficeRendersTheSummaryWithoutASplitNumberOrAHeadingAtAPagesFoot() throws Exception {
        try (XWPFDocument doc = ReportsSampleTest.open(annual)) {
            XWPFParagraph intro = doc.getParagraphs().stream().filter(p -> p.getText().endsWith("存在以下不足：")).findFirst().orElseThrow();
            assertThat(intro.getCTP().getPPr().isSetKeepNext()).as("the line introducing the shortcomings keeps with them").isTrue();
        }
        Path pdf = ReportsSampleTest.toPdf(annual, dir.resolve("pdf"));
        assertThat(ReportsSampleTest.pages(pdf)).isBetween(4, 12);
        ReportsSampleTest.assertPagesRead(pdf);
    }

    @Test
    void theQuarterlyReportOfAnImportedBranchNamesItsShortfallAndFitsTwoPages() throws Exception {
        Path docx = dir.resolve("季度报告.docx");
        reports.writeQuarterly(ClerkWorkbooks.SHORT_BRANCH, YEAR, 4, docx, Progress.NONE);
        String out = System.getProperty("partydesk.reportsOut", System.getenv("PARTYDESK_REPORTS_OUT"));
        if (out != null) {
            java.nio.file.Files.copy(docx, Path.of(out).resolve("导入的局-季度报告.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (XWPFDocument doc = ReportsSampleTest.open(docx)) {
            String all = ReportsSampleTest.text(doc);
            String tables = doc.getTables().stream().map(org.apache.poi.xwpf.usermodel.XWPFTable::getText).reduce("", String::concat);
            assertThat(all).startsWith(ClerkWorkbooks.SHORT_BRANCH + YEAR + "年第四季度工作报告");
            assertThat(tables).contains("施振华", "第四季度");
            // the December committee meeting the branch missed is its problem of the quarter
            assertThat(all).containsPattern("存在问题。[^\\n]*12月未召开支部委员会").doesNotContain("十二月");
        }
        ReportsSampleTest.assertOpensInPythonDocx(annual, docx);
        Path pdf = ReportsSampleTest.toPdf(docx, dir.resolve("pdf-quarterly"));
        assertThat(ReportsSampleTest.pages(pdf)).isBetween(1, 2);
    }

    private static Completion total() {
        return stats.responsibilities().stream().map(ListStats::completion).reduce(Completion.NONE, Completion::plus);
    }
}
