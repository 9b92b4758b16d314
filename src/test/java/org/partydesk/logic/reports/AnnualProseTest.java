package org.partydesk.logic.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.DuesFigures;
import org.partydesk.model.Completion;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ListStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.Rating;
import org.partydesk.model.RecipientKind;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.MemberLifeStats;
import org.partydesk.model.ReportFigure;
import org.partydesk.model.YearStats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The items of the annual summary from hand-made figures: year-over-year lines only with a year before, honours
 * counted by 批次 and 人次 with the bureau's own 评选 apart from honours received from above, measure words by
 * kind, responsibility figures as items and on-time rate with the overdue ones only among the shortcomings,
 * shortcomings and plans from the data, "今年以来" instead of "全年" in a running year.
 */
class AnnualProseTest {
    private static YearStats stats(int year, LocalDate asOf, int members, int themedDays, int lessons,
                                   YearStats.Attendance attendance, Completion completion, Map<String, Integer> tags) {
        return new YearStats(year, asOf, new YearStats.Members(members, members - 2, 2, Map.of("第一党支部", members)),
                Map.of(MeetingType.THEMED_PARTY_DAY, themedDays, MeetingType.PARTY_LESSON, lessons,
                        MeetingType.BRANCH_COMMITTEE, 12, MeetingType.CENTRAL_GROUP_STUDY, 2),
                Map.of(), attendance, tags,
                List.of(new ListStats(1, "党组集体责任清单", ListOwnerKind.LEADING_GROUP, "党组", completion)),
                new YearStats.Commendations(0, Map.of(), Map.of(CommendationLevel.MUNICIPAL, 2), Set.of()));
    }

    private static YearStats thisYear() {
        return stats(2025, LocalDate.of(2025, 12, 31), 344, 459, 152, new YearStats.Attendance(1000, 937, 50, 13),
                new Completion(30, 28, 21, 21, 7, 28, 21), Map.of("“两山”专题", 23, "生态文明大讲堂", 21));
    }

    private static YearStats lastYear() {
        return stats(2024, LocalDate.of(2024, 12, 31), 332, 447, 152, new YearStats.Attendance(1000, 919, 60, 21),
                new Completion(28, 28, 20, 20, 8, 28, 20), Map.of());
    }

