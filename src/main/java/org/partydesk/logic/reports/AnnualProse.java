package org.partydesk.logic.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

import org.partydesk.logic.Terms;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.DuesFigures;
import org.partydesk.model.Completion;
import org.partydesk.model.ListStats;
import org.partydesk.model.MemberLifeStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Rating;
import org.partydesk.model.RecipientKind;
import org.partydesk.model.ReportFigure;
import org.partydesk.model.YearStats;

/**
 * The items of the annual summary written from the data: for each figure a paragraph that opens with a bold
 * topic sentence and names what was done (themes, lecturers, units, honours), compares the headline figure
 * with the year before when that year has data, and keeps shortcomings (red and yellow flags, leave without
 * a make-up session, secretaries without a 党课, overdue responsibility items) for {@link ReportFigure#SHORTCOMINGS}
 * and the plans that answer them for {@link ReportFigure#NEXT_STEPS}. Every sentence pattern is the
 * project's own; numbers are Arabic, percentages have one decimal.
 */
public final class AnnualProse {
    private static final int EXAMPLES = 3;
    private static final int THEMES = 4;
    private static final int NAMED = 6;

    private final YearFacts f;
    private final YearStats s;
    private final YearStats p;

    /** The words for the bureau's own line of work. */
    private final BureauWork work;

    /** The prose of a bureau whose work is named in general words ({@link BureauWork#GENERAL}). */
    public AnnualProse(YearFacts facts) {
        this(facts, BureauWork.GENERAL);
    }

    public AnnualProse(YearFacts facts, BureauWork work) {
        this.f = facts;
        this.s = facts.stats();
        this.p = facts.previous();
        this.work = work;
    }

    /** The paragraphs of a figure (empty when its data is empty or it is a chart). */
    public List<ReportDocument.Paragraph> paragraphs(ReportFigure figure) {
        return switch (figure) {
            case MEMBERS -> one("党员队伍稳中有进。", members());
            case MEETINGS -> one("组织生活严格规范。", meetings());
            case ATTENDANCE -> one("党员参会保持高位。", attendance());
            case RATINGS -> one("红黄旗评定促进比学赶超。", ratings());
            case STUDY -> one("中心组学习发挥示范作用。", study());
            case PARTY_LESSONS -> one("书记带头讲好党课。", lessons());
            case TAGS -> s.tags().values().stream().anyMatch(n -> n > 0) ? one("特色学习品牌持续打响。", tags())
                    : one("支部学习紧扣理论前沿。", branchStudy());
            case ACTIVITIES -> one("主题党日内容常办常新。", themedDays());
            case VOLUNTEERING -> one(serviceTopic(), volunteering());
            case RESPONSIBILITIES -> one("管党治党责任逐级落实。", responsibilities());
            case RESPONSIBILITY_PROGRESS -> one("清单事项按节点推进。", progress());
            case COMMENDATIONS_BY_TITLE -> one(monthlySelection() ? "作风评比月月有比拼。" : "身边典型评选常态开展。", ownSelections());
            case COMMENDATIONS_BY_LEVEL -> honours(null);
            case SHORTCOMINGS -> shortcomings();
            case NEXT_STEPS -> nextSteps();
            default -> List.of();
        };
    }

    /**
     * The honours received from above with the roll of the titles {@code rollTitles} in prose (all of them when
     * null, none when empty).
     */
    public List<ReportDocument.Paragraph> honours(List<String> rollTitles) {
        long honoured = f.commendations().stream().filter(c -> c.level() != CommendationLevel.BUREAU)
                .mapToLong(c -> Math.max(1, c.recipients().size())).sum();
        return one(honoured >= 3 ? "先进典型竞相涌现。" : "争先创优获得上级肯定。", honoursFromAbove(rollTitles));
    }

    /** Whether a bureau-level honour was given in ten months of the year or more (a 月度 selection kept up). */
    private boolean monthlySelection() {
        Map<String, Set<Integer>> months = new HashMap<>();
        f.commendations().stream().filter(c -> c.level() == CommendationLevel.BUREAU && c.awardedOn() != null)
                .forEach(c -> months.computeIfAbsent(c.title(), k -> new HashSet<>()).add(c.awardedOn().getMonthValue()));
        return months.values().stream().anyMatch(m -> m.size() >= 10);
    }

    private static List<ReportDocument.Paragraph> one(String topic, String text) {
        return text.isEmpty() ? List.of() : List.of(new ReportDocument.Paragraph(topic, text));
    }

    // ---- year over year ------------------------------------------------------------------------------

    /** "，比上年增加12名" / "，比上年减少3名" / "，与上年持平"; empty without a year before. */
    private String versus(int now, Integer before, String unit) {
        if (p == null || before == null) {
            return "";
        }
        int d = now - before;
        if (d == 0) {
            return "，与上年持平";
        }
        return d > 0 ? "，比上年增加" + d + unit : "，比上年减少" + (-d) + unit;
    }

    /** {@link #versus}, left out also when the year before had none of it ({@code before} null or 0). */
    private String versusAny(int now, Integer before, String unit) {
        return before == null || before == 0 ? "" : versus(now, before, unit);
    }

    /** "，较上年提高1.8个百分点"; empty without a year before or when the year before has no rate. */
    private String versusRate(double now, OptionalDouble before) {
        if (p == null || before.isEmpty()) {
            return "";
        }
        double d = Math.round((now - before.getAsDouble()) * 1000) / 10.0;
        if (d == 0) {
            return "，与上年基本持平";
        }
        return (d > 0 ? "，较上年提高" : "，较上年下降") + String.format(Locale.ROOT, "%.1f", Math.abs(d)) + "个百分点";
    }

    private String asOf() {
        return f.yearOver() ? "截至" + s.year() + "年底" : "截至" + ChineseText.fullDate(s.asOf());
    }

    /** "全年" for a finished year, "今年以来" while it runs. */
    private String inYear() {
        return f.yearOver() ? "全年" : "今年以来";
    }

    // ---- figures -------------------------------------------------------------------------------------

