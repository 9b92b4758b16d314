package org.partydesk.app.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.logic.Terms;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.Completion;
import org.partydesk.model.ListStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.ReportDraft;
import org.partydesk.model.YearStats;
import org.partydesk.office.reports.StatisticsWorkbookWriter;
import org.partydesk.store.CommendationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The three reports generated from the small sample bureau and read back with POI: layout (page, margins,
 * fonts as East Asian fonts, page-number field), every number of the annual summary's text against the
 * statistics, no "0次", a caption under every photo and chart, the workbook's formulas against the
 * statistics, and the conversion to PDF by LibreOffice where it is installed. The environment variable
 * {@code PARTYDESK_REPORTS_OUT=DIR} copies the files there for looking at them.
 */
class ReportsSampleTest {
    static final int YEAR = 2025;
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern ZERO_COUNT = Pattern.compile("(?<![0-9.])0(次|场|名|项|人次|条|个|份)");

    @TempDir
    static Path dir;
    static Workspace ws;
    static Reports reports;
    static YearStats stats;
    static Path annual;
    static Path workbook;
    static Path quarterly;
    static String branch;

    @BeforeAll
    static void generate() throws IOException {
        ws = Workspace.open(dir.resolve("s.db"), "测试");
        SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, YEAR, Progress.NONE);
        reports = new Reports(ws);
        stats = reports.stats(YEAR);
        annual = dir.resolve("年度党建工作总结.docx");
        workbook = dir.resolve("统计表.xlsx");
        reports.writeAnnual(YEAR, annual, workbook, Progress.NONE);
        branch = reports.branches().get(0);
        quarterly = dir.resolve("季度报告.docx");
        reports.writeQuarterly(branch, YEAR, 3, quarterly, Progress.NONE);
        String out = System.getProperty("partydesk.reportsOut", System.getenv("PARTYDESK_REPORTS_OUT"));
        if (out != null) {
            Path o = Path.of(out);
            Files.createDirectories(o);
            for (Path p : List.of(annual, workbook, quarterly)) {
                Files.copy(p, o.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static XWPFDocument open(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void annualSummaryHasTheGbT9704PageAndFonts() throws IOException {
        try (XWPFDocument doc = open(annual)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(twips(sect.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(sect.getPgSz().getH())).isEqualTo(16838);
            assertThat(twips(sect.getPgMar().getTop())).isEqualTo(mm(37));
            assertThat(twips(sect.getPgMar().getBottom())).isEqualTo(mm(35));
            assertThat(twips(sect.getPgMar().getLeft())).isEqualTo(mm(28));
            assertThat(twips(sect.getPgMar().getRight())).isEqualTo(mm(26));
            assertThat(twips(sect.getDocGrid().getLinePitch())).isEqualTo(579);

            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph title = ps.get(0);
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertRuns(title, "方正小标宋简体", 22.0, false);

            List<XWPFParagraph> headings = ps.stream().filter(p -> p.getText().matches("^[一二三四五六七八九十]+、.*")).toList();
            assertThat(headings).hasSizeGreaterThanOrEqualTo(3);
            headings.forEach(h -> assertRuns(h, "黑体", 16.0, false));

            List<XWPFParagraph> body = bodyParagraphs(doc);
            assertThat(body).isNotEmpty();
            for (XWPFParagraph p : body) {
                assertThat(p.getCTP().getPPr().getInd().getFirstLine().toString()).isEqualTo("640");
                assertThat(p.getSpacingBetween()).isEqualTo(28.95);
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
                    assertThat(r.getFontSizeAsDouble()).isEqualTo(16.0);
                    assertThat(r.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
                    assertThat(r.getCTR().getRPr().getLangArray(0).getVal()).as("Latin text, numbers kept whole").isEqualTo("en-US");
                }
            }
            // the topic sentences open paragraphs in bold
            assertThat(body.stream().filter(p -> p.getRuns().get(0).isBold()).map(p -> p.getRuns().get(0).text()))
                    .contains("组织生活严格规范。");
            // real paragraph styles carry the layout: Title, Heading1-3 with outline levels, Body
            assertThat(title.getStyle()).isEqualTo("Title");
            headings.forEach(h -> assertThat(h.getStyle()).isEqualTo("Heading1"));
            body.forEach(p -> assertThat(p.getStyle()).isEqualTo("Body"));
            for (int level = 1; level <= 3; level++) {
                var style = doc.getStyles().getStyle("Heading" + level).getCTStyle();
                assertThat(style.getName().getVal()).isEqualTo("heading " + level);
                assertThat(style.getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
            var bodyStyle = doc.getStyles().getStyle("Body").getCTStyle();
            assertThat(bodyStyle.getPPr().getInd().getFirstLine().toString()).isEqualTo("640");
            assertThat(bodyStyle.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(twips(sect.getPgMar().getFooter())).as("footer distance: the dashes 7 mm below the type area")
                    .isEqualTo(Math.round(25.6 * 1440 / 25.4));
            // 发文机关署名 and 成文日期 (the day of writing) at the end, right-aligned, the date 2 characters from the right
            XWPFParagraph signer = ps.get(ps.size() - 2);
            XWPFParagraph date = ps.get(ps.size() - 1);
            assertThat(signer.getText()).isEqualTo("示例市生态环境局");
            assertThat(date.getText()).isEqualTo(org.partydesk.logic.reports.ChineseText.fullDate(
                    java.time.LocalDate.now(ws.database().clock())));
            assertThat(signer.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            long pitch = 16 * 20 - 5; // a body character condensed to 28 a line
            long dateRight = Long.parseLong(date.getCTP().getPPr().getInd().getRight().toString());
            long signerRight = Long.parseLong(signer.getCTP().getPPr().getInd().getRight().toString());
            // the date (6.5 characters) is longer than the signer less 2 (6): the date keeps 2 characters from the right
            // and the signer moves right so the date starts 2 characters right of the signer's start
            assertThat(dateRight).isEqualTo(2 * pitch);
            assertThat(signerRight).isEqualTo(Math.round(2.5 * pitch));
            assertPageNumbers(doc, 14.0);
            var fonts = doc.getPackage().getPartsByName(Pattern.compile("/word/fontTable.xml"));
            assertThat(fonts).hasSize(1);
            String table = new String(fonts.get(0).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(table).contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>",
                    "w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>");
        }
    }

    @Test
    void annualSummaryFiguresAreTheStatistics() throws IOException {
        String text = assertNumbersAreFigures(annual, ws, reports, YEAR);
        assertThat(ZERO_COUNT.matcher(text).find()).as("a zero count in the text").isFalse();
        assertThat(text).contains("在册党员" + stats.members().total() + "名");
        // 党费 as stats --json gives it, compared with the year before (the sample keeps two years); the members behind
        // among the shortcomings
        org.partydesk.app.dues.Dues.YearFigures dues = new org.partydesk.app.dues.Dues(ws).year(YEAR);
        assertThat(text).contains("全年应收党费" + dues.due().toPlainString() + "元，实收" + dues.paid().toPlainString() + "元，收缴率")
                .containsPattern("收缴率[0-9.]+%，(较上年(提高|下降)[0-9.]+个百分点|与上年基本持平)")
                .contains("有" + dues.behind6() + "名党员已连续6个月以上没有交纳党费");
        for (MeetingType t : List.of(MeetingType.BRANCH_COMMITTEE, MeetingType.BRANCH_ASSEMBLY, MeetingType.CELL_MEETING,
                MeetingType.ORGANIZATIONAL_LIFE_MEETING, MeetingType.MEMBER_APPRAISAL, MeetingType.DEMOCRATIC_LIFE_MEETING)) {
            assertThat(text).contains(Terms.label(t) + stats.meetingsOf(t) + "次");
        }
        assertThat(text).contains("共组织" + stats.meetingsOf(MeetingType.THEMED_PARTY_DAY) + "次",
                "讲授党课" + stats.meetingsOf(MeetingType.PARTY_LESSON) + "次",
                "集中学习" + stats.meetingsOf(MeetingType.CENTRAL_GROUP_STUDY) + "次");
        assertThat(text).contains("应参会" + stats.attendance().expected() + "人次", "实际参会" + stats.attendance().present() + "人次");
        assertThat(text).contains(String.format(java.util.Locale.ROOT, "%.1f%%", stats.attendance().rate() * 100));
        assertThat(text).contains("“两山”专题组织学习研讨" + stats.tags().get("“两山”专题") + "次",
                "“生态文明大讲堂”" + stats.tags().get("生态文明大讲堂") + "期").doesNotContainPattern("专题\\d+场");
        // the bureau's own monthly picks by rounds and recipients; honours from above apart
        assertThat(text).contains("“月度作风标兵”评选12批次、153人次", "“双月作风标兵”评选6批次、26人次", "10个“党员先锋岗”");
        assertThat(text).contains("党组集体责任清单28条", "党组书记第一责任清单17条", "班子成员领导责任清单各15条");
        assertThat(text).doesNotContain("各级表彰" + stats.commendations().total());
        // the honour roll in prose, with 同志 after names
        assertThat(text).containsPattern("[\\u4e00-\\u9fa5]{2,3}(、[\\u4e00-\\u9fa5]{2,3})*(和[\\u4e00-\\u9fa5]{2,3})?同志获评");
    }

    /**
     * The body text of a summary, every number in which (dates apart) is one of {@link #allowedNumbers}: the figures
     * of {@code stats}, sums and differences of them, and the counts the summary names beyond them.
     */
    static String assertNumbersAreFigures(Path annual, Workspace ws, Reports reports, int year) throws IOException {
        Set<String> allowed = allowedNumbers(ws, reports, year);
        StringBuilder b = new StringBuilder();
        try (XWPFDocument doc = open(annual)) {
            for (XWPFParagraph p : bodyParagraphs(doc)) {
                b.append(p.getText()).append('\n');
                // dates (2025年, 7月10日) are not figures
                Matcher m = NUMBER.matcher(p.getText().replace("%", "").replaceAll("\\d{4}年|\\d{1,2}月\\d{1,2}日", ""));
                while (m.find()) {
                    assertThat(allowed).as("number %s in: %s", m.group(), p.getText()).contains(m.group());
                }
            }
        }
        return b.toString();
    }

    /** Every number the annual summary may print: the statistics, sums of them, ratings, honour counts, the year. */
    private static Set<String> allowedNumbers(Workspace ws, Reports reports, int year) {
        YearStats stats = reports.stats(year);
        Set<Integer> n = new HashSet<>(List.of(year, 12, 31));
        n.add(stats.members().total());
        n.add(stats.members().full());
        n.add(stats.members().probationary());
        n.add((int) stats.members().byBranch().values().stream().filter(v -> v > 0).count());
        n.addAll(stats.meetings().values());
        n.addAll(List.of(stats.attendance().expected(), stats.attendance().present(), stats.attendance().onLeave(),
                stats.attendance().absent()));
        n.addAll(stats.tags().values());
        Completion sum = Completion.NONE;
        for (ListStats l : stats.responsibilities()) {
            n.add(l.completion().items());
            sum = sum.plus(l.completion());
        }
        n.addAll(List.of(sum.items(), sum.dueItems(), sum.doneItems(), sum.overdueItems()));
        n.add((int) stats.responsibilities().stream().filter(l -> l.listName().startsWith("班子成员")).count());
        n.add(stats.commendations().total());
        n.addAll(stats.commendations().byTitle().values());
        n.addAll(stats.commendations().byLevel().values());
        reports.ratings(year).values().forEach(n::add);
        for (Commendation c : new CommendationRepository(ws.database()).find(new CommendationRepository.Filter(year, null, null, null, null))) {
            n.add(c.recipients().size());
        }
        // the year before: differences of the compared figures
        YearStats before = reports.stats(year - 1);
        n.add(Math.abs(stats.members().total() - before.members().total()));
        for (MeetingType t : MeetingType.values()) {
            n.add(Math.abs(stats.meetingsOf(t) - before.meetingsOf(t)));
        }
        int sumNow = threeMeetingsOneLesson(stats);
        n.add(sumNow);
        n.add(Math.abs(sumNow - threeMeetingsOneLesson(before)));
        n.add(sum.doneDueItems());
        n.add(sum.items() - sum.dueItems());
        // what the summary names beyond the statistics, counted by their own queries
        org.partydesk.logic.reports.YearFacts facts = reports.yearFacts(stats, new ComplianceCheck(ws).matrix(year, false));
        n.addAll(List.of(facts.secretaryLessons(), facts.lessonBranches(), facts.noLessonBranches().size(), facts.newMembers(),
                facts.becameFull(), facts.postedMembers(), facts.communities(), facts.leaveWithoutMakeUp(), facts.flagged().size(),
                facts.units().branches(), facts.units().temporary(), facts.units().total()));
        // the quarters' 红黄旗 and what the 党费 cover
        facts.quarters().forEach(q -> n.addAll(q.values()));
        if (facts.duesScope() != null) {
            n.addAll(List.of(facts.duesScope().branches(), facts.duesScope().members(),
                    facts.duesScope().allBranches() - facts.duesScope().branches()));
        }
        n.addAll(facts.overdueByList().values());
        // 发展党员, transfers, 民主评议 and 换届 (the figures of stats --json) and the year-over-year differences
        org.partydesk.model.MemberLifeStats life = new org.partydesk.app.org.MemberLife(ws).stats(year);
        org.partydesk.model.MemberLifeStats lifeBefore = new org.partydesk.app.org.MemberLife(ws).stats(year - 1);
        org.partydesk.model.MemberLifeStats.Recruitment rec = life.recruitment();
        n.addAll(List.of(rec.applicants(), rec.activists(), rec.candidates(), rec.admitted(), rec.confirmed(), life.transfersIn(),
                life.transfersOut(), life.termsDue(), life.termsOverdue(), life.termsDue() + life.termsOverdue(),
                Math.abs(rec.admitted() - lifeBefore.recruitment().admitted()),
                Math.abs(rec.applicants() - lifeBefore.recruitment().applicants()),
                Math.abs(life.transfersIn() + life.transfersOut() - lifeBefore.transfersIn() - lifeBefore.transfersOut())));
        n.addAll(life.appraisal().values());
        n.add(Math.abs(life.appraisal().get(org.partydesk.model.AppraisalResult.EXCELLENT)
                - lifeBefore.appraisal().get(org.partydesk.model.AppraisalResult.EXCELLENT)));
        n.add(facts.life().elected().size());
        n.add((int) java.util.stream.Stream.concat(facts.themedDays().stream(), facts.lessons().stream())
                .filter(a -> org.partydesk.logic.reports.AnnualProse.isStudy(a.theme())).distinct().count());
        // the fewest and the most 三会一课 of a branch
        stats.meetingsByBranch().values().forEach(m -> n.add(m.getOrDefault(MeetingType.BRANCH_ASSEMBLY, 0)
                + m.getOrDefault(MeetingType.BRANCH_COMMITTEE, 0) + m.getOrDefault(MeetingType.CELL_MEETING, 0)
                + m.getOrDefault(MeetingType.PARTY_LESSON, 0)));
        n.add((int) facts.themedDays().stream().filter(a -> org.partydesk.logic.reports.AnnualProse.isService(a.theme())).count());
        Map<String, Integer> batches = new java.util.HashMap<>();
        Map<String, Integer> recipients = new java.util.HashMap<>();
        Map<CommendationLevel, Integer> levelBatches = new java.util.EnumMap<>(CommendationLevel.class);
        int abovePeople = 0;
        int aboveGroups = 0;
        for (Commendation c : facts.commendations()) {
            batches.merge(c.title(), 1, Integer::sum);
            recipients.merge(c.title(), c.recipients().size(), Integer::sum);
            if (c.level() != CommendationLevel.BUREAU) {
                levelBatches.merge(c.level(), 1, Integer::sum);
                abovePeople += (int) c.recipients().stream().filter(r -> r.kind() == org.partydesk.model.RecipientKind.MEMBER).count();
                aboveGroups += (int) c.recipients().stream().filter(r -> r.kind() != org.partydesk.model.RecipientKind.MEMBER).count();
            }
        }
        n.addAll(batches.values());
        n.addAll(recipients.values());
        n.addAll(levelBatches.values());
        n.addAll(List.of(abovePeople, aboveGroups, levelBatches.values().stream().mapToInt(Integer::intValue).sum()));
        int aboveNow = stats.commendations().byLevel().entrySet().stream().filter(e -> e.getKey() != CommendationLevel.BUREAU)
                .mapToInt(Map.Entry::getValue).sum();
        int aboveBefore = before.commendations().byLevel().entrySet().stream().filter(e -> e.getKey() != CommendationLevel.BUREAU)
                .mapToInt(Map.Entry::getValue).sum();
        n.add(Math.abs(aboveNow - aboveBefore));
        Set<String> out = new HashSet<>();
        n.forEach(i -> out.add(String.valueOf(i)));
        java.util.function.DoubleFunction<String> pct = d -> String.format(java.util.Locale.ROOT, "%.1f", d);
        out.add(pct.apply(stats.attendance().rate() * 100));
        out.add(pct.apply(Math.abs(Math.round((stats.attendance().rate() - before.attendance().rate()) * 1000) / 10.0)));
        Completion sumBefore = before.responsibilities().stream().map(ListStats::completion).reduce(Completion.NONE, Completion::plus);
        out.add(pct.apply(sum.itemCompletionRate().orElse(0) * 100));
        out.add(pct.apply(Math.abs(Math.round((sum.itemCompletionRate().orElse(0) - sumBefore.itemCompletionRate().orElse(0)) * 1000) / 10.0)));
        // 党费 of the year and the year before (stats --json "dues"): amounts, 收缴率 and its change, the members six months behind
        org.partydesk.app.dues.Dues.YearFigures dues = new org.partydesk.app.dues.Dues(ws).year(year);
        org.partydesk.app.dues.Dues.YearFigures duesBefore = new org.partydesk.app.dues.Dues(ws).year(year - 1);
        out.addAll(List.of(dues.due().toPlainString(), dues.paid().toPlainString(), String.valueOf(dues.behind6()), "6"));
        out.add(pct.apply(dues.rate().doubleValue() * 100));
        out.add(pct.apply(Math.abs(Math.round((dues.rate().doubleValue() - duesBefore.rate().doubleValue()) * 1000) / 10.0)));
        int rated = reports.ratings(year).values().stream().mapToInt(Integer::intValue).sum();
        out.add(pct.apply(100.0 * reports.ratings(year).getOrDefault(org.partydesk.model.Rating.GREEN, 0) / rated));
        return out;
    }

    private static int threeMeetingsOneLesson(YearStats y) {
        return y.meetingsOf(MeetingType.BRANCH_ASSEMBLY) + y.meetingsOf(MeetingType.BRANCH_COMMITTEE)
                + y.meetingsOf(MeetingType.CELL_MEETING) + y.meetingsOf(MeetingType.PARTY_LESSON);
    }

    /** The text of the summary from its first heading to the signature, per level-1 section (heading → paragraphs). */
    static Map<String, List<XWPFParagraph>> sections(XWPFDocument doc) {
        Map<String, List<XWPFParagraph>> out = new java.util.LinkedHashMap<>();
        List<XWPFParagraph> current = null;
        for (XWPFParagraph p : doc.getParagraphs()) {
            if ("Heading1".equals(p.getStyle())) {
                current = new ArrayList<>();
                out.put(p.getText(), current);
            } else if (current != null && "Body".equals(p.getStyle()) && !p.getRuns().isEmpty()) {
                current.add(p);
            }
        }
        return out;
    }

    static String text(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
        return b.toString();
    }

    static long topicSentences(List<XWPFParagraph> ps) {
        return ps.stream().filter(p -> p.getRuns().get(0).isBold()).count();
    }

    @Test
    void theSummaryOfAFinishedYearIsADraftOfTheArticlesLength() throws IOException {
        try (XWPFDocument doc = open(annual)) {
            String all = text(doc).replaceAll("\\s", "");
            assertThat(all.length()).as("characters of the summary").isBetween(2500, 5000);
            Map<String, List<XWPFParagraph>> sections = sections(doc);
            assertThat(sections).hasSize(6);
            sections.forEach((heading, ps) -> assertThat(topicSentences(ps)).as("topic sentences of %s", heading).isBetween(3L, 4L));
            // year over year: the year before has data, so the headline figures are compared with it
            assertThat(all).contains("比上年", "较上年").containsPattern("参会率达到[0-9.]+%，较上年(提高|下降)[0-9.]+个百分点");
            // 存在不足 from the data: the red and yellow units, leave without make-up, the overdue items
            List<String> flagged = new ComplianceCheck(ws).run(YEAR, null).branches().stream()
                    .filter(b -> b.rating() != org.partydesk.model.Rating.GREEN).map(BranchCompliance::branch).toList();
            assertThat(flagged).isNotEmpty();
            List<String> headings = new ArrayList<>(sections.keySet());
            String problems = sections.get(headings.get(4)).stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(headings.get(4)).contains("存在的不足");
            assertThat(problems).contains(flagged.toArray(String[]::new));
            Completion sum = stats.responsibilities().stream().map(ListStats::completion).reduce(Completion.NONE, Completion::plus);
            assertThat(problems).contains("仍有" + sum.overdueItems() + "项落实措施", "请假后没有补课记录");
            String praise = headings.subList(0, 4).stream().flatMap(h -> sections.get(h).stream()).map(XWPFParagraph::getText)
                    .reduce("", String::concat);
            assertThat(praise).as("overdue items and flagged units stay out of the praise").doesNotContain("逾期")
                    .doesNotContain(flagged.stream().map(f -> f + "被评为").toArray(String[]::new));
            assertThat(all).doesNotContain("共获各级表彰", "专题" + stats.tags().get("“两山”专题") + "场");
        }
    }

    @Test
    void aYearWithoutMeetingsTheYearBeforeHasNoMeetingComparisons() throws IOException {
        // the sample's roster starts before its first year of meetings: 2023 compares members only
        Path first = dir.resolve("first.docx");
        reports.writeAnnual(reports.draftFromOutline(YEAR - 2, "four-strengths"), first, null, Progress.NONE);
        try (XWPFDocument doc = open(first)) {
            String all = text(doc);
            assertThat(all).doesNotContain("较上年").doesNotContainPattern("次，(比上年|与上年)");
            assertThat(all).containsPattern("在册党员\\d+名，(比上年|与上年)");
        }
    }

    @Test
    void noRunOfTwentyCharactersOfASourceArticleInEitherOutline() throws IOException {
        for (String outline : reports.outlineNames().keySet()) {
            Path out = dir.resolve("copy-" + outline + ".docx");
            reports.writeAnnual(reports.draftFromOutline(YEAR, outline), out, null, Progress.NONE);
            try (XWPFDocument doc = open(out)) {
                assertThat(SourceArticles.copiedRuns(text(doc))).as("runs copied from the source articles (%s)", outline).isEmpty();
            }
        }
    }

    @Test
    void theMeetingsOfSeveralTypesReadInOnePassAreEachTypesMeetingsOfTheYear() {
        var q = new org.partydesk.store.SummaryQueries(ws.database());
        var repo = new org.partydesk.store.MeetingRepository(ws.database());
        for (int year : List.of(YEAR - 1, YEAR)) {
            Set<MeetingType> types = java.util.EnumSet.allOf(MeetingType.class);
            var byType = q.meetings(year, types);
            assertThat(byType.keySet()).isEqualTo(types);
            int multiType = 0;
            for (MeetingType t : types) {
                var expected = repo.list(new org.partydesk.model.MeetingFilter(null, t, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), null));
                multiType += (int) expected.stream().filter(m -> m.types().size() > 1).count();
                assertThat(byType.get(t)).as("%s %s", year, t).extracting(org.partydesk.model.MeetingLine::id, org.partydesk.model.MeetingLine::heldOn,
                        org.partydesk.model.MeetingLine::theme).containsExactlyElementsOf(expected.stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.heldAt().toLocalDate(), m.theme())).toList());
                assertThat(q.meetings(year, java.util.EnumSet.of(t)).get(t)).as("one type alone").isEqualTo(byType.get(t));
            }
            assertThat(multiType).as("meetings of several types in %s, each in the list of every type it has", year).isPositive();
        }
    }

    @Test
    void theSameFiguresGiveTheSameWorkbookEveryTime() throws IOException {
        List<Map<String, byte[]>> parts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path again = dir.resolve("统计表-" + i + ".xlsx");
            reports.writeWorkbook(YEAR, again, Progress.NONE);
            Map<String, byte[]> byName = new java.util.TreeMap<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(again.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    if (!e.getName().startsWith("docProps/")) { // the creation time
                        try (InputStream in = zip.getInputStream(e)) {
                            byName.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            parts.add(byName);
        }
        // the text is in the sheets themselves (inline strings), so the sheets are all that could vary
        assertThat(new String(parts.get(0).get("xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("t=\"inlineStr\"");
        for (Map<String, byte[]> other : parts.subList(1, parts.size())) {
            assertThat(other.keySet()).isEqualTo(parts.get(0).keySet());
            other.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(parts.get(0).get(name)));
        }
    }

    @Test
    void theBranchesOfManyDaysReadTogetherAreEachDaysBranches() {
        var members = new org.partydesk.store.MemberRepository(ws.database());
        // every 5th day from two years before: more days than one read answers, members moved, and 党小组 members
        List<java.time.LocalDate> days = new ArrayList<>();
        for (java.time.LocalDate d = java.time.LocalDate.of(YEAR - 2, 1, 31); d.getYear() <= YEAR; d = d.plusDays(5)) {
            days.add(d);
        }
        assertThat(days).hasSizeGreaterThan(62 * 2);
        Map<java.time.LocalDate, Map<Integer, Integer>> together = members.branchIdsOfAll(days);
        assertThat(together).hasSize(days.size());
        for (java.time.LocalDate d : days) {
            assertThat(together.get(d)).as("%s", d).isNotEmpty().isEqualTo(members.branchIdsOfAll(d));
        }
    }

    @Test
    void theHoldersOfOneRoleAreEveryRoleHeldOfThatRoleInTheOrderRecorded() {
        var roles = new org.partydesk.store.CommitteeRoleRepository(ws.database());
        for (org.partydesk.model.CommitteeRole role : org.partydesk.model.CommitteeRole.values()) {
            assertThat(roles.all(role)).as("%s", role)
                    .isEqualTo(roles.all().stream().filter(a -> a.role() == role).toList());
        }
        assertThat(roles.all(org.partydesk.model.CommitteeRole.SECRETARY)).isNotEmpty();
    }

    @Test
    void aPhotoWithoutADateInTheYearIsChosenThroughItsMeetingAndDescribedByIt() throws IOException {
        org.partydesk.model.MeetingLine day = new org.partydesk.store.SummaryQueries(ws.database())
                .meetings(YEAR - 1, java.util.EnumSet.of(MeetingType.THEMED_PARTY_DAY)).get(MeetingType.THEMED_PARTY_DAY).get(0);
        Path photo = Files.writeString(dir.resolve("无日期的主题党日.jpg"), "jpeg bytes of an undated photo");
        var details = new org.partydesk.store.EvidenceStore.Details(null, null, "李刚国", null, null);
        new org.partydesk.app.evidence.EvidenceService(ws).add(List.of(new org.partydesk.app.evidence.EvidenceService.NewFile(
                photo, details)), org.partydesk.model.EvidenceRecordType.MEETING, day.id(), Progress.NONE);
        String unit = ReportsSampleTest.unitOf(day);
        List<PhotoChoice> choices = reports.photoChoices(YEAR - 1);
        assertThat(choices).as("photos of %s", YEAR - 1).anyMatch(p -> day.heldOn().equals(p.takenOn()));
        PhotoChoice chosen = choices.stream().filter(p -> day.heldOn().equals(p.takenOn()) && p.caption().contains(unit))
                .findFirst().orElseThrow();
        assertThat(chosen.caption()).isEqualTo("▲" + org.partydesk.logic.reports.ChineseText.monthDay(day.heldOn()) + "，" + unit
                + "开展" + org.partydesk.logic.reports.ChineseText.themeQuoted(day.theme()) + "主题党日活动。 李刚国摄");
    }

    /** The branch a meeting counts under, by the name reports give it. */
    static String unitOf(org.partydesk.model.MeetingLine m) {
        var units = new org.partydesk.store.OrgRepository(ws.database()).all();
        var names = org.partydesk.logic.UnitNames.qualifiedAll(units);
        var unit = units.stream().filter(u -> u.id() == m.orgUnitId()).findFirst().orElseThrow();
        int branchId = unit.kind() == org.partydesk.model.OrgKind.CELL ? unit.parentId() : unit.id();
        return names.get(branchId);
    }

    @Test
    void theOutlineIsASetting() {
        assertThat(reports.outlineSetting()).isEqualTo("four-strengths");
        reports.setOutlineSetting("numbered");
        try {
            assertThat(reports.draft(YEAR - 1).outline()).isEqualTo("numbered");
            assertThatThrownBy(() -> reports.setOutlineSetting("nope")).hasMessageContaining("可选：four-strengths、numbered");
        } finally {
            reports.setOutlineSetting("four-strengths");
        }
    }

    @Test
    void everyPhotoAndChartHasACaption() throws IOException {
        try (XWPFDocument doc = open(annual)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            int photos = 0;
            int charts = 0;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty())) {
                    String caption = ps.get(i + 1).getText();
                    if (caption.startsWith("▲")) {
                        photos++;
                        assertThat(caption).matches("▲\\d{1,2}月\\d{1,2}日，.+。 [\\u4e00-\\u9fa5]{2,4}摄");
                    } else {
                        charts++;
                        assertThat(caption).matches("图\\d+　.+");
                    }
                    assertRuns(ps.get(i + 1), "楷体_GB2312", 14.0, false);
                }
            }
            assertThat(photos).isGreaterThanOrEqualTo(2);
            assertThat(charts).isEqualTo(3);
        }
    }

    @Test
    void aNumberedDraftIsSavedReopenedAndWritten() throws IOException {
        ReportDraft draft = reports.draftFromOutline(YEAR, "numbered");
        List<ReportDraft.Section> sections = new ArrayList<>(draft.sections());
        ReportDraft.Section first = sections.get(0);
        sections.set(0, new ReportDraft.Section(first.level(), "坚定政治立场", first.topic(), "我们的叙述。",
                first.figures(), List.of(), List.of()));
        reports.saveDraft(draft.withSections(sections));
        ReportDraft saved = reports.savedDraft(YEAR).orElseThrow();
        assertThat(saved.outline()).isEqualTo("numbered");
        assertThat(saved.sections()).hasSameSizeAs(sections);
        assertThat(saved.sections().get(0).heading()).isEqualTo("坚定政治立场");
        assertThat(saved.sections().get(1)).isEqualTo(sections.get(1));
        assertThat(reports.draft(YEAR)).isEqualTo(saved);
        // saving again replaces the sections
        reports.saveDraft(saved);
        assertThat(reports.savedDraft(YEAR).orElseThrow().sections()).isEqualTo(saved.sections());

        Path out = dir.resolve("numbered.docx");
        reports.writeAnnual(YEAR, out, null, Progress.NONE);
        try (XWPFDocument doc = open(out)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.stream().map(XWPFParagraph::getText)).contains("一、坚定政治立场", "（一）理论武装入脑入心",
                    "（二）组织生活严肃认真", "二、建强基层组织，提升组织力", "（一）党员队伍和作风建设");
            XWPFParagraph level2 = ps.stream().filter(p -> p.getText().equals("（一）理论武装入脑入心")).findFirst().orElseThrow();
            assertRuns(level2, "楷体_GB2312", 16.0, false);
            assertThat(level2.getStyle()).isEqualTo("Heading2");
            assertThat(ps.stream().map(XWPFParagraph::getText)).anyMatch(t -> t.contains("我们的叙述。"));
        }
        long audited = ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG,
                org.partydesk.store.jooq.Tables.AUDIT_LOG.TABLE_NAME.eq("report_draft_section"));
        assertThat(audited).isGreaterThanOrEqualTo(sections.size() * 3L);
    }

    @Test
    void aCancelledReportLeavesNoFile() {
        Path out = dir.resolve("cancelled.docx");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> reports.writeAnnual(YEAR, out, null, cancelled)).isInstanceOf(Progress.CancelledException.class);
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list((d, name) -> name.endsWith(".tmp") || name.endsWith(".part"))).isEmpty();
    }

    @Test
    void quarterlyReportIsARecordOfTheBranch() throws IOException {
        BranchCompliance c = new ComplianceCheck(ws).run(YEAR, 3).branches().stream()
                .filter(b -> b.branch().equals(branch)).findFirst().orElseThrow();
        try (XWPFDocument doc = open(quarterly)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(twips(sect.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(sect.getPgMar().getTop())).isEqualTo(mm(30));
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo(branch + "2025年第三季度工作报告");
            assertRuns(title, "黑体", 18.0, false);
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSizeGreaterThanOrEqualTo(2);
            for (XWPFTable t : tables) {
                // the schema requires a column grid: python-docx and strict readers refuse a table without one
                assertThat(t.getCTTbl().getTblGrid()).isNotNull();
                assertThat(t.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(t.getRow(0).getTableCells().size());
                String xml = t.getCTTbl().xmlText();
                assertThat(xml.indexOf("tblGrid")).as("the grid comes between tblPr and the rows")
                        .isGreaterThan(xml.indexOf("tblPr")).isLessThan(xml.indexOf("<w:tr"));
            }
            XWPFTable header = tables.get(0);
            assertThat(header.getRow(0).getCell(0).getText()).isEqualTo("党支部");
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo(branch);
            assertThat(header.getRow(1).getCell(3).getText()).isEqualTo("2025年第三季度");
            XWPFTable required = tables.get(1);
            assertThat(required.getRow(0).getCell(0).getText()).isEqualTo("会议类型");
            for (int r = 1; r < required.getNumberOfRows(); r++) {
                String type = required.getRow(r).getCell(0).getText();
                MeetingType t = Terms.fromLabel(MeetingType.class, type).orElseThrow();
                if (t == MeetingType.ORGANIZATIONAL_LIFE_MEETING || t == MeetingType.MEMBER_APPRAISAL) {
                    // a yearly rule: what the year held up to the quarter's end, with the days
                    assertThat(required.getRow(r).getCell(2).getText()).matches("本年\\d+次(（.*）)?");
                } else {
                    assertThat(required.getRow(r).getCell(2).getText()).isEqualTo(c.held().getOrDefault(t, 0) + "次");
                }
            }
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(all).contains("本季度红黄旗评定为" + Terms.label(c.rating()));
            // periods in words (7月, 第三季度), never 2025-07 or 2025-Q3
            assertThat(all).doesNotContainPattern("2025-(\\d{2}|Q\\d)");
            for (int r = 1; r < required.getNumberOfRows(); r++) {
                assertThat(required.getRow(r).getCell(3).getText()).doesNotContainPattern("\\d{4}-");
            }
            assertThat(all).containsPattern("本季度共召开会议\\d+次，应到\\d+人次，实到\\d+人次，参会率[0-9.]+%")
                    .contains("六、党费收缴情况", "七、存在问题和下季度打算", "存在问题。", "下季度打算。")
                    .containsPattern("本季度（7—9月）\\d+名党员应缴党费[0-9.]+元，实缴[0-9.]+元，收缴率[0-9.]+%");
            // only the branch's own responsibility items: a leader's list stays out though he belongs to the branch
            String tablesText = tables.stream().map(XWPFTable::getText).reduce("", String::concat);
            assertThat(all + tablesText).doesNotContain("班子成员领导责任清单", "党组书记第一责任清单");
            XWPFTable meetings = tables.get(2);
            boolean lecturerNamed = false;
            for (int r = 1; r < meetings.getNumberOfRows(); r++) {
                if (meetings.getRow(r).getCell(1).getText().contains("党课")) {
                    assertThat(meetings.getRow(r).getCell(2).getText()).containsPattern("（讲课人：[\\u4e00-\\u9fa5]{2,4}）");
                    lecturerNamed = true;
                }
            }
            assertThat(lecturerNamed).as("a 党课 in the quarter").isTrue();
            assertThat(meetings.getRow(0).getCell(3).getText()).isEqualTo("应到/实到");
            assertThat(meetings.getNumberOfRows()).isGreaterThan(3);
            XWPFRun cellRun = meetings.getRow(1).getCell(2).getParagraphs().get(0).getRuns().get(0);
            assertThat(cellRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertPageNumbers(doc, 12.0);
        }
    }

    @Test
    void workbookTotalsAreFormulasEqualToTheStatistics() throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(12);
            // print setup: one page wide, title and header repeated, the wide sheet landscape
            for (Sheet sh : wb) {
                assertThat(sh.getFitToPage()).as("fit to page: %s", sh.getSheetName()).isTrue();
                assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sh.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sh.getRepeatingRows()).as("repeated rows of %s", sh.getSheetName())
                        .isEqualTo(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:2"));
            }
            assertThat(wb.getSheet("三会一课").getPrintSetup().getLandscape()).isTrue();
            assertThat(wb.getSheet("党员").getPrintSetup().getLandscape()).isFalse();
            Sheet meetings = wb.getSheet("三会一课");
            Row head = meetings.getRow(1);
            Row total = meetings.getRow(meetings.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            // the types, their 合计 and the meetings counted once
            assertThat(head.getCell(head.getLastCellNum() - 1).getStringCellValue()).isEqualTo(StatisticsWorkbookWriter.MEETINGS_HELD);
            assertThat((int) total.getCell(head.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(reports.meetingsHeld(YEAR));
            for (int c = 1; c < head.getLastCellNum() - 2; c++) {
                MeetingType t = Terms.fromLabel(MeetingType.class, head.getCell(c).getStringCellValue()).orElseThrow();
                assertThat(total.getCell(c).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat((int) total.getCell(c).getNumericCellValue()).isEqualTo(stats.meetingsOf(t));
            }
            assertThat(meetings.getLastRowNum() - 2).isEqualTo(stats.meetingsByBranch().size());

            Sheet members = wb.getSheet("党员");
            Row last = members.getRow(members.getLastRowNum());
            assertThat(last.getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat((int) last.getCell(1).getNumericCellValue()).isEqualTo(stats.members().total());
            Row branchTotal = members.getRow(2 + stats.members().byBranch().size());
            assertThat((int) branchTotal.getCell(1).getNumericCellValue())
                    .isEqualTo(stats.members().byBranch().values().stream().mapToInt(Integer::intValue).sum());

            Sheet attendance = wb.getSheet("出勤");
            assertThat(attendance.getRow(2).getCell(0).getStringCellValue()).isEqualTo("全局");
            assertThat(attendance.getRow(2).getCell(5).getNumericCellValue()).isCloseTo(stats.attendance().rate(),
                    org.assertj.core.data.Offset.offset(1e-9));

            Sheet honours = wb.getSheet("评先创优");
            Row titlesTotal = honours.getRow(2 + stats.commendations().byTitle().size());
            assertThat((int) titlesTotal.getCell(1).getNumericCellValue()).isEqualTo(stats.commendations().total());
            Row levelsTotal = honours.getRow(honours.getLastRowNum());
            assertThat(levelsTotal.getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat((int) levelsTotal.getCell(1).getNumericCellValue()).isEqualTo(stats.commendations().total());
            assertThat((int) honours.getRow(honours.getLastRowNum() - 1).getCell(1).getNumericCellValue())
                    .isEqualTo(stats.commendations().byLevel().getOrDefault(CommendationLevel.BUREAU, 0));

            Sheet lists = wb.getSheet("责任清单");
            Row listsTotal = lists.getRow(lists.getLastRowNum());
            int items = stats.responsibilities().stream().mapToInt(l -> l.completion().items()).sum();
            assertThat((int) listsTotal.getCell(2).getNumericCellValue()).isEqualTo(items);
        }
    }

    @Test
    void libreOfficeConvertsTheReportsToPdfOfPlausibleLength() throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null,
                "soffice (LibreOffice) is not on PATH: the PDF conversion check is skipped (install libreoffice-writer-nogui)");
        Path pdfDir = dir.resolve("pdf");
        Files.createDirectories(pdfDir);
        Path profile = dir.resolve("lo-profile");
        Path annualCopy = pdfDir.resolve("annual.docx");
        Path quarterlyCopy = pdfDir.resolve("quarterly.docx");
        Files.copy(annual, annualCopy);
        Files.copy(quarterly, quarterlyCopy);
        Path numbered = pdfDir.resolve("numbered.docx");
        reports.writeAnnual(reports.draftFromOutline(YEAR, "numbered"), numbered, null, Progress.NONE);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", pdfDir.toString(), annualCopy.toString(), quarterlyCopy.toString(),
                numbered.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        String out = System.getProperty("partydesk.reportsOut", System.getenv("PARTYDESK_REPORTS_OUT"));
        if (out != null) {
            for (String pdf : List.of("annual.pdf", "quarterly.pdf", "numbered.pdf")) {
                Files.copy(pdfDir.resolve(pdf), Path.of(out).resolve(pdf), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        int annualPages = pages(pdfDir.resolve("annual.pdf"));
        int quarterlyPages = pages(pdfDir.resolve("quarterly.pdf"));
        assertThat(annualPages).isBetween(3, 20);
        assertThat(quarterlyPages).isBetween(1, 3);
        // the prose of the summary (the quarterly report's cells of 应到/实到 stand one under another by design)
        assertPagesRead(pdfDir.resolve("annual.pdf"));
        assertNoPageLeftPartEmpty(pdfDir.resolve("annual.pdf"));
        assertNoPageLeftPartEmpty(pdfDir.resolve("numbered.pdf"));
        assertNoMarkLost(annual, pdfDir.resolve("annual.pdf"));
        assertNoMarkLost(quarterly, pdfDir.resolve("quarterly.pdf"));
    }

    /**
     * Every 。 and 、 of the document is on LibreOffice's pages: one hanging at the end of a full line used to be
     * dropped from the PDF (DocxWriter writes overflowPunct so that LibreOffice wraps instead).
     */
    static void assertNoMarkLost(Path docx, Path pdf) throws Exception {
        Path pdftotext = onPath("pdftotext");
        Assumptions.assumeTrue(pdftotext != null, "pdftotext (poppler-utils) is not on PATH: the punctuation check is skipped");
        String xml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder written = new StringBuilder();
        Matcher t = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml);
        while (t.find()) {
            written.append(t.group(1));
        }
        Process p = new ProcessBuilder(pdftotext.toString(), pdf.toString(), "-").redirectErrorStream(true).start();
        String shown = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        for (char mark : new char[] {'。', '、'}) {
            assertThat(shown.chars().filter(c -> c == mark).count()).as("%s in %s", mark, pdf.getFileName())
                    .isEqualTo(written.chars().filter(c -> c == mark).count());
        }
    }

    @Test
    void pythonDocxOpensBothReportsWithTheirHeadingsAndTables() throws Exception {
        assertOpensInPythonDocx(annual, quarterly);
    }

    /**
     * python-docx opens the summary and the quarterly report: the summary has its headings (Heading styles, the
     * first "一、…"), the report its tables. Skipped where python-docx is not installed.
     */
    static void assertOpensInPythonDocx(Path summary, Path quarterlyReport) throws Exception {
        Path python = pythonWithDocx();
        Assumptions.assumeTrue(python != null,
                "python3 with python-docx is not installed: the check that python-docx opens the reports is skipped (install python3-docx)");
        String script = String.join("\n",
                "import docx, sys",
                "for path in sys.argv[1:]:",
                "    d = docx.Document(path)",
                "    heads = [p.text for p in d.paragraphs if p.style.name.startswith('Heading')]",
                "    cells = sum(len(r.cells) for t in d.tables for r in t.rows)",
                "    print(len(d.paragraphs), len(heads), len(d.tables), cells, heads[0] if heads else '')");
        Process p = new ProcessBuilder(python.toString(), "-c", script, summary.toString(), quarterlyReport.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).as(out).hasSize(2);
        String[] words = lines.get(0).split(" ", 5);
        assertThat(Integer.parseInt(words[1])).as("headings of the summary: " + out).isGreaterThanOrEqualTo(5);
        assertThat(words[4]).as(out).startsWith("一、");
        String[] report = lines.get(1).split(" ", 5);
        assertThat(Integer.parseInt(report[2])).as("tables of the quarterly report: " + out).isPositive();
        assertThat(Integer.parseInt(report[3])).as(out).isPositive();
    }

    /** python3 that can import python-docx (Debian's python3-docx is for /usr/bin/python3), or null. */
    static Path pythonWithDocx() throws Exception {
        for (Path candidate : new Path[] {Path.of("/usr/bin/python3"), onPath("python3")}) {
            if (candidate != null && Files.isExecutable(candidate)) {
                Process p = new ProcessBuilder(candidate.toString(), "-c", "import docx").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The text of each page of a PDF (pdftotext): no number split across two lines, no page without text, no page
     * ending in a heading or a line that introduces what follows. Skipped where pdftotext is not installed.
     */
    static void assertPagesRead(Path pdf) throws Exception {
        Path pdftotext = onPath("pdftotext");
        Assumptions.assumeTrue(pdftotext != null,
                "pdftotext (poppler-utils) is not on PATH: the check that no number is split across lines is skipped");
        int pages = pages(pdf);
        for (int page = 1; page <= pages; page++) {
            Process t = new ProcessBuilder(pdftotext.toString(), "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(t.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            t.waitFor();
            List<String> lines = java.util.Arrays.stream(text.split("\\R")).map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.matches("—\\s*\\d+\\s*—") && !l.startsWith("\f")).toList();
            assertThat(lines).as("text of page %d of %s", page, pdf.getFileName()).isNotEmpty();
            for (int i = 0; i + 1 < lines.size(); i++) {
                assertThat(lines.get(i).matches(".*[0-9.]$") && lines.get(i + 1).matches("^[0-9.%].*"))
                        .as("a number split across lines in %s: %s|%s", pdf.getFileName(), lines.get(i), lines.get(i + 1)).isFalse();
            }
            if (page < pages) {
                String last = lines.get(lines.size() - 1);
                assertThat(last.matches("^[一二三四五六七八九十]+、.*") || last.endsWith("：")).as("page %d of %s ends in “%s”", page,
                        pdf.getFileName(), last).isFalse();
            }
        }
    }

    /**
     * No page of a GB/T 9704 summary but the last is left a quarter blank (5½ of its 22 lines) at its foot: a chart or
     * photo that does not fit where the text puts it goes on after the following paragraphs, or is made smaller, instead
     * of leaving the rest of the page blank (before FigureFlow, page 2 of the sample's summary was half blank). What may
     * still end a page a few lines early is a heading kept with the lines after it. The one page allowed to end earlier
     * is one before a page that begins with a chart: a chart that ends its part and does not fit even made smaller
     * (office.reports.FigureFlow). Looks at the pages as pictures (pdftoppm) and reads their text
     * (pdftotext); skipped where they are not installed.
     */
    static void assertNoPageLeftPartEmpty(Path pdf) throws Exception {
        Path pdftoppm = onPath("pdftoppm");
        Path pdftotext = onPath("pdftotext");
        Assumptions.assumeTrue(pdftoppm != null && pdftotext != null,
                "pdftoppm or pdftotext (poppler-utils) is not on PATH: the check of the pages' fill is skipped");
        int pages = pages(pdf);
        Path prefix = pdf.resolveSibling(pdf.getFileName() + "-page");
        Process p = new ProcessBuilder(pdftoppm.toString(), "-r", "30", "-gray", "-png", pdf.toString(), prefix.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        double footMm = 297 - 35;
        double pitchMm = 28.95 / 72 * 25.4;
        for (int page = 1; page < pages; page++) {
            String digits = String.valueOf(pages).length() > 1 ? String.format("%0" + String.valueOf(pages).length() + "d", page)
                    : String.valueOf(page);
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(prefix.resolveSibling(prefix.getFileName() + "-" + digits + ".png").toFile());
            int foot = (int) Math.round(footMm / 297 * img.getHeight());
            int lastInk = -1;
            for (int y = foot; y >= 0 && lastInk < 0; y--) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if ((img.getRGB(x, y) & 0xFF) < 160) {
                        lastInk = y;
                        break;
                    }
                }
            }
            double blankMm = (foot - lastInk) * 297.0 / img.getHeight();
            Process t = new ProcessBuilder(pdftotext.toString(), "-f", String.valueOf(page + 1), "-l", String.valueOf(page + 1),
                    pdf.toString(), "-").redirectErrorStream(true).start();
            String next = new String(t.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            t.waitFor();
            if (!next.matches("(?s)^图\\s*\\d+.*")) {
                assertThat(blankMm).as("blank at the foot of page %d of %d of %s (mm; a line is %.1f mm)", page, pages,
                        pdf.getFileName(), pitchMm).isLessThan(5.5 * pitchMm);
            }
        }
    }

    /** {@code docx} converted by LibreOffice into {@code dir} (skipped without soffice); the PDF's path. */
    static Path toPdf(Path docx, Path dir) throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "soffice (LibreOffice) is not on PATH: the PDF checks are skipped");
        Files.createDirectories(dir);
        Path copy = dir.resolve("report.docx");
        Files.copy(docx, copy, StandardCopyOption.REPLACE_EXISTING);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), copy.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        return dir.resolve("report.pdf");
    }

    /** Pages of a PDF: pdfinfo's count where it is installed, else the page objects in the file. */
    static int pages(Path pdf) throws Exception {
        assertThat(pdf).exists();
        Path pdfinfo = onPath("pdfinfo");
        if (pdfinfo != null) {
            Process p = new ProcessBuilder(pdfinfo.toString(), pdf.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(out);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        String raw = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Path onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** Paragraphs with the body's first-line indent: the lead, headings and body text (not title, captions, notes). */
    static List<XWPFParagraph> bodyParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getCTP().getPPr() != null && p.getCTP().getPPr().getInd() != null
                    && p.getCTP().getPPr().getInd().getFirstLine() != null
                    && p.getCTP().getPPr().getInd().getFirstLine().toString().equals("640") && !p.getRuns().isEmpty()
                    && !p.getText().matches("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.).*")) {
                out.add(p);
            }
        }
        return out;
    }

    static void assertRuns(XWPFParagraph p, String font, double size, boolean bold) {
        assertThat(p.getRuns()).as("runs of %s", p.getText()).isNotEmpty();
        for (XWPFRun r : p.getRuns()) {
            assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as("eastAsia font of %s", p.getText()).isEqualTo(font);
            assertThat(r.getFontSizeAsDouble()).as("size of %s", p.getText()).isEqualTo(size);
            assertThat(r.isBold()).isEqualTo(bold);
            assertThat(r.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
        }
    }

    /** Odd footer right, even footer left, each "— PAGE —" in 宋体 of the given size; even and odd differ. */
    static void assertPageNumbers(XWPFDocument doc, double size) {
        assertThat(doc.getEvenAndOddHeadings()).isTrue();
        var policy = doc.getHeaderFooterPolicy();
        XWPFFooter odd = policy.getDefaultFooter();
        XWPFFooter even = policy.getEvenPageFooter();
        assertThat(odd).isNotNull();
        assertThat(even).isNotNull();
        assertThat(odd.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(even.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        for (XWPFFooter f : List.of(odd, even)) {
            XWPFParagraph p = f.getParagraphs().get(0);
            assertThat(p.getCTP().xmlText()).contains("PAGE").contains("fldChar");
            assertThat(p.getText()).isEqualTo("— 1 —");
            assertRuns(p, "宋体", size, false);
        }
    }

    static long twips(Object v) {
        return Long.parseLong(v.toString());
    }

    static long mm(int mm) {
        return Math.round(mm * 1440 / 25.4);
    }
}