    private static Commendation honour(int id, String title, CommendationLevel level, String by, PeriodKind period,
                                       LocalDate on, int people, String collective) {
        List<Commendation.Recipient> r = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            r.add(new Commendation.Recipient(RecipientKind.MEMBER, 100 + i, null, null, null, "党员" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + (i < 10 ? "" : String.valueOf(i))));
        }
        if (collective != null) {
            r.add(Commendation.Recipient.external(collective));
        }
        return new Commendation(id, title, level, by, on, period, null, null, null, null, r);
    }

    /** 12 monthly picks of 153 members in all, 6 two-monthly of 26, 10 posts, and 2 honours from above (2 people, 1 collective). */
    private static List<Commendation> honours() {
        List<Commendation> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(honour(m, "月度作风标兵", CommendationLevel.BUREAU, "局党组", PeriodKind.MONTH, LocalDate.of(2025, m, 25),
                    m <= 9 ? 13 : 12, null));
        }
        for (int m = 1; m <= 6; m++) {
            out.add(honour(20 + m, "双月作风标兵", CommendationLevel.BUREAU, "局党组", PeriodKind.TWO_MONTHS,
                    LocalDate.of(2025, 2 * m, 27), m <= 2 ? 5 : 4, null));
        }
        out.add(honour(30, "党员先锋岗", CommendationLevel.BUREAU, "局党组", PeriodKind.YEAR, LocalDate.of(2025, 7, 1), 10, null));
        out.add(honour(31, "先进个人", CommendationLevel.PROVINCIAL, "省生态环境厅", PeriodKind.YEAR, LocalDate.of(2025, 11, 12), 2, null));
        out.add(honour(32, "工人先锋号", CommendationLevel.NATIONAL, "生态环境部", PeriodKind.YEAR, LocalDate.of(2025, 4, 28), 0, "市辐危中心危废科"));
        return out;
    }

    private static YearFacts facts(YearStats s, YearStats previous, boolean yearOver) {
        return new YearFacts(s, previous, yearOver, Map.of(Rating.GREEN, 37, Rating.YELLOW, 3, Rating.RED, 2),
                new YearFacts.RatedUnits(39, 2, 1),
                List.of(new YearFacts.RatedUnit("机关第五党支部", Rating.RED, List.of("支部委员会")),
                        new YearFacts.RatedUnit("机关党支部", Rating.YELLOW, List.of("主题党日"))),
                List.of(new YearFacts.Activity(LocalDate.of(2025, 3, 5), "第一党支部", "走进对口社区开展环保志愿服务", null),
                        new YearFacts.Activity(LocalDate.of(2025, 7, 10), "第三大队党支部", "“两山”理念实践活动", null),
                        new YearFacts.Activity(LocalDate.of(2025, 9, 9), "机关党支部", "学习贯彻党章", null)),
                List.of(new YearFacts.Activity(LocalDate.of(2025, 6, 28), "第一党支部", "长江保护修复攻坚战", "卢娅")),
                36, 36, List.of("土壤环境研究所党支部"),
                List.of(new YearFacts.Activity(LocalDate.of(2025, 2, 1), "局党组", "专题学习党的二十大报告", null)),
                15, 6, 285, 8, 116, honours(), Map.of("党组集体责任清单", 7));
    }

    /** {@link #facts} with a member's life: this year's figures, the year before's (or none), elections and terms. */
    private static YearFacts withLife(YearFacts f, MemberLifeStats now, MemberLifeStats before, List<String> overdue) {
        return new YearFacts(f.stats(), f.previous(), f.yearOver(), f.ratings(), f.units(), f.flagged(), f.themedDays(),
                f.lessons(), f.secretaryLessons(), f.lessonBranches(), f.noLessonBranches(), f.studies(), now.recruitment().admitted(),
                now.recruitment().confirmed(), f.postedMembers(), f.communities(), f.leaveWithoutMakeUp(), f.commendations(),
                f.overdueByList(), new YearFacts.Life(now, before, List.of("第二党支部"), List.of("第三党支部"), overdue));
    }

    private static MemberLifeStats life(int year, int applicants, int excellent, int basic) {
        return new MemberLifeStats(year, LocalDate.of(year, 12, 31), new MemberLifeStats.Recruitment(applicants, 4, 3, 15, 6), 2, 1,
                Map.of(AppraisalResult.EXCELLENT, excellent, AppraisalResult.QUALIFIED, 300, AppraisalResult.BASICALLY_QUALIFIED, basic),
                1, 1);
    }

    @Test
    void aMembersLifeIsPraiseOrShortcomingByWhatItIsAndComparedOnlyWithAYearThatHadIt() {
        AnnualProse prose = new AnnualProse(withLife(facts(thisYear(), lastYear(), true), life(2025, 20, 30, 2),
                life(2024, 16, 0, 0), List.of("第一党支部")));
        String praise = all(prose, PRAISE);
        assertThat(praise).contains("收到入党申请20份，比上年增加4份", "确定入党积极分子4名和发展对象3名", "接收预备党员15名，与上年持平",
                "转入2名、转出1名，转接人数与上年持平", "第二党支部按程序完成换届选举");
        // the year before had no 优秀: no comparison; results below 合格 and the overdue term are no praise
        assertThat(praise).contains("30名党员评为优秀，300名评为合格").doesNotContain("优秀，比上年", "基本合格", "第一党支部的委员会");
        assertThat(text(prose, ReportFigure.SHORTCOMINGS)).contains("第一党支部的委员会任期已满而没有换届", "民主评议中有2名评为基本合格");
        assertThat(text(prose, ReportFigure.NEXT_STEPS)).contains("任期已满或即将届满的第一党支部和第三党支部2个党组织");
        // without a year before, no line compares
        String alone = all(new AnnualProse(withLife(facts(thisYear(), null, true), life(2025, 20, 30, 0), null, List.of())), PRAISE);
        assertThat(alone).contains("收到入党申请20份，确定", "参评党员全部达到合格以上").doesNotContain("比上年", "与上年");
    }

    /** {@link #facts} with 党费 of the year and of the year before (null: none). */
    private static YearFacts withDues(YearFacts f, DuesFigures now, DuesFigures before) {
        return new YearFacts(f.stats(), f.previous(), f.yearOver(), f.ratings(), f.units(), f.flagged(), f.themedDays(),
                f.lessons(), f.secretaryLessons(), f.lessonBranches(), f.noLessonBranches(), f.studies(), f.newMembers(),
                f.becameFull(), f.postedMembers(), f.communities(), f.leaveWithoutMakeUp(), f.commendations(),
                f.overdueByList(), f.life(), now, before);
    }

    private static DuesFigures dues(String due, String paid, int behind6) {
        return new DuesFigures("", new BigDecimal(due), new BigDecimal(paid), behind6);
    }

    @Test
    void duesAreOneSentenceWithTheRateYearOverYearAndTheMembersBehindOnlyAmongTheShortcomings() {
        // 9312.50 of 10000.00: 93.1%; the year before 9000.00 of 10000.00: 90.0% → 3.1 points up
        AnnualProse prose = new AnnualProse(withDues(facts(thisYear(), lastYear(), true), dues("10000.00", "9312.50", 3),
                dues("10000.00", "9000.00", 0)));
        String members = text(prose, ReportFigure.MEMBERS);
        assertThat(members).contains("全年应收党费10000.00元，实收9312.50元，收缴率93.1%，较上年提高3.1个百分点。");
        assertThat(all(prose, PRAISE)).doesNotContain("6个月", "未交");
        assertThat(text(prose, ReportFigure.SHORTCOMINGS)).contains("截至2025年底，有3名党员已连续6个月以上没有交纳党费");
        assertThat(text(prose, ReportFigure.NEXT_STEPS)).doesNotContain("党费");

        // a year before without dues: no comparison; nobody behind: no shortcoming; no dues at all: no sentence
        AnnualProse first = new AnnualProse(withDues(facts(thisYear(), lastYear(), true), dues("10000.00", "9312.50", 0), null));
        assertThat(text(first, ReportFigure.MEMBERS)).contains("收缴率93.1%。");
        assertThat(text(first, ReportFigure.SHORTCOMINGS)).doesNotContain("党费");
        AnnualProse lower = new AnnualProse(withDues(facts(thisYear(), lastYear(), false), dues("5000.00", "4000.00", 0),
                dues("8000.00", "8000.00", 0)));
        assertThat(text(lower, ReportFigure.MEMBERS)).contains("今年以来应收党费5000.00元，实收4000.00元，收缴率80.0%，较上年下降20.0个百分点");
        assertThat(text(new AnnualProse(facts(thisYear(), lastYear(), true)), ReportFigure.MEMBERS)).doesNotContain("党费");

        // without red and yellow units the members behind are an item of their own
        YearFacts f = facts(thisYear(), lastYear(), true);
        YearFacts unflagged = new YearFacts(f.stats(), f.previous(), f.yearOver(), Map.of(Rating.GREEN, 42), f.units(), List.of(),
                f.themedDays(), f.lessons(), f.secretaryLessons(), f.lessonBranches(), f.noLessonBranches(), f.studies(),
                f.newMembers(), f.becameFull(), f.postedMembers(), f.communities(), f.leaveWithoutMakeUp(), f.commendations(),
                f.overdueByList(), f.life(), dues("10000.00", "9312.50", 2), null);
        assertThat(new AnnualProse(unflagged).paragraphs(ReportFigure.SHORTCOMINGS).get(0))
                .isEqualTo(new ReportDocument.Paragraph("党员日常管理还有薄弱环节。",
                        "截至2025年底，有2名党员已连续6个月以上没有交纳党费，所在支部的提醒和催缴跟得不紧，需要逐人了解原因、限期补交。"));
    }

    private static String text(AnnualProse prose, ReportFigure f) {
        return prose.paragraphs(f).stream().map(p -> p.topic() + p.text()).collect(Collectors.joining("\n"));
    }

    private static String all(AnnualProse prose, ReportFigure... figures) {
        StringBuilder b = new StringBuilder();
        for (ReportFigure f : figures) {
            b.append(text(prose, f)).append('\n');
        }
        return b.toString();
    }

    private static final ReportFigure[] PRAISE = {ReportFigure.MEMBERS, ReportFigure.MEETINGS, ReportFigure.ATTENDANCE,
            ReportFigure.RATINGS, ReportFigure.STUDY, ReportFigure.PARTY_LESSONS, ReportFigure.TAGS, ReportFigure.ACTIVITIES,
            ReportFigure.VOLUNTEERING, ReportFigure.RESPONSIBILITIES, ReportFigure.RESPONSIBILITY_PROGRESS,
            ReportFigure.COMMENDATIONS_BY_TITLE, ReportFigure.COMMENDATIONS_BY_LEVEL};

    @Test
    void everyItemOpensWithABoldTopicSentence() {
        AnnualProse prose = new AnnualProse(facts(thisYear(), lastYear(), true));
        for (ReportFigure f : ReportFigure.values()) {
            for (ReportDocument.Paragraph p : prose.paragraphs(f)) {
                assertThat(p.topic()).as("topic of %s", f).isNotBlank().endsWith("。");
                assertThat(p.text()).as("text of %s", f).isNotBlank().endsWith("。");
            }
            if (f.isChart()) {
                assertThat(prose.paragraphs(f)).isEmpty();
            }
        }
    }

    @Test
    void headlineFiguresAreComparedWithTheYearBefore() {
        String t = all(new AnnualProse(facts(thisYear(), lastYear(), true)), PRAISE);
        assertThat(t).contains("在册党员344名，比上年增加12名", "参会率达到93.7%，较上年提高1.8个百分点",
                "共组织459次，比上年增加12次", "讲授党课152次，与上年持平", "按期完成率75.0%，较上年提高3.6个百分点");
    }

    @Test
    void withoutAYearBeforeThereIsNoComparison() {
        String t = all(new AnnualProse(facts(thisYear(), null, true)), PRAISE);
        assertThat(t).doesNotContain("上年").contains("在册党员344名", "参会率达到93.7%");
    }

    @Test
    void honoursCountBatchesAndRecipientsApartFromHonoursReceivedFromAbove() {
        AnnualProse prose = new AnnualProse(facts(thisYear(), null, true));
        String own = text(prose, ReportFigure.COMMENDATIONS_BY_TITLE);
        assertThat(own).contains("“月度作风标兵”评选12批次、153人次", "“双月作风标兵”评选6批次、26人次", "10个“党员先锋岗”")
                .doesNotContain("先进个人", "工人先锋号", "项");
        String above = text(prose, ReportFigure.COMMENDATIONS_BY_LEVEL);
        assertThat(above).contains("获得上级表彰2批次", "2人次和1个集体", "（国家级1批次、省级1批次）",
                        "党员甲、党员乙同志获评省生态环境厅“先进个人”", "市辐危中心危废科获生态环境部“工人先锋号”称号")
                .doesNotContain("作风标兵", "党员先锋岗");
        assertThat(AnnualProse.measureWord("党员先锋岗", false)).isEqualTo("个");
        assertThat(AnnualProse.measureWord("工人先锋号", true)).isEqualTo("个");
        assertThat(AnnualProse.measureWord("最佳志愿服务项目", true)).isEqualTo("项");
        assertThat(AnnualProse.measureWord("优秀共产党员", false)).isEqualTo("名");
        // the roll holds only the titles the clerk kept
        assertThat(prose.honours(List.of("工人先锋号")).get(0).text()).doesNotContain("“先进个人”").contains("“工人先锋号”称号");
    }

    @Test
    void aFewHonoursAreNamedAndNotCalledAFlood() {
        YearFacts all = facts(thisYear(), null, true);
        YearFacts few = new YearFacts(all.stats(), all.previous(), all.yearOver(), all.ratings(), all.units(), all.flagged(),
                all.themedDays(), all.lessons(), all.secretaryLessons(), all.lessonBranches(), all.noLessonBranches(),
                all.studies(), all.newMembers(), all.becameFull(), all.postedMembers(), all.communities(),
                all.leaveWithoutMakeUp(), List.of(
                        honour(1, "优秀共产党员", CommendationLevel.BUREAU, "局党组", PeriodKind.YEAR, LocalDate.of(2025, 6, 28), 3, null),
                        honour(2, "月度作风标兵", CommendationLevel.BUREAU, "局党组", PeriodKind.MONTH, LocalDate.of(2025, 3, 25), 2, null),
                        honour(3, "月度作风标兵", CommendationLevel.BUREAU, "局党组", PeriodKind.MONTH, LocalDate.of(2025, 4, 25), 2, null),
                        honour(4, "优秀共产党员", CommendationLevel.MUNICIPAL, "市直机关工委", PeriodKind.YEAR, LocalDate.of(2025, 7, 1), 1, null)),
                all.overdueByList(), all.life(), all.dues(), all.duesBefore());
        AnnualProse prose = new AnnualProse(few);
        List<ReportDocument.Paragraph> own = prose.paragraphs(ReportFigure.COMMENDATIONS_BY_TITLE);
        // two months of 作风标兵 are no 月月有比拼; the yearly honour's three members are named
        assertThat(own.get(0).topic()).isEqualTo("身边典型评选常态开展。");
        assertThat(own.get(0).text()).contains("“月度作风标兵”评选2批次、4人次", "3名“优秀共产党员”（党员甲、党员乙、党员丙）");
        List<ReportDocument.Paragraph> above = prose.paragraphs(ReportFigure.COMMENDATIONS_BY_LEVEL);
        assertThat(above.get(0).topic()).isEqualTo("争先创优获得上级肯定。");
        // a whole year of monthly picks and several honours from above keep the stronger words
        AnnualProse many = new AnnualProse(all);
        assertThat(many.paragraphs(ReportFigure.COMMENDATIONS_BY_TITLE).get(0).topic()).isEqualTo("作风评比月月有比拼。");
        assertThat(many.paragraphs(ReportFigure.COMMENDATIONS_BY_LEVEL).get(0).topic()).isEqualTo("先进典型竞相涌现。");
    }

    @Test
    void membersAbsentSixMonthsRunningAreAShortcoming() {
        YearFacts all = facts(thisYear(), null, true);
        YearFacts.Life life = all.life();
        YearFacts away = new YearFacts(all.stats(), all.previous(), all.yearOver(), all.ratings(), all.units(), all.flagged(),
                all.themedDays(), all.lessons(), all.secretaryLessons(), all.lessonBranches(), all.noLessonBranches(),
                all.studies(), all.newMembers(), all.becameFull(), all.postedMembers(), all.communities(),
                all.leaveWithoutMakeUp(), all.commendations(), all.overdueByList(),
                new YearFacts.Life(life.now(), life.before(), life.elected(), life.dueTerms(), life.overdueTerms(),
                        List.of("彭永福", "党员乙")), all.dues(), all.duesBefore());
        // with the leave not made up (116 times in these facts) it is one matter: taking part in party life
        assertThat(text(new AnnualProse(away), ReportFigure.SHORTCOMINGS)).contains("党员参加组织生活的管理还不够严格。",
                "全年有116人次请假后没有补课记录", "还有2名党员连续六个月没有参加党的组织生活（彭永福和党员乙）");
        assertThat(text(new AnnualProse(all), ReportFigure.SHORTCOMINGS)).doesNotContain("六个月");
    }

    @Test
    void theBureausLineOfWorkComesFromItsName() {
        assertThat(BureauWork.of("示例市生态环境局")).isEqualTo(BureauWork.ECOLOGY);
        assertThat(BureauWork.of("××市自然资源局")).isEqualTo(BureauWork.GENERAL);
        assertThat(BureauWork.of(null)).isEqualTo(BureauWork.GENERAL);
        String outline = Outlines.defaultOutline().lead() + Outlines.defaultOutline().subtitle();
        assertThat(BureauWork.GENERAL.fill(outline)).doesNotContain("生态", "环保", "{cause}", "{task}", "{corps}").contains("对照“政治强、本领高、作风硬、敢担当”的要求",
                "同全局业务一起谋划", "保障全局各项事业高质量发展");
        assertThat(BureauWork.ECOLOGY.fill(outline)).contains("对照生态环保铁军“政治强", "保障生态环境保护事业高质量发展");
        YearFacts facts = facts(thisYear(), null, true);
        assertThat(text(new AnnualProse(facts, BureauWork.GENERAL), ReportFigure.TAGS)).contains("结合全局中心工作打造学习品牌")
                .doesNotContain("生态环境保护");
        assertThat(text(new AnnualProse(facts, BureauWork.ECOLOGY), ReportFigure.TAGS)).contains("结合生态环境保护中心工作打造学习品牌");
    }

    @Test
    void tagsTakeTheNounOfTheirEvents() {
        assertThat(AnnualProse.tagClause("“两山”专题", 23)).isEqualTo("围绕“两山”专题组织学习研讨23次");
        assertThat(AnnualProse.tagClause("生态文明大讲堂", 21)).isEqualTo("举办“生态文明大讲堂”21期");
        String t = text(new AnnualProse(facts(thisYear(), null, true)), ReportFigure.TAGS);
        assertThat(t).doesNotContainPattern("专题\\d+场").contains("“生态文明大讲堂”21期");
    }

    @Test
    void responsibilitiesAreItemsAndOnTimeRateWithTheOverdueOnesAmongTheShortcomings() {
        AnnualProse prose = new AnnualProse(facts(thisYear(), null, true));
        String praise = all(prose, PRAISE);
        // one list: no 各清单, and its overdue items are not spread over lists
        assertThat(praise).contains("清单共有落实措施30项，已到节点的28项中按期完成21项，按期完成率75.0%", "另有2项尚未到完成时限")
                .doesNotContain("各清单")
                .doesNotContain("逾期", "被评为红旗", "黄旗的", "机关第五党支部", "补课");
        String problems = text(prose, ReportFigure.SHORTCOMINGS);
        assertThat(problems).doesNotContain("分布在", "党组集体责任清单7项");
        assertThat(problems).contains("仍有7项落实措施过了时间节点而没有完成记录", "原因",
                "机关第五党支部被评为红旗", "机关党支部被评为黄旗", "其中机关第五党支部少开了支部委员会，机关党支部少开了主题党日。",
                "116人次请假后没有补课记录", "1个党支部的书记全年没有亲自讲党课", "土壤环境研究所党支部");
        assertThat(prose.paragraphs(ReportFigure.SHORTCOMINGS)).hasSizeBetween(3, 4);
        assertThat(prose.paragraphs(ReportFigure.NEXT_STEPS)).hasSizeBetween(3, 4);
        assertThat(text(prose, ReportFigure.NEXT_STEPS)).contains("2026年", "7项逾期措施", "对被评为红旗、黄旗的2个党组织",
                "对尚未讲党课的1名党支部书记逐一提醒", "继续发挥理论学习中心组的带头作用").doesNotContain("获评");
    }

    @Test
    void aLongListOfUnitsNamesTheFirstSixAndTheCount() {
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            many.add("第" + i + "党支部");
        }
        assertThat(AnnualProse.some(many, "个党支部")).isEqualTo("第1党支部、第2党支部、第3党支部、第4党支部、第5党支部、第6党支部等9个党支部");
        assertThat(AnnualProse.some(many.subList(0, 2), "个党支部")).isEqualTo("第1党支部和第2党支部");
    }

    @Test
    void ratedUnitsAreExplained() {
        String t = text(new AnnualProse(facts(thisYear(), null, true)), ReportFigure.RATINGS);
        assertThat(t).contains("对42个党组织开展红黄旗评定（参评的有39个党支部、2个临时党支部和局党组）",
                "37个党组织为绿旗，占参评总数的88.1%，3个党组织为黄旗，2个党组织为红旗").doesNotContain("获评");
    }

    @Test
    void aRunningYearSaysSinceTheStartOfTheYearNotTheWholeYear() {
        YearStats running = stats(2025, LocalDate.of(2025, 12, 5), 344, 459, 152, new YearStats.Attendance(1000, 937, 50, 13),
                new Completion(30, 28, 21, 21, 7, 28, 21), Map.of("生态文明大讲堂", 21));
        String t = all(new AnnualProse(facts(running, null, false)), ReportFigure.values());
        assertThat(t).doesNotContain("全年").contains("截至2025年12月5日", "今年以来");
    }

    @Test
    void namedActivitiesComeFromTheRecords() {
        AnnualProse prose = new AnnualProse(facts(thisYear(), null, true));
        assertThat(text(prose, ReportFigure.PARTY_LESSONS)).contains("其中支部书记亲自登台36次",
                "6月28日，卢娅同志在第一党支部以“长江保护修复攻坚战”为题讲授党课");
        assertThat(text(prose, ReportFigure.ACTIVITIES)).contains("“‘两山’理念实践活动”");
        assertThat(text(prose, ReportFigure.VOLUNTEERING)).contains("285名党员下沉到8个社区", "主题党日有1次");
        assertThat(text(prose, ReportFigure.MEMBERS)).contains("接收预备党员15名", "6名预备党员按期转正");
        assertThat(text(prose, ReportFigure.STUDY)).contains("集中学习1次", "“专题学习党的二十大报告”");
    }

    @Test
    void chineseListsPercentagesAndNumbers() {
        assertThat(ChineseText.join(List.of("甲"))).isEqualTo("甲");
        assertThat(ChineseText.join(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙和丙");
        assertThat(ChineseText.comrades(List.of("王骏", "张平"))).isEqualTo("王骏、张平同志");
        assertThat(ChineseText.comrades(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙、丙同志");
        assertThat(ChineseText.percent(0.92745)).isEqualTo("92.7%");
        assertThat(ChineseText.headingNumber(1, 12)).isEqualTo("十二、");
        assertThat(ChineseText.headingNumber(2, 3)).isEqualTo("（三）");
        assertThat(ChineseText.headingNumber(3, 2)).isEqualTo("2.");
        assertThat(ChineseText.headingNumbers(List.of(1, 2, 2, 3, 1, 3, 2)))
                .containsExactly("一、", "（一）", "（二）", "1.", "二、", "1.", "（一）");
        assertThat(ChineseText.chineseNumber(21)).isEqualTo("二十一");
        assertThat(ChineseText.themeQuoted("“双报到”社区服务")).isEqualTo("“‘双报到’社区服务”");
        // a theme typed on two lines of its cell reads as one line, without the space Word showed before the “（”
        assertThat(ChineseText.themeQuoted("学习党的二十届四中全会精神\n（集中学习+交流研讨）"))
                .isEqualTo("“学习党的二十届四中全会精神（集中学习+交流研讨）”");
        assertThat(ChineseText.themeQuoted("观看 \r\n 警示教育片")).isEqualTo("“观看警示教育片”");
        assertThat(ChineseText.oneLine("PM2.5\nPM10 治理")).isEqualTo("PM2.5 PM10 治理");
        assertThat(ChineseText.sentence("存在以下不足：")).isEqualTo("存在以下不足：");
    }

    @Test
    void honourRollAndCaptions() {
        Commendation people = new Commendation(1, "先进个人", CommendationLevel.PROVINCIAL, "省生态环境厅", LocalDate.of(2025, 11, 1),
                null, null, null, null, null, List.of(
                new Commendation.Recipient(RecipientKind.MEMBER, 1, null, null, null, "孙艳"),
                new Commendation.Recipient(RecipientKind.MEMBER, 2, null, null, null, "陈伟")));
        Commendation group = new Commendation(2, "工人先锋号", CommendationLevel.MUNICIPAL, null, LocalDate.of(2025, 4, 1),
                null, null, null, null, null, List.of(Commendation.Recipient.external("市辐危中心危废科")));
        assertThat(HonourRoll.prose(List.of(people, group)))
                .isEqualTo("孙艳、陈伟同志获评省生态环境厅“先进个人”；市辐危中心危废科获市级“工人先锋号”称号。");
        assertThat(HonourRoll.prose(List.of())).isEmpty();
        assertThat(Captions.of("机关第一党支部开展主题党日活动", null, LocalDate.of(2025, 8, 7), "孙艳"))
                .isEqualTo("▲8月7日，机关第一党支部开展主题党日活动。 孙艳摄");
        assertThat(Captions.ofMeeting(LocalDate.of(2025, 7, 10), "第三大队党支部", Set.of(MeetingType.THEMED_PARTY_DAY),
                "“两山”理念实践", null, "李刚国"))
                .isEqualTo("▲7月10日，第三大队党支部开展“‘两山’理念实践”主题党日活动。 李刚国摄");
        assertThat(Captions.ofMeeting(LocalDate.of(2025, 9, 4), "机关第一党支部", Set.of(MeetingType.PARTY_LESSON),
                "从党史中汲取奋进力量", "阎某", null))
                .isEqualTo("▲9月4日，阎某同志为机关第一党支部党员讲授专题党课“从党史中汲取奋进力量”。");
    }

    @Test
    void builtInOutlinesPairTheFourStrengthsAsTheFormulaDoes() {
        List<Outline> all = Outlines.builtIn();
        assertThat(all).extracting(Outline::key).containsExactly("four-strengths", "numbered");
        List<String> headings = all.get(0).sections().stream().map(Outline.Section::heading).toList();
        assertThat(headings.get(0)).contains("政治强", "凝聚力");
        assertThat(headings.get(1)).contains("本领高", "创新力");
        assertThat(headings.get(2)).contains("作风硬", "行动力");
        assertThat(headings.get(3)).contains("敢担当", "战斗力");
        assertThat(String.join("", headings)).doesNotContain("责任强");
        assertThat(all.get(1).sections()).extracting(Outline.Section::level).contains(1, 2);
        for (Outline o : all) {
            assertThat(o.sections().stream().flatMap(x -> x.figures().stream())).contains(ReportFigure.values());
            for (Outline.Section s : o.sections()) {
                long items = s.figures().stream().filter(f -> !f.isChart() && f != ReportFigure.SHORTCOMINGS
                        && f != ReportFigure.NEXT_STEPS).count();
                assertThat(items == 0 || (items >= 3 && items <= 4)).as("3 or 4 items in %s: %s", s.heading(), items).isTrue();
            }
        }
    }
    /** {@link #facts} of a year still running on 12月7日: four yellow branches, quarters rated, 党费 up to November. */
    private static YearFacts running(List<YearFacts.RatedUnit> flagged, DuesFigures dues, YearFacts.DuesScope scope,
                                     List<YearFacts.Activity> lessons, List<YearFacts.Activity> studies, List<Commendation> honours) {
        YearStats st = stats(2026, LocalDate.of(2026, 12, 7), 41, 42, 13, new YearStats.Attendance(945, 922, 14, 9),
                new Completion(11, 9, 6, 6, 3, 9, 6), Map.of());
        List<Map<Rating, Integer>> quarters = List.of(Map.of(Rating.GREEN, 4), Map.of(Rating.GREEN, 3, Rating.YELLOW, 1),
                Map.of(Rating.GREEN, 1, Rating.YELLOW, 2, Rating.RED, 1), Map.of(Rating.GREEN, 3, Rating.YELLOW, 1));
        return new YearFacts(st, null, false, Map.of(Rating.YELLOW, flagged.size()), new YearFacts.RatedUnits(flagged.size(), 0, 0),
                flagged, List.of(new YearFacts.Activity(LocalDate.of(2026, 3, 5), "机关第一党支部", "学雷锋志愿服务进校园", null)),
                lessons, 10, 3, List.of("离退休干部党支部"), studies, 0, 1, 0, 0, 5, honours, Map.of("党组集体责任清单", 3),
                YearFacts.Life.NONE, dues, null, scope, quarters);
    }

    private static final List<YearFacts.RatedUnit> FOUR_YELLOW = List.of(
            new YearFacts.RatedUnit("机关第一党支部", Rating.YELLOW, List.of("党小组会")),
            new YearFacts.RatedUnit("机关第二党支部", Rating.YELLOW, List.of("支部委员会", "党课")),
            new YearFacts.RatedUnit("机关第三党支部", Rating.YELLOW, List.of("支部委员会")),
            new YearFacts.RatedUnit("离退休干部党支部", Rating.YELLOW, List.of("主题党日")));

    @Test
    void duesArePraisedOnlyAtAHighRateSayWhatTheyCoverAndCountOnlyMonthsThatEnded() {
        // 10884.00 of 14850.00 up to November (73.3%), 2 of 4 branches with 20 members recorded
        YearFacts.DuesScope half = new YearFacts.DuesScope(java.time.YearMonth.of(2026, 11), 2, 4, 20);
        AnnualProse low = new AnnualProse(running(FOUR_YELLOW, dues("14850.00", "10884.00", 0), half, List.of(), List.of(), List.of()));
        assertThat(text(low, ReportFigure.MEMBERS)).contains("党费收缴方面，已登记党费的2个党支部20名党员截至11月应收党费14850.00元，"
                + "实收10884.00元，收缴率73.3%。其余2个党支部尚未登记党费").doesNotContain("意识普遍较强", "今年以来应收");
        assertThat(text(low, ReportFigure.SHORTCOMINGS)).contains("截至11月，党费收缴率只有73.3%，还有3966.00元没有收缴到位，"
                + "2个党支部还没有登记党费");
        // every branch recorded and a high rate: praise, no shortcoming, no coverage said
        YearFacts.DuesScope all = new YearFacts.DuesScope(java.time.YearMonth.of(2026, 11), 4, 4, 41);
        AnnualProse high = new AnnualProse(running(FOUR_YELLOW, dues("10000.00", "9800.00", 0), all, List.of(), List.of(), List.of()));
        assertThat(text(high, ReportFigure.MEMBERS)).contains("党员按月交纳党费的意识普遍较强，截至11月，应收党费10000.00元")
                .doesNotContain("已登记党费的");
        assertThat(text(high, ReportFigure.SHORTCOMINGS)).doesNotContain("党费");
        // between the two: a plain statement, no praise and no shortcoming
        AnnualProse plain = new AnnualProse(running(FOUR_YELLOW, dues("10000.00", "9300.00", 0), all, List.of(), List.of(), List.of()));
        assertThat(text(plain, ReportFigure.MEMBERS)).contains("党费收缴方面，截至11月，应收党费").doesNotContain("意识");
        assertThat(text(plain, ReportFigure.SHORTCOMINGS)).doesNotContain("党费");
    }

    @Test
    void flaggedBranchesAreGivenEveryReasonTheFlagsTheyHaveAndTheDateWhileTheYearRuns() {
        AnnualProse prose = new AnnualProse(running(FOUR_YELLOW, null, null, List.of(), List.of(), List.of()));
        String problems = text(prose, ReportFigure.SHORTCOMINGS);
        assertThat(problems).contains("截至12月7日的年度红黄旗评定中，", "机关第一党支部少开了党小组会",
                "机关第二党支部少开了支部委员会和党课", "机关第三党支部少开了支部委员会", "离退休干部党支部少开了主题党日")
                .doesNotContain("主要出在");
        String plans = text(prose, ReportFigure.NEXT_STEPS);
        assertThat(plans).contains("对被评为黄旗的4个党组织").doesNotContain("获评", "红旗");
        // the quarters' results, the quarter still running with its date
        assertThat(text(prose, ReportFigure.RATINGS)).contains("第一季度4个党组织均为绿旗", "第三季度1个绿旗、2个黄旗、1个红旗",
                "第四季度（截至12月7日）3个绿旗、1个黄旗", "截至12月7日的年度评定中，4个党组织为黄旗");
        // more units than can be named: every kind missed, none cut
        List<YearFacts.RatedUnit> many = new ArrayList<>();
        List<String> kinds = List.of("支部委员会", "党小组会", "党课", "主题党日");
        for (int i = 1; i <= 8; i++) {
            many.add(new YearFacts.RatedUnit("第" + i + "党支部", Rating.YELLOW, List.of(kinds.get(i % 4 == 0 ? 3 : i % 3))));
        }
        String more = text(new AnnualProse(running(many, null, null, List.of(), List.of(), List.of())), ReportFigure.SHORTCOMINGS);
        assertThat(more).contains(kinds.stream().map(k -> k + "（").toList());
    }

    @Test
    void wordsFitWhatTheDataSay() {
        List<YearFacts.Activity> lessons = List.of(
                new YearFacts.Activity(LocalDate.of(2026, 3, 24), "机关第一党支部", "9月党员大会暨党课", "王建国"),
                new YearFacts.Activity(LocalDate.of(2026, 9, 25), "机关第三党支部", "9月党员大会暨党课", "赵敏"));
        // three titles of one document are one batch
        List<Commendation> honours = new ArrayList<>();
        for (String title : List.of("先进基层党组织", "优秀党务工作者", "优秀共产党员")) {
            honours.add(new Commendation(honours.size() + 1, title, CommendationLevel.MUNICIPAL, "市直机关工委", LocalDate.of(2026, 6, 28),
                    PeriodKind.YEAR, null, null, "临直工〔2026〕15号", null, List.of(Commendation.Recipient.external("机关第二党支部"))));
        }
        AnnualProse prose = new AnnualProse(running(FOUR_YELLOW, null, null, lessons, List.of(), honours));
        assertThat(text(prose, ReportFigure.PARTY_LESSONS)).doesNotContain("为题", "党员大会暨党课");
        assertThat(text(prose, ReportFigure.COMMENDATIONS_BY_LEVEL)).contains("获得上级表彰1批次");
        // no 中心组 study recorded: the plans do not promise to keep it up
        assertThat(text(prose, ReportFigure.NEXT_STEPS)).doesNotContain("中心组").contains("对尚未讲党课的1名党支部书记");
        // a service theme in schools is not 社区一线
        assertThat(prose.paragraphs(ReportFigure.VOLUNTEERING).get(0).topic()).isEqualTo("服务群众走进校园。");
        assertThat(AnnualProse.meetingName("9月党员大会暨党课")).isTrue();
        assertThat(AnnualProse.meetingName("第三季度党课")).isTrue();
        assertThat(AnnualProse.meetingName("十二月支委会")).isTrue();
        assertThat(AnnualProse.meetingName("专题党课：办好人民满意的教育")).isFalse();
        assertThat(AnnualProse.meetingName("学雷锋志愿服务进校园")).isFalse();
        // quoted items meet without a 顿号 (GB/T 15834); other items keep it
        assertThat(ChineseText.join(List.of("“甲”", "“乙”", "“丙”"))).isEqualTo("“甲”“乙”和“丙”");
        assertThat(ChineseText.join(List.of("《甲》", "“乙”", "丙", "丁"))).isEqualTo("《甲》“乙”、丙和丁");
    }

    @Test
    void chartsStandNextToTheItemsTheyShow() {
        for (Outline o : Outlines.builtIn()) {
            for (Outline.Section sec : o.sections()) {
                if (sec.figures().contains(ReportFigure.CHART_RATINGS)) {
                    assertThat(sec.figures()).as("%s: the ratings chart with the ratings", o.key()).contains(ReportFigure.RATINGS);
                }
            }
        }
        // the numbered outline: the meetings chart right after the meetings item, before the rest of the section
        List<ReportFigure> numbered = Outlines.find("numbered").orElseThrow().sections().stream()
                .filter(sec -> sec.figures().contains(ReportFigure.MEETINGS)).findFirst().orElseThrow().figures();
        assertThat(numbered.indexOf(ReportFigure.CHART_MEETINGS_PER_MONTH)).isEqualTo(numbered.indexOf(ReportFigure.MEETINGS) + 1);
    }
}