    private String members() {
        YearStats.Members m = s.members();
        if (m.total() == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(asOf()).append("，在册党员").append(m.total()).append("名")
                .append(versus(m.total(), p == null || p.members().total() == 0 ? null : p.members().total(), "名"));
        if (m.probationary() > 0 && m.full() > 0) {
            b.append("，其中正式党员").append(m.full()).append("名、预备党员").append(m.probationary()).append("名");
        }
        int branches = (int) m.byBranch().values().stream().filter(n -> n > 0).count();
        if (branches > 0) {
            b.append("，编入").append(branches).append("个党支部参加组织生活");
        }
        b.append("。");
        MemberLifeStats life = f.life().now();
        MemberLifeStats.Recruitment before = f.life().before() == null ? null : f.life().before().recruitment();
        List<String> growth = new ArrayList<>();
        if (life != null) {
            MemberLifeStats.Recruitment r = life.recruitment();
            if (r.applicants() > 0) {
                growth.add("收到入党申请" + r.applicants() + "份"
                        + versusAny(r.applicants(), before == null ? null : before.applicants(), "份"));
            }
            List<String> trained = new ArrayList<>();
            if (r.activists() > 0) {
                trained.add("确定入党积极分子" + r.activists() + "名");
            }
            if (r.candidates() > 0) {
                trained.add("发展对象" + r.candidates() + "名");
            }
            if (!trained.isEmpty()) {
                growth.add(ChineseText.join(trained));
            }
        }
        if (f.newMembers() > 0) {
            growth.add("接收预备党员" + f.newMembers() + "名"
                    + versusAny(f.newMembers(), before == null ? null : before.admitted(), "名"));
        }
        if (f.becameFull() > 0) {
            growth.add(f.becameFull() + "名预备党员按期转正");
        }
        if (!growth.isEmpty()) {
            b.append("坚持把政治标准放在首位发展党员，").append(inYear()).append(String.join("，", growth)).append("。");
        }
        if (life != null && (life.transfersIn() > 0 || life.transfersOut() > 0)) {
            List<String> moves = new ArrayList<>();
            if (life.transfersIn() > 0) {
                moves.add("转入" + life.transfersIn() + "名");
            }
            if (life.transfersOut() > 0) {
                moves.add("转出" + life.transfersOut() + "名");
            }
            MemberLifeStats was = f.life().before();
            int moved = life.transfersIn() + life.transfersOut();
            String versus = versusAny(moved, was == null ? null : was.transfersIn() + was.transfersOut(), "名");
            b.append("党员组织关系随人走，").append(inYear()).append("办理组织关系").append(String.join("、", moves))
                    .append(versus.isEmpty() ? "" : "，转接人数" + versus.substring(1))
                    .append("，介绍信和回执逐一登记备查。");
        }
        b.append(dues());
        return b.toString();
    }

    /**
     * 党费: what was due and paid in the year and the 收缴率, compared with the year before when it kept dues ("" without
     * dues). The members behind are a shortcoming, not said here.
     */
    private String dues() {
        DuesFigures d = f.dues();
        if (d == null || d.due().signum() == 0) {
            return "";
        }
        DuesFigures was = f.duesBefore();
        OptionalDouble before = was == null || was.due().signum() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(was.rate().doubleValue());
        double rate = d.rate().doubleValue();
        // praise only a rate that earns it; the branches without dues records are said, not left to be guessed
        StringBuilder b = new StringBuilder(rate >= DUES_PRAISED ? "党员按月交纳党费的意识普遍较强，" : "党费收缴方面，");
        YearFacts.DuesScope scope = f.duesScope();
        if (duesUnrecorded() > 0) {
            b.append("已登记党费的").append(scope.branches()).append("个党支部").append(scope.members()).append("名党员")
                    .append(duesSpan());
        } else {
            b.append(duesSpanOpening());
        }
        b.append("应收党费").append(yuan(d.due())).append("元，实收").append(yuan(d.paid())).append("元，收缴率")
                .append(ChineseText.percent(rate)).append(versusRate(rate, before)).append("。");
        if (duesUnrecorded() > 0) {
            b.append("其余").append(duesUnrecorded()).append("个党支部尚未登记党费，不在上述统计之内。");
        }
        return b.toString();
    }

    /** The 收缴率 from which the dues are praised; below {@link #DUES_SHORT} they are a shortcoming. */
    private static final double DUES_PRAISED = 0.95;
    private static final double DUES_SHORT = 0.90;

    /** The months the dues cover: "全年" of a year over, "截至11月" while it runs ({@link #inYear} without a scope). */
    private String duesSpan() {
        YearFacts.DuesScope scope = f.duesScope();
        if (scope == null || scope.through() == null) {
            return inYear();
        }
        return f.yearOver() ? "全年" : "截至" + scope.through().getMonthValue() + "月";
    }

    /** {@link #duesSpan} opening a sentence: "截至11月，" with its comma, "全年" without. */
    private String duesSpanOpening() {
        String span = duesSpan();
        return span.startsWith("截至") ? span + "，" : span;
    }

    /** How many 党支部 have no dues recorded in the months counted, when some have (0 otherwise). */
    private int duesUnrecorded() {
        YearFacts.DuesScope scope = f.duesScope();
        return scope == null || scope.branches() == 0 ? 0 : Math.max(0, scope.allBranches() - scope.branches());
    }

    /** An amount in 元 with two decimals: "1234.50". */
    static String yuan(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static int threeMeetingsOneLesson(YearStats y) {
        return threeMeetingsOneLesson(y.meetings());
    }

    /** 支部党员大会, 支部委员会, 党小组会 and 党课 of a count per type. */
    private static int threeMeetingsOneLesson(Map<MeetingType, Integer> byType) {
        return byType.getOrDefault(MeetingType.BRANCH_ASSEMBLY, 0) + byType.getOrDefault(MeetingType.BRANCH_COMMITTEE, 0)
                + byType.getOrDefault(MeetingType.CELL_MEETING, 0) + byType.getOrDefault(MeetingType.PARTY_LESSON, 0);
    }

    private String meetings() {
        List<String> parts = new ArrayList<>();
        for (MeetingType t : List.of(MeetingType.BRANCH_COMMITTEE, MeetingType.BRANCH_ASSEMBLY, MeetingType.CELL_MEETING,
                MeetingType.PARTY_LESSON)) {
            if (s.meetingsOf(t) > 0) {
                parts.add(Terms.label(t) + s.meetingsOf(t) + "次");
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        int sum = threeMeetingsOneLesson(s);
        StringBuilder b = new StringBuilder("各党支部把“三会一课”作为经常性工作抓在手上，").append(inYear()).append("召开")
                // a meeting of two kinds (党员大会暨党课) is counted under each: a sum by kind, not of meetings
                .append(ChineseText.join(parts)).append(parts.size() > 1 ? "，“三会一课”各类累计" + sum + "次" : "")
                .append(versus(sum, p == null || threeMeetingsOneLesson(p) == 0 ? null : threeMeetingsOneLesson(p), "次"))
                .append("。");
        List<String> yearly = new ArrayList<>();
        for (MeetingType t : List.of(MeetingType.ORGANIZATIONAL_LIFE_MEETING, MeetingType.MEMBER_APPRAISAL,
                MeetingType.DEMOCRATIC_LIFE_MEETING)) {
            if (s.meetingsOf(t) > 0) {
                yearly.add(Terms.label(t) + s.meetingsOf(t) + "次");
            }
        }
        int[] range = branchRange();
        if (range != null) {
            b.append("从各党支部看，“三会一课”").append(range[0] == range[1] ? "每个支部都召开了" + range[0] + "次"
                    : range[0] > 0 ? "开得多的支部达到" + range[1] + "次，少的也有" + range[0] + "次"
                    : "开得多的支部达到" + range[1] + "次，但仍有" + range[2] + "个支部全年没有召开").append("。");
        }
        if (!yearly.isEmpty()) {
            b.append("年度集中活动同步跟进，开好").append(ChineseText.join(yearly))
                    .append("，批评和自我批评的氛围更加浓厚。");
        }
        b.append(appraisal());
        return b.toString();
    }

    /** The fewest and the most 三会一课 of a branch that held any, or null with fewer than two such branches. */
    /**
     * The fewest and the most 三会一课 of one branch in the year, and how many branches held none (every branch on the
     * roster is in {@link YearStats#meetingsByBranch}, with no types when it met not once); null with fewer than two
     * branches, or when none met.
     */
    private int[] branchRange() {
        List<Integer> sums = new ArrayList<>();
        for (Map<MeetingType, Integer> m : s.meetingsByBranch().values()) {
            sums.add(threeMeetingsOneLesson(m));
        }
        if (sums.size() < 2 || java.util.Collections.max(sums) == 0) {
            return null;
        }
        return new int[] {java.util.Collections.min(sums), java.util.Collections.max(sums),
                (int) sums.stream().filter(n -> n == 0).count()};
    }

    /** The 民主评议 results of the year as praise: 优秀 and 合格 (the lower results are written among the shortcomings). */
    private String appraisal() {
        MemberLifeStats life = f.life().now();
        if (life == null) {
            return "";
        }
        int excellent = life.appraisal().get(AppraisalResult.EXCELLENT);
        int qualified = life.appraisal().get(AppraisalResult.QUALIFIED);
        int lower = life.appraisal().get(AppraisalResult.BASICALLY_QUALIFIED) + life.appraisal().get(AppraisalResult.UNQUALIFIED);
        if (excellent + qualified == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("民主评议党员中，");
        List<String> parts = new ArrayList<>();
        if (excellent > 0) {
            MemberLifeStats before = f.life().before();
            parts.add(excellent + "名党员评为优秀"
                    + versusAny(excellent, before == null ? null : before.appraisal().get(AppraisalResult.EXCELLENT), "名"));
        }
        if (qualified > 0) {
            parts.add(qualified + "名评为合格");
        }
        b.append(String.join("，", parts));
        if (lower == 0) {
            b.append("，参评党员全部达到合格以上");
        }
        return b.append("。").toString();
    }

    private String attendance() {
        YearStats.Attendance a = s.attendance();
        if (a.expected() == 0 || a.present() == 0) {
            return "";
        }
        OptionalDouble before = p == null || p.attendance().expected() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(p.attendance().rate());
        StringBuilder b = new StringBuilder("严格会议考勤，").append(inYear()).append("应参会")
                .append(a.expected()).append("人次，实际参会").append(a.present()).append("人次，参会率达到")
                .append(ChineseText.percent(a.rate())).append(versusRate(a.rate(), before)).append("。");
        if (a.onLeave() > 0) {
            b.append("请假").append(a.onLeave()).append("人次").append(a.absent() > 0 ? "、缺席" + a.absent() + "人次" : "")
                    .append("。");
        }
        return b.toString();
    }

    private String ratings() {
        int total = f.ratings().values().stream().mapToInt(Integer::intValue).sum();
        int green = f.ratings().getOrDefault(Rating.GREEN, 0);
        if (total == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("对照组织生活的次数要求，按季度对").append(total).append("个党组织开展红黄旗评定");
        YearFacts.RatedUnits u = f.units();
        if (u != null && u.total() == total && (u.temporary() > 0 || u.leadingGroup() > 0)) {
            List<String> kinds = new ArrayList<>();
            kinds.add(u.branches() + "个党支部");
            if (u.temporary() > 0) {
                kinds.add(u.temporary() + "个临时党支部");
            }
            if (u.leadingGroup() > 0) {
                kinds.add("局党组");
            }
            b.append("（参评的有").append(ChineseText.join(kinds)).append("）");
        }
        b.append("。").append(quarterResults());
        b.append(f.yearOver() ? "年度评定中，" : "截至" + ChineseText.monthDay(s.asOf()) + "的年度评定中，");
        if (green == total) {
            b.append(total > 1 ? "参评的" + total + "个党组织全部为绿旗" : "参评的党组织为绿旗");
        } else {
            List<String> colours = new ArrayList<>();
            for (Rating r : List.of(Rating.GREEN, Rating.YELLOW, Rating.RED)) {
                int n = f.ratings().getOrDefault(r, 0);
                if (n > 0) {
                    colours.add(n + "个党组织为" + Terms.label(r)
                            + (r == Rating.GREEN ? "，占参评总数的" + ChineseText.percent((double) n / total) : ""));
                }
            }
            b.append(String.join("，", colours));
        }
        b.append(green > 0 ? "，评定结果按季度通报，先进支部的做法在全局交流推广。" : "，原因在“存在的不足”中分析。");
        List<String> elected = f.life().elected();
        if (!elected.isEmpty()) {
            b.append("支部班子建设同步加强，").append(counted(elected, "个党组织")).append("按程序完成换届选举，选出新一届委员会。");
        }
        return b.toString();
    }

    /**
     * Each quarter's 红黄旗 in one sentence ("第一季度4个党组织均为绿旗，第三季度2个绿旗、1个黄旗、1个红旗，第四季度（截至12月7日）
     * 3个绿旗、1个黄旗。"); the quarter still running says up to when. "" without quarters.
     */
    private String quarterResults() {
        List<String> said = new ArrayList<>();
        for (int q = 1; q <= f.quarters().size(); q++) {
            Map<Rating, Integer> m = f.quarters().get(q - 1);
            int n = m.values().stream().mapToInt(Integer::intValue).sum();
            if (n == 0) {
                continue;
            }
            java.time.LocalDate end = java.time.YearMonth.of(s.year(), 3 * q).atEndOfMonth();
            String quarter = "第" + ChineseText.chineseNumber(q) + "季度"
                    + (s.asOf().isBefore(end) ? "（截至" + ChineseText.monthDay(s.asOf()) + "）" : "");
            java.util.Optional<Rating> one = m.entrySet().stream().filter(e -> e.getValue() == n).map(Map.Entry::getKey).findFirst();
            if (one.isPresent()) {
                said.add(quarter + (n > 1 ? n + "个党组织均为" : "为") + Terms.label(one.get()));
                continue;
            }
            List<String> colours = new ArrayList<>();
            for (Rating r : List.of(Rating.GREEN, Rating.YELLOW, Rating.RED)) {
                if (m.getOrDefault(r, 0) > 0) {
                    colours.add(m.get(r) + "个" + Terms.label(r));
                }
            }
            said.add(quarter + String.join("、", colours));
        }
        return said.isEmpty() ? "" : "分季度看，" + String.join("，", said) + "。";
    }

    private String study() {
        if (f.studies().isEmpty()) {
            return "";
        }
        int n = f.studies().size();
        Integer before = p == null ? null : p.meetingsOf(MeetingType.CENTRAL_GROUP_STUDY);
        StringBuilder b = new StringBuilder("局党组理论学习中心组").append(inYear()).append("集中学习").append(n).append("次")
                .append(versus(n, before == null || before == 0 ? null : before, "次")).append("，");
        List<String> themes = distinctThemes(f.studies(), THEMES);
        b.append("先后以").append(ChineseText.join(themes.stream().map(ChineseText::themeQuoted).toList()))
                .append("为题交流研讨，班子成员结合分管工作谈体会、提措施，带动各支部跟进学、深入学。");
        return b.toString();
    }

    private String lessons() {
        int n = s.meetingsOf(MeetingType.PARTY_LESSON);
        if (n == 0) {
            return "";
        }
        Integer before = p == null ? null : p.meetingsOf(MeetingType.PARTY_LESSON);
        StringBuilder b = new StringBuilder(inYear()).append("各党支部讲授党课").append(n).append("次")
                .append(versus(n, before == null || before == 0 ? null : before, "次"));
        if (f.secretaryLessons() > 0) {
            b.append("，其中支部书记亲自登台").append(f.secretaryLessons()).append("次");
            if (f.lessonBranches() > 0) {
                b.append("，覆盖").append(f.lessonBranches()).append("个党支部");
            }
        }
        b.append("。");
        List<String> examples = new ArrayList<>();
        // examples of what was taught: lessons with a title of their own, not a meeting's name ("9月党员大会暨党课")
        for (YearFacts.Activity a : pick(f.lessons(), x -> x.lecturer() != null && !x.lecturer().isBlank() && !meetingName(x.theme()))) {
            examples.add(ChineseText.monthDay(a.on()) + "，" + a.lecturer() + "同志在" + a.unit() + "以"
                    + ChineseText.themeQuoted(a.theme()) + "为题讲授党课");
        }
        if (!examples.isEmpty()) {
            b.append("讲课内容贴近岗位实际，比如").append(String.join("；", examples)).append("。");
        }
        return b.toString();
    }

    /** What a meeting's generic name is made of: a month or quarter, the kinds of meeting and the words that join them. */
    private static final java.util.regex.Pattern MEETING_NAME = java.util.regex.Pattern.compile(
            "(?:\\d{4}年)?(?:[0-9一二三四五六七八九十]{1,3}月份?|第[一二三四1-4]季度)?(?:的)?"
                    + "(?:(?:支部)?党员大会|支部大会|支委会|支部委员会(?:会议)?|党小组会|党课|主题党日|组织生活会|民主评议党员|会议|[暨和及、与]|\\s)+");

    /** Whether a theme is only a meeting's generic name ("9月党员大会暨党课", "第三季度党课"), no lecture's title. */
    static boolean meetingName(String theme) {
        return theme == null || theme.isBlank() || MEETING_NAME.matcher(theme.strip()).matches();
    }

    private String tags() {
        List<String> items = new ArrayList<>();
        s.tags().entrySet().stream().filter(e -> e.getValue() > 0).limit(THEMES).forEach(e -> items.add(tagClause(e.getKey(), e.getValue())));
        return items.isEmpty() ? "" : "结合" + work.task() + "中心工作打造学习品牌，" + inYear() + ChineseText.join(items) + "，把学习成果转化为推动工作的具体举措。";
    }

    /** Without tags: the 主题党日 and 党课 given to study (学习, 研讨, 读书), how many and on what. */
    private String branchStudy() {
        // a 主题党日 that was also a 党课 is one activity
        List<YearFacts.Activity> study = java.util.stream.Stream.concat(f.themedDays().stream(), f.lessons().stream())
                .filter(a -> isStudy(a.theme())).distinct().toList();
        if (study.isEmpty()) {
            return "";
        }
        List<String> themes = distinctThemes(study, THEMES);
        return "各党支部把理论学习融入主题党日和党课，" + inYear() + "以学习研讨为内容的有" + study.size() + "次，先后围绕"
                + ChineseText.join(themes.stream().map(ChineseText::themeQuoted).toList())
                + "组织党员读原文、谈体会，学习情况记入会议记录，做到每次活动有主题、有发言、有记录。";
    }

    /** Whether a 主题党日 or 党课 theme is study (学习, 研讨, 读书). */
    public static boolean isStudy(String theme) {
        return theme != null && (theme.contains("学习") || theme.contains("研讨") || theme.contains("读书"));
    }

    /** A tag with the noun its events take: a lecture series is held (举办……期), a theme is studied (……学习研讨N次). */
    static String tagClause(String tag, int n) {
        String q = ChineseText.quoted(tag);
        if (tag.endsWith("讲堂") || tag.endsWith("讲座") || tag.endsWith("论坛") || tag.endsWith("课堂")) {
            return "举办" + q + n + "期";
        }
        if (tag.endsWith("活动") || tag.endsWith("竞赛") || tag.endsWith("比赛")) {
            return "开展" + q + n + "次";
        }
        return "围绕" + q + "组织学习研讨" + n + "次";
    }

    private String themedDays() {
        int n = s.meetingsOf(MeetingType.THEMED_PARTY_DAY);
        if (n == 0) {
            return "";
        }
        Integer before = p == null ? null : p.meetingsOf(MeetingType.THEMED_PARTY_DAY);
        // 每月 only when there were as many as a month each for every branch rated
        boolean monthly = f.units().total() > 0 && n >= 12 * f.units().total();
        StringBuilder b = new StringBuilder(monthly ? "各党支部坚持每月固定开展主题党日，" : "各党支部结合工作实际开展主题党日，")
                .append(inYear()).append("共组织").append(n).append("次")
                .append(versus(n, before == null || before == 0 ? null : before, "次")).append("。");
        List<String> themes = distinctThemes(f.themedDays(), THEMES);
        if (!themes.isEmpty()) {
            // "较多的有" only of themes several branches or months chose; otherwise they are examples
            b.append("活动主题由支部结合业务自主确定，").append(repeated(f.themedDays(), themes.get(0)) ? "较多的有" : "如")
                    .append(ChineseText.join(themes.stream().map(ChineseText::themeQuoted).toList())).append("等。");
        }
        List<String> examples = new ArrayList<>();
        for (YearFacts.Activity a : pick(f.themedDays(), x -> true)) {
            examples.add(ChineseText.monthDay(a.on()) + "，" + a.unit() + "围绕" + ChineseText.themeQuoted(a.theme()) + "组织党员开展活动");
        }
        if (!examples.isEmpty()) {
            b.append(String.join("；", examples)).append("。");
        }
        return b.toString();
    }

    private String volunteering() {
        long service = f.themedDays().stream().filter(a -> isService(a.theme())).count();
        StringBuilder b = new StringBuilder();
        if (service > 0) {
            b.append("把主题党日开到群众身边，").append(inYear()).append("以志愿服务为内容的主题党日有").append(service).append("次");
            List<String> themes = distinctThemes(f.themedDays().stream().filter(a -> isService(a.theme())).toList(), 2);
            b.append("，如").append(ChineseText.join(themes.stream().map(ChineseText::themeQuoted).toList())).append("。");
        }
        if (f.postedMembers() > 0) {
            b.append("在职党员到社区报到服务常态化，").append(f.postedMembers()).append("名党员下沉到").append(f.communities())
                    .append("个社区，就近参与社区服务。");
        }
        return b.toString();
    }

    /** The topic of the service item: the place its themes name (校园, 社区), else general words. */
    private String serviceTopic() {
        List<String> themes = f.themedDays().stream().map(YearFacts.Activity::theme).filter(AnnualProse::isService).toList();
        boolean schools = themes.stream().anyMatch(t -> t.contains("校园") || t.contains("学校"));
        boolean communities = f.postedMembers() > 0 || themes.stream().anyMatch(t -> t.contains("社区"));
        return schools && communities ? "服务群众走进校园社区。" : schools ? "服务群众走进校园。"
                : communities ? "服务群众落到社区一线。" : "志愿服务贴近群众。";
    }

    /** Whether a 主题党日 theme is volunteer or community service. */
    public static boolean isService(String theme) {
        return theme != null && (theme.contains("志愿") || theme.contains("社区") || theme.contains("双报到")
                || theme.contains("办实事") || theme.contains("服务"));
    }

    private String responsibilities() {
        Map<String, List<ListStats>> byName = new LinkedHashMap<>();
        for (ListStats l : s.responsibilities()) {
            if (l.completion().items() > 0) {
                byName.computeIfAbsent(l.listName(), k -> new ArrayList<>()).add(l);
            }
        }
        if (byName.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        byName.forEach((name, lists) -> {
            int first = lists.get(0).completion().items();
            if (lists.size() == 1) {
                items.add(name + first + "条");
            } else if (lists.stream().allMatch(l -> l.completion().items() == first)) {
                items.add(lists.size() + "份" + name + "各" + first + "条");
            } else {
                items.add(lists.size() + "份" + name + "共" + lists.stream().mapToInt(l -> l.completion().items()).sum() + "条");
            }
        });
        return "年初即把全面从严治党任务分解到人，制定" + ChineseText.join(items)
                + "，每一条都写明责任主体和完成时限，做到谁的事谁来抓、什么时候完成心里有数。";
    }

    /** How many responsibility lists (by name) have items. */
    private long listNames() {
        return s.responsibilities().stream().filter(l -> l.completion().items() > 0).map(ListStats::listName).distinct().count();
    }

    private Completion total() {
        return s.responsibilities().stream().map(ListStats::completion).reduce(Completion.NONE, Completion::plus);
    }

    private String progress() {
        Completion c = total();
        if (c.items() == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("对照时间节点按月调度、按季通报，").append(asOf())
                .append(listNames() > 1 ? "，各清单共有落实措施" : "，清单共有落实措施")
                .append(c.items()).append("项");
        if (c.dueItems() > 0) {
            b.append("，已到节点的").append(c.dueItems()).append("项中按期完成").append(c.doneDueItems()).append("项，按期完成率")
                    .append(ChineseText.percent(c.itemCompletionRate().orElse(0)));
            Completion before = p == null ? Completion.NONE
                    : p.responsibilities().stream().map(ListStats::completion).reduce(Completion.NONE, Completion::plus);
            b.append(versusRate(c.itemCompletionRate().orElse(0), before.itemCompletionRate()));
        }
        int notDue = c.items() - c.dueItems();
        if (notDue > 0) {
            b.append("；另有").append(notDue).append("项尚未到完成时限，正按计划推进");
        }
        return b.append("。已完成的措施都留有纪实材料，做到有据可查。").toString();
    }

    /** The bureau's own regular 评选 (局级): how many rounds (批次) and how many were named (人次 / 个). */
    private String ownSelections() {
        Map<String, int[]> byTitle = new LinkedHashMap<>();
        Map<String, Boolean> collective = new LinkedHashMap<>();
        for (Commendation c : f.commendations()) {
            if (c.level() != CommendationLevel.BUREAU || c.recipients().isEmpty()) {
                continue;
            }
            int[] n = byTitle.computeIfAbsent(c.title(), k -> new int[2]);
            n[0]++;
            n[1] += c.recipients().size();
            collective.merge(c.title(), c.recipients().stream().noneMatch(r -> r.kind() == RecipientKind.MEMBER), Boolean::logicalAnd);
        }
        if (byTitle.isEmpty()) {
            return "";
        }
        List<String> rounds = new ArrayList<>();
        List<String> yearly = new ArrayList<>();
        byTitle.forEach((title, n) -> {
            if (n[0] > 1) {
                rounds.add(ChineseText.quoted(title) + "评选" + n[0] + "批次、" + n[1] + (collective.get(title) ? "个次" : "人次"));
            } else {
                List<String> names = names(title);
                yearly.add(n[1] + measureWord(title, collective.get(title)) + ChineseText.quoted(title)
                        + (names.isEmpty() || names.size() > NAMED ? "" : "（" + String.join("、", names) + "）"));
            }
        });
        StringBuilder b = new StringBuilder("局党组坚持以身边典型带动队伍作风");
        if (!rounds.isEmpty()) {
            b.append("，").append(inYear()).append("完成").append(ChineseText.join(rounds));
        }
        if (!yearly.isEmpty()) {
            b.append("，年内还评选").append(ChineseText.join(yearly));
        }
        return b.append("，获评情况在局内公示，以点带面激发干事热情。").toString();
    }

    /** The recipients of the bureau's honour {@code title} in the year, by name, each once; empty if one has none. */
    private List<String> names(String title) {
        List<String> out = new ArrayList<>();
        for (Commendation c : f.commendations()) {
            if (c.level() == CommendationLevel.BUREAU && c.title().equals(title)) {
                for (Commendation.Recipient r : c.recipients()) {
                    if (r.displayName() == null || r.displayName().isBlank()) {
                        return List.of();
                    }
                    if (!out.contains(r.displayName())) {
                        out.add(r.displayName());
                    }
                }
            }
        }
        return out;
    }

    /** Measure word of a title: 个 for a collective or a post (岗, 号), 项 for a project, 名 for a person. */
    static String measureWord(String title, boolean collective) {
        if (title.endsWith("项目")) {
            return "项";
        }
        return collective || title.endsWith("岗") || title.endsWith("号") ? "个" : "名";
    }

    /** Honours received from above (municipal level and higher): rounds (批次) and recipients (人次 / 个次), per level. */
    private String honoursFromAbove(List<String> rollTitles) {
        List<Commendation> above = f.commendations().stream().filter(c -> c.level() != CommendationLevel.BUREAU).toList();
        if (above.isEmpty()) {
            return "";
        }
        int people = 0;
        int groups = 0;
        // a 批次 is one decision: the titles one document gives are one batch
        Map<CommendationLevel, Set<String>> batches = new java.util.EnumMap<>(CommendationLevel.class);
        for (int i = 0; i < above.size(); i++) {
            Commendation c = above.get(i);
            batches.computeIfAbsent(c.level(), k -> new HashSet<>()).add(batch(c, i));
            for (Commendation.Recipient r : c.recipients()) {
                if (r.kind() == RecipientKind.MEMBER) {
                    people++;
                } else {
                    groups++;
                }
            }
        }
        int batchCount = batches.values().stream().mapToInt(Set::size).sum();
        StringBuilder b = new StringBuilder(inYear()).append("获得上级表彰").append(batchCount).append("批次");
        List<String> who = new ArrayList<>();
        if (people > 0) {
            who.add(people + "人次");
        }
        if (groups > 0) {
            who.add(groups + "个集体");
        }
        if (!who.isEmpty()) {
            b.append("，受表彰的有").append(ChineseText.join(who));
        }
        List<String> levels = new ArrayList<>();
        for (CommendationLevel l : CommendationLevel.values()) {
            if (batches.containsKey(l)) {
                levels.add(Terms.label(l) + batches.get(l).size() + "批次");
            }
        }
        if (levels.size() > 1) {
            b.append("（").append(String.join("、", levels)).append("）");
        }
        if (p != null) {
            // recipients of honours above the bureau's own, this year against the year before
            int beforeAbove = p.commendations().byLevel().entrySet().stream()
                    .filter(e -> e.getKey() != CommendationLevel.BUREAU).mapToInt(Map.Entry::getValue).sum();
            int nowAbove = s.commendations().byLevel().entrySet().stream()
                    .filter(e -> e.getKey() != CommendationLevel.BUREAU).mapToInt(Map.Entry::getValue).sum();
            if (beforeAbove > 0) {
                b.append(versus(nowAbove, beforeAbove, "人（个）次"));
            }
        }
        b.append("。");
        List<Commendation> sorted = above.stream().filter(c -> rollTitles == null || rollTitles.contains(c.title()))
                .sorted(Comparator.comparing(Commendation::level).thenComparing(Commendation::awardedOn)).toList();
        String roll = HonourRoll.prose(sorted);
        if (!roll.isEmpty()) {
            b.append(roll);
        }
        return b.toString();
    }

    /**
     * The batch an honour was given in: its document number (临直工〔2026〕15号 with three titles is one batch), else the
     * honour itself (the {@code index}-th of the list), as {@code DashboardQueries.honoursByLevel} counts them.
     */
    private static String batch(Commendation c, int index) {
        if (c.documentNumber() != null && !c.documentNumber().isBlank()) {
            return "文" + c.documentNumber().strip();
        }
        return "项" + index;
    }

    // ---- shortcomings and plans ----------------------------------------------------------------------

    /**
     * What the flagged units missed: each unit's meetings when there are a few ("，其中退休干部党支部少开了支部委员会和主题党日，
     * 机关第二党支部少开了主题党日"), else the kinds most units missed with how many missed each.
     */
    private static String shortOf(List<YearFacts.RatedUnit> flagged) {
        List<YearFacts.RatedUnit> saying = flagged.stream().filter(u -> !u.shortOf().isEmpty()).toList();
        if (saying.isEmpty()) {
            return "";
        }
        // every unit's reasons, units that missed the same kinds together, while they can be named
        if (saying.size() <= NAMED) {
            Map<List<String>, List<String>> byKinds = new LinkedHashMap<>();
            saying.forEach(u -> byKinds.computeIfAbsent(u.shortOf(), k -> new ArrayList<>()).add(u.unit()));
            List<String> clauses = new ArrayList<>();
            byKinds.forEach((kinds, units) -> clauses.add(ChineseText.join(units) + "少开了" + ChineseText.join(kinds)));
            return "，其中" + String.join("，", clauses);
        }
        // else every kind with how many units missed it, most first (ties in the order the kinds were first met)
        Map<String, Integer> units = new LinkedHashMap<>();
        saying.forEach(u -> u.shortOf().forEach(t -> units.merge(t, 1, Integer::sum)));
        List<String> all = units.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + "（" + e.getValue() + "个党组织）").toList();
        return "，涉及" + ChineseText.join(all) + "未按规定次数召开";
    }

    private List<ReportDocument.Paragraph> shortcomings() {
        List<ReportDocument.Paragraph> out = new ArrayList<>();
        String organisation = organisation();
        String more = organisation + duesBehind();
        List<YearFacts.RatedUnit> red = f.flagged().stream().filter(u -> u.rating() == Rating.RED).toList();
        List<YearFacts.RatedUnit> yellow = f.flagged().stream().filter(u -> u.rating() == Rating.YELLOW).toList();
        if (!red.isEmpty() || !yellow.isEmpty()) {
            StringBuilder b = new StringBuilder(f.yearOver() ? "年度红黄旗评定中，"
                    : "截至" + ChineseText.monthDay(s.asOf()) + "的年度红黄旗评定中，");
            List<String> parts = new ArrayList<>();
            if (!red.isEmpty()) {
                parts.add(some(red.stream().map(YearFacts.RatedUnit::unit).toList(), "个党组织") + "被评为红旗");
            }
            if (!yellow.isEmpty()) {
                parts.add(some(yellow.stream().map(YearFacts.RatedUnit::unit).toList(), "个党组织") + "被评为黄旗");
            }
            b.append(String.join("，", parts));
            b.append(shortOf(f.flagged()));
            // 少数 only where it is so: when half the units rated or more were flagged, 一些
            int short_ = red.size() + yellow.size();
            String few = short_ >= f.units().total() ? "各" : 2 * short_ < f.units().total() ? "少数" : "一些";
            out.add(new ReportDocument.Paragraph(more.isEmpty() ? few + "党组织的组织生活还不够经常。"
                    : organisation.isEmpty() ? few + "党组织的组织生活和党员日常管理还不够规范。"
                    : few + "党组织的组织生活和班子建设还不够规范。", b.append("。").append(more).toString()));
        } else if (!more.isEmpty()) {
            out.add(new ReportDocument.Paragraph(organisation.isEmpty() ? "党员日常管理还有薄弱环节。" : "基层组织建设还有薄弱环节。",
                    more));
        }
        // members absent six months running and leave without make-up are one matter: taking part in party life
        List<String> away = f.life().longAbsent();
        String leaveText = f.leaveWithoutMakeUp() == 0 ? "" : inYear() + "有" + f.leaveWithoutMakeUp()
                + "人次请假后没有补课记录，个别支部对请假党员的跟踪提醒不够及时。";
        String awayText = away.isEmpty() ? "" : (leaveText.isEmpty() ? inYear() + "有" : "还有") + away.size()
                + "名党员连续六个月没有参加党的组织生活（" + some(away, "名") + "），所在支部的谈心谈话和督促还不到位，"
                + "需要逐人查明原因，按党章和有关规定教育处置。";
        if (!awayText.isEmpty() || !leaveText.isEmpty()) {
            String topic = awayText.isEmpty() ? "请假补学还没有做到全覆盖。"
                    : leaveText.isEmpty() ? (away.size() <= 3 ? "个别" : "部分") + "党员长期游离于组织生活之外。"
                    : "党员参加组织生活的管理还不够严格。";
            out.add(new ReportDocument.Paragraph(topic, leaveText + awayText));
        }
        if (!f.noLessonBranches().isEmpty()) {
            List<String> names = f.noLessonBranches();
            String list = some(names, "个党支部");
            out.add(new ReportDocument.Paragraph("书记讲党课还有空档。", names.size() + "个党支部的书记" + inYear()
                    + "没有亲自讲党课，涉及" + list + "，书记带头讲党课的要求还没有完全落实。"));
        }
        Completion c = total();
        if (c.overdueItems() > 0) {
            StringBuilder b = new StringBuilder(asOf()).append("，仍有").append(c.overdueItems())
                    .append("项落实措施过了时间节点而没有完成记录");
            // with one list, the item before named it: no list to spread over
            if (f.overdueByList().size() > 1) {
                List<String> lists = new ArrayList<>();
                f.overdueByList().forEach((name, n) -> lists.add(name + n + "项"));
                b.append("，分布在").append(ChineseText.join(lists.subList(0, Math.min(4, lists.size()))));
                if (lists.size() > 4) {
                    b.append("等清单");
                }
            }
            b.append("，原因主要是事项完成后纪实材料没有及时录入，也有的工作推进偏慢。");
            out.add(new ReportDocument.Paragraph("部分责任事项没有按期完成。", b.toString()));
        }
        if (out.isEmpty()) {
            out.add(new ReportDocument.Paragraph("工作的精细化程度还有提升空间。",
                    "从本年度的台账看，各项制度执行总体到位，但会议记录的质量和佐证材料的完整性仍参差不齐。"));
        }
        return out;
    }

    /** Overdue 换届 and the members rated below 合格, as shortcomings ("" when none). */
    private String organisation() {
        StringBuilder b = new StringBuilder();
        List<String> overdue = f.life().overdueTerms();
        if (!overdue.isEmpty()) {
            b.append(asOf()).append("，").append(counted(overdue, "个党组织")).append("的委员会任期已满而没有换届，应换未换的问题需要尽快解决。");
        }
        MemberLifeStats life = f.life().now();
        if (life != null) {
            int basic = life.appraisal().get(AppraisalResult.BASICALLY_QUALIFIED);
            int not = life.appraisal().get(AppraisalResult.UNQUALIFIED);
            if (basic + not > 0) {
                List<String> parts = new ArrayList<>();
                if (basic > 0) {
                    parts.add(basic + "名评为基本合格");
                }
                if (not > 0) {
                    parts.add(not + "名评为不合格");
                }
                b.append("民主评议中有").append(String.join("、", parts)).append("，个别党员的先锋作用发挥得还不够。");
            }
        }
        return b.toString();
    }

    /** A 收缴率 below {@link #DUES_SHORT} and the members six months and more behind, as a shortcoming ("" when neither). */
    private String duesBehind() {
        DuesFigures d = f.dues();
        if (d == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (d.due().signum() > 0 && d.rate().doubleValue() < DUES_SHORT) {
            b.append(duesSpanOpening()).append("党费收缴率只有").append(ChineseText.percent(d.rate().doubleValue())).append("，还有")
                    .append(yuan(d.due().subtract(d.paid()))).append("元没有收缴到位");
            if (duesUnrecorded() > 0) {
                b.append("，").append(duesUnrecorded()).append("个党支部还没有登记党费");
            }
            b.append("，按月收缴、按时登记的要求落实得不够好。");
        }
        if (d.behind6() > 0) {
            b.append(asOf()).append("，有").append(d.behind6()).append("名党员已连续6个月以上没有交纳党费，所在支部的提醒和催缴跟得不紧，")
                    .append("需要逐人了解原因、限期补交。");
        }
        return b.toString();
    }

    private List<ReportDocument.Paragraph> nextSteps() {
        int next = s.year() + 1;
        List<ReportDocument.Paragraph> out = new ArrayList<>();
        // the 中心组 is named only when its study was recorded
        out.add(new ReportDocument.Paragraph("持续抓好理论武装。", next + "年将"
                + (f.studies().isEmpty() ? "" : "继续发挥理论学习中心组的带头作用，")
                + "把集中学习、支部研讨和个人自学结合起来，让学习成效体现在解决实际问题上。"));
        if (!f.flagged().isEmpty() || f.leaveWithoutMakeUp() > 0) {
            StringBuilder b = new StringBuilder();
            if (!f.flagged().isEmpty()) {
                List<String> colours = new ArrayList<>();
                for (Rating r : List.of(Rating.RED, Rating.YELLOW)) {
                    if (f.flagged().stream().anyMatch(u -> u.rating() == r)) {
                        colours.add(Terms.label(r));
                    }
                }
                b.append("对被评为").append(String.join("、", colours)).append("的").append(f.flagged().size())
                        .append("个党组织逐一约谈书记、跟踪整改，按月核对会议台账");
            }
            if (f.leaveWithoutMakeUp() > 0) {
                b.append(b.length() > 0 ? "；" : "").append("请假党员在下次会议前完成补课并登记补课日期");
            }
            out.add(new ReportDocument.Paragraph("补齐组织生活短板。", b.append("。").toString()));
        }
        List<String> terms = new ArrayList<>(f.life().overdueTerms());
        terms.addAll(f.life().dueTerms());
        if (!terms.isEmpty()) {
            out.add(new ReportDocument.Paragraph("按期做好换届选举。", "对任期已满或即将届满的" + counted(terms, "个党组织")
                    + "列出换届时间表，提前做好候选人酝酿和选举准备，做到按期换届、应换尽换。"));
        }
        if (!f.noLessonBranches().isEmpty()) {
            out.add(new ReportDocument.Paragraph("推动书记讲党课全覆盖。", "把书记讲党课列入支部年度计划，"
                    + "年中检查一次讲课情况，对尚未讲党课的" + f.noLessonBranches().size() + "名党支部书记逐一提醒。"));
        }
        if (total().overdueItems() > 0) {
            out.add(new ReportDocument.Paragraph("盯紧责任清单逾期事项。", "对" + total().overdueItems()
                    + "项逾期措施建立销号台账，明确补办时限，完成一项、纪实一项、销号一项；新一年的清单在时间节点前一周提醒责任人。"));
        }
        if (out.size() < 3) {
            out.add(new ReportDocument.Paragraph("深化党建和业务融合。", "围绕" + work.task() + "重点任务设置党员先锋岗和攻坚项目，"
                    + "让党建工作成效体现在业务工作中。"));
        }
        return out.subList(0, Math.min(4, out.size()));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Names joined, the first {@value #NAMED} of a longer list and how many in all: "甲、乙……等12个党支部". */
    static String some(List<String> names, String counted) {
        return names.size() > NAMED ? String.join("、", names.subList(0, NAMED)) + "等" + names.size() + counted
                : ChineseText.join(names);
    }

    /** A single name as it is; several with how many: "甲和乙2个党组织", "甲、乙……等12个党组织". */
    static String counted(List<String> names, String counted) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.size() > NAMED ? some(names, counted) : ChineseText.join(names) + names.size() + counted;
    }

    /** Up to {@link #EXAMPLES} activities spread over the year (first, middle, last), of different units and themes. */
    private static List<YearFacts.Activity> pick(List<YearFacts.Activity> all, Predicate<YearFacts.Activity> ok) {
        List<YearFacts.Activity> candidates = all.stream().filter(ok).filter(a -> a.theme() != null && !a.theme().isBlank()).toList();
        List<YearFacts.Activity> out = new ArrayList<>();
        if (candidates.isEmpty()) {
            return out;
        }
        int step = Math.max(1, candidates.size() / EXAMPLES);
        for (int i = step / 2; i < candidates.size() && out.size() < EXAMPLES; i += step) {
            YearFacts.Activity a = candidates.get(i);
            if (out.stream().noneMatch(o -> o.unit().equals(a.unit()) || o.theme().equals(a.theme()))) {
                out.add(a);
            }
        }
        return out;
    }

    /** The most frequent themes, most first (then by first appearance). */
    /** Whether {@code theme} is the theme of more than one of {@code all}. */
    private static boolean repeated(List<YearFacts.Activity> all, String theme) {
        return all.stream().filter(a -> a.theme() != null && a.theme().strip().equals(theme)).limit(2).count() > 1;
    }

    private static List<String> distinctThemes(List<YearFacts.Activity> all, int max) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        all.forEach(a -> {
            if (a.theme() != null && !a.theme().isBlank()) {
                counts.merge(a.theme().strip(), 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(max).map(Map.Entry::getKey).toList();
    }
}
