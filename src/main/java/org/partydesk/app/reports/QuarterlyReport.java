package org.partydesk.app.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.org.Organisation;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.logic.Terms;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.reports.ChineseText;
import org.partydesk.logic.reports.DocumentStyle;
import org.partydesk.logic.reports.HonourRoll;
import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.logic.reports.ReportDocument.Block;
import org.partydesk.model.AbsenceRun;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.Commendation;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.DeadlineState;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListProgress;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.RoleHolder;
import org.partydesk.model.Shortfall;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.ComplianceRepository;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * The content of a branch's quarterly report (支部季度报告, 纪实记录 style) for its secretary to print:
 * required against held per meeting type and the 红黄旗 rating, each meeting with 应到/实到 and who was on
 * leave (and made up), who was absent, the responsibility items due in the quarter and their state, the
 * honours of the quarter, and its 党费 when the branch keeps dues.
 */
final class QuarterlyReport {
    private final Workspace ws;
    private final int year;
    private final int quarter;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;

    QuarterlyReport(Workspace ws, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InputRejectedException("季度应为 1 至 4：" + quarter);
        }
        this.ws = ws;
        this.year = year;
        this.quarter = quarter;
        this.from = LocalDate.of(year, 3 * quarter - 2, 1);
        this.to = from.plusMonths(3).minusDays(1);
        this.today = LocalDate.now(ws.database().clock());
    }

    /**
     * The branches that exist today in tree order, each by the name a report takes: its own name, or where
     * several units share it, the name with its parent's in brackets ("机关第一党支部（第二基层党委）").
     */
    static List<String> branchNames(Workspace ws) {
        return Organisation.names(ws, new OrgRepository(ws.database()).all(), u -> u.kind() == OrgKind.BRANCH);
    }

    ReportDocument document(String branchName) {
        List<OrgUnit> units = new OrgRepository(ws.database()).all();
        OrgUnit branch = Organisation.named(ws, branchName, u -> u.kind() == OrgKind.BRANCH, "党支部");
        List<OrgUnit> cells = units.stream().filter(u -> u.kind() == OrgKind.CELL && branch.id().equals(u.parentId())
                && u.activeOn(to.isBefore(today) ? to : today)).toList();
        List<Block> blocks = new ArrayList<>();
        header(blocks, branch);
        BranchCompliance compliance = new ComplianceCheck(ws).rate(year, quarter).stream()
                .filter(b -> b.orgUnitId() == branch.id()).findFirst().orElse(null);
        List<Meeting> meetings = meetings(branch, cells);
        Requirements required = meetingsSection(blocks, branch, cells, compliance, meetings);
        detailSection(blocks, meetings, units);
        absenceSection(blocks, meetings);
        Overdue overdue = responsibilitySection(blocks, branch);
        honourSection(blocks, branch);
        DuesFacts dues = duesSection(blocks, branch);
        problemsAndPlans(blocks, compliance, required, serious(branch), meetings, overdue, dues);
        blocks.add(new ReportDocument.Note("", false));
        blocks.add(new ReportDocument.Note("党支部书记（签字）：　　　　　　", true));
        blocks.add(new ReportDocument.Note("年　　月　　日", true));
        return new ReportDocument(DocumentStyle.RECORD, branch.name() + year + "年第" + ChineseText.chineseNumber(quarter) + "季度工作报告",
                "（" + ChineseText.fullDate(from) + "至" + ChineseText.fullDate(to) + "）", blocks);
    }

    /**
     * A rule whose period is the year, as the report gives it for the quarter: the meetings of its type the rated units
     * (the branch, or its 党小组) held from 1 January to the quarter's end, and whether the year's slot is judged yet
     * ({@link org.partydesk.logic.ComplianceRules}: in the quarter view only in the fourth quarter, once the year has
     * ended) and short.
     */
    private record YearlyRule(MeetingType type, int required, List<LocalDate> heldOn, boolean judged, boolean shortOf) {
        /** Still to be held this year: not enough held so far and the year's slot not yet judged. */
        boolean owed() {
            return !judged && heldOn.size() < required;
        }
    }

    /**
     * A rule of months or of the quarter as the report gives it: the meetings of {@code type} each rated unit (the branch,
     * or each of its 党小组) must hold in a slot, how many they held in the quarter, and, while it runs, how many they still owe in
     * its slots not yet over (this month and those after it; the quarter) and which 党小组 owe them (none for a branch's
     * rule, or all of them).
     */
    private record QuarterRule(MeetingType type, PeriodKind period, int required, int held, int owed, List<String> owingCells) {
        /** The type as the plans name it: the 党小组 that owe it before it when only some of them do. */
        String what() {
            return String.join("、", owingCells) + Terms.label(type);
        }
    }

    /** The requirements of the branch's table: its rules of the year, and those of months or of the quarter. */
    private record Requirements(List<YearlyRule> yearly, List<QuarterRule> quarterly) {
    }

    /** Writes the table of requirements against meetings held; returns the rules as the plans need them. */
    private Requirements meetingsSection(List<Block> blocks, OrgUnit branch, List<OrgUnit> cells, BranchCompliance c,
                                         List<Meeting> meetings) {
        blocks.add(new ReportDocument.Heading(1, "一、", "“三会一课”开展情况"));
        Map<MeetingType, Integer> held = c == null ? Map.of() : c.held();
        Map<MeetingType, List<Shortfall>> shortOf = new EnumMap<>(MeetingType.class);
        if (c != null) {
            c.shortfalls().forEach(s -> shortOf.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s));
        }
        // the year's slot is judged in the fourth quarter once the year is over, as ComplianceRules counts it
        boolean yearJudged = quarter == 4 && today.isAfter(to);
        List<YearlyRule> yearly = new ArrayList<>();
        List<QuarterRule> quarterly = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (ComplianceRule rule : new ComplianceRepository(ws.database()).rules()) {
            if (!rule.active() || (rule.unitKind() != OrgKind.BRANCH && rule.unitKind() != OrgKind.CELL)) {
                continue;
            }
            if (rule.unitKind() == OrgKind.CELL && cells.isEmpty()) {
                continue;
            }
            int units = rule.unitKind() == OrgKind.CELL ? cells.size() : 1;
            List<Shortfall> shorts = shortOf.getOrDefault(rule.meetingType(), List.of());
            if (rule.period() == PeriodKind.YEAR) {
                List<LocalDate> days = heldThisYear(rule.meetingType(), rule.unitKind() == OrgKind.CELL ? cells : List.of(branch));
                YearlyRule y = new YearlyRule(rule.meetingType(), rule.required() * units, days, yearJudged, !shorts.isEmpty());
                yearly.add(y);
                String state = y.shortOf() ? "未达标（全年）"
                        : days.size() >= y.required() ? "达标"
                        : y.owed() ? (days.isEmpty() ? "尚未召开" : "尚差" + (y.required() - days.size()) + "次")
                        : "不考核";
                rows.add(List.of(Terms.label(rule.meetingType()),
                        "全年" + rule.required() + "次" + (units > 1 ? "（" + units + "个党小组各" + rule.required() + "次）" : ""),
                        (yearJudged ? "全年" : "本年") + days.size() + "次"
                                + (days.isEmpty() ? "" : "（" + String.join("、", days.stream().map(ChineseText::monthDay).toList()) + "）"),
                        state));
                continue;
            }
            String required = rule.period() == PeriodKind.MONTH
                    ? "每月" + rule.required() + "次" + (units > 1 ? "（" + units + "个党小组）" : "") + "，本季度" + rule.required() * 3 * units + "次"
                    : "本季度" + rule.required() + "次";
            QuarterRule q = quarterRule(rule, rule.unitKind() == OrgKind.CELL ? cells : List.of(branch), meetings);
            quarterly.add(q);
            String state = !shorts.isEmpty() ? "未达标（" + slots(shorts) + "）"
                    : q.owed() == 0 ? "达标"
                    : q.held() == 0 ? "尚未召开"
                    : "尚差" + q.owed() + "次";
            rows.add(List.of(Terms.label(rule.meetingType()), required, held.getOrDefault(rule.meetingType(), 0) + "次", state));
        }
        for (Map.Entry<MeetingType, Integer> e : held.entrySet()) {
            if (rows.stream().noneMatch(r -> r.get(0).equals(Terms.label(e.getKey())))) {
                rows.add(List.of(Terms.label(e.getKey()), "—", e.getValue() + "次", "—"));
            }
        }
        if (c != null) {
            String rating = Terms.label(c.rating());
            String text = "本季度红黄旗评定为" + rating + "。";
            if (to.isAfter(today)) {
                text = "本季度尚未结束，截至" + ChineseText.fullDate(today) + "评定为" + rating + "（未结束的月份不计为未达标）。";
            }
            blocks.add(new ReportDocument.Paragraph(null, text));
        }
        blocks.add(new ReportDocument.Table(List.of("会议类型", "要求", "实际召开", "完成情况"), rows, List.of(30, 44, 48, 38)));
        return new Requirements(yearly, quarterly);
    }

    /**
     * A rule of months or of the quarter for {@code rated}: what they still owe in the slots not over by today (none once
     * the quarter has ended), counted from the quarter's meetings of each unit.
     */
    private QuarterRule quarterRule(ComplianceRule rule, List<OrgUnit> rated, List<Meeting> meetings) {
        List<YearMonth[]> open = new ArrayList<>();
        if (rule.period() == PeriodKind.MONTH) {
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                if (!today.isAfter(m.atEndOfMonth())) {
                    open.add(new YearMonth[] {m, m});
                }
            }
        } else if (!today.isAfter(to)) {
            open.add(new YearMonth[] {YearMonth.from(from), YearMonth.from(to)});
        }
        int owed = 0;
        int held = 0;
        List<String> owing = new ArrayList<>();
        for (OrgUnit u : rated) {
            List<YearMonth> months = meetings.stream().filter(m -> m.orgUnitId() == u.id() && m.types().contains(rule.meetingType()))
                    .map(m -> YearMonth.from(m.heldAt())).toList();
            held += months.size();
            int before = owed;
            for (YearMonth[] slot : open) {
                long n = months.stream().filter(m -> !m.isBefore(slot[0]) && !m.isAfter(slot[1])).count();
                owed += (int) Math.max(0, rule.required() - n);
            }
            if (owed > before && u.kind() == OrgKind.CELL) {
                owing.add(u.name());
            }
        }
        return new QuarterRule(rule.meetingType(), rule.period(), rule.required(), held, owed,
                owing.size() == rated.size() ? List.of() : owing);
    }

    /** The days (in order) of the meetings of {@code type} the units held from 1 January to the quarter's end. */
    private List<LocalDate> heldThisYear(MeetingType type, List<OrgUnit> rated) {
        MeetingRepository repo = new MeetingRepository(ws.database());
        List<LocalDate> days = new ArrayList<>();
        for (OrgUnit u : rated) {
            repo.list(new MeetingFilter(u.id(), type, LocalDate.of(year, 1, 1), to, null))
                    .forEach(m -> days.add(m.heldAt().toLocalDate()));
        }
        days.sort(Comparator.naturalOrder());
        return days;
    }

    /** Short slots in words: months as ranges ("7—9月"), then quarters and the year ("第三季度", "全年"). */
    private static String slots(List<Shortfall> shorts) {
        List<Integer> months = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Shortfall x : shorts) {
            if (x.slot().matches("\\d{4}-\\d{2}")) {
                months.add(Integer.parseInt(x.slot().substring(5)));
            } else {
                others.add(ChineseText.periodLabel(x.slot()));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!months.isEmpty()) {
            parts.add(ChineseText.monthRanges(months));
        }
        parts.addAll(others.stream().distinct().toList());
        return String.join("、", parts);
    }

    /** A meeting's types as one item: "支部委员会", "主题党日暨党课", "支部党员大会暨党课" (the 党课 last). */
    static String typesText(java.util.Collection<MeetingType> types) {
        List<String> labels = new ArrayList<>(types.stream().sorted(Comparator.comparing((MeetingType t) -> t == MeetingType.PARTY_LESSON)
                .thenComparing(Comparator.naturalOrder())).map(Terms::label).toList());
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return labels.get(0) + "暨" + String.join("、", labels.subList(1, labels.size()));
    }

    private List<Meeting> meetings(OrgUnit branch, List<OrgUnit> cells) {
        MeetingRepository repo = new MeetingRepository(ws.database());
        List<MeetingSummary> all = new ArrayList<>(repo.list(new MeetingFilter(branch.id(), null, from, to, null)));
        for (OrgUnit cell : cells) {
            all.addAll(repo.list(new MeetingFilter(cell.id(), null, from, to, null)));
        }
        all.sort(Comparator.comparing(MeetingSummary::heldAt).thenComparing(MeetingSummary::id));
        List<Meeting> out = new ArrayList<>();
        for (MeetingSummary s : all) {
            repo.load(s.id()).ifPresent(out::add);
        }
        return out;
    }

    /** The mark of a meeting counted by its ledger's figures (按台账人数), explained under the table. */
    static final String RECORDED_MARK = "*";

    private void detailSection(List<Block> blocks, List<Meeting> meetings, List<OrgUnit> units) {
        blocks.add(new ReportDocument.Heading(1, "二、", "会议明细"));
        if (meetings.isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(null, "本季度未召开会议。"));
            return;
        }
        Map<Integer, OrgUnit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<List<String>> rows = new ArrayList<>();
        boolean anyRecorded = false;
        for (Meeting m : meetings) {
            OrgUnit unit = byId.get(m.orgUnitId());
            String types = typesText(m.types());
            if (unit != null && unit.kind() == OrgKind.CELL) {
                types = unit.name() + types;
            }
            AttendanceCounts counts = m.counts();
            anyRecorded |= counts.recorded();
            String mark = counts.recorded() ? RECORDED_MARK : "";
            List<String> leave = new ArrayList<>();
            if (counts.recorded() && counts.onLeave() > 0) {
                leave.add("请假" + counts.onLeave() + "人" + mark);
            }
            for (AttendanceEntry a : m.attendance()) {
                if (a.status() == AttendanceStatus.ON_LEAVE) {
                    leave.add(a.name() + "（" + reasonAnd(a.leaveReason())
                            + (a.makeUpOn() == null ? "未补课" : ChineseText.monthDay(a.makeUpOn()) + "补课") + "）");
                }
            }
            String theme = m.theme();
            if (m.types().contains(MeetingType.PARTY_LESSON) && m.lecturer() != null && m.lecturer().name() != null
                    && !m.lecturer().name().isBlank()) {
                theme = theme + "（讲课人：" + m.lecturer().name().strip() + "）";
            }
            rows.add(List.of(ChineseText.monthDay(m.heldAt().toLocalDate()), types, theme,
                    counts.expected() + "/" + counts.present() + mark, leave.isEmpty() ? "—" : String.join("、", leave)));
        }
        // the 类型 column as wide as its longest type (第一党小组党小组会 on one line), taken from the 主题 column
        int typeWidth = Math.min(TYPE_MAX_MM, Math.max(TYPE_MIN_MM, rows.stream().mapToInt(r -> oneLineMm(r.get(1))).max().orElse(0)));
        blocks.add(new ReportDocument.Table(List.of("日期", "类型", "主题", "应到/实到", "请假及补课"), rows,
                List.of(24, typeWidth, 83 - typeWidth, 16, 37)));
        // the mark's note: the sentence under the table, or a line of its own
        String note = anyRecorded ? "标" + RECORDED_MARK + "的会议未逐人登记出勤，人数按台账所填" : "";
        int expected = meetings.stream().mapToInt(m -> m.counts().expected()).sum();
        int present = meetings.stream().mapToInt(m -> m.counts().present()).sum();
        if (expected > 0) {
            blocks.add(new ReportDocument.Paragraph(null, "本季度共召开会议" + meetings.size() + "次，应到" + expected + "人次，实到"
                    + present + "人次，参会率" + ChineseText.percent((double) present / expected)
                    + (note.isEmpty() ? "" : "（" + note + "）") + "。"));
        } else if (!note.isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(null, note + "。"));
        }
    }

    /** The 类型 column's narrowest and widest (mm of the table's 160). */
    private static final int TYPE_MIN_MM = 30;
    private static final int TYPE_MAX_MM = 45;

    /**
     * The width in millimetres a table cell needs for {@code text} on one line: a Chinese character of the tables' 五号
     * (10.5 pt, 3.7 mm) each, half that for a digit or Latin letter, and the cell's margins (1.9 mm either side) with 1 mm
     * to spare.
     */
    static int oneLineMm(String text) {
        double mm = 0;
        for (int i = 0; i < text.length(); i++) {
            mm += text.charAt(i) < 0x2E80 ? 1.85 : 3.7;
        }
        return (int) Math.ceil(mm + 3.8 + 1);
    }

    /** A recorded reason followed by "，" to go before what follows it in brackets; empty without one. */
    private static String reasonAnd(String reason) {
        return reason == null || reason.isBlank() ? "" : reason.strip() + "，";
    }

    private void absenceSection(List<Block> blocks, List<Meeting> meetings) {
        blocks.add(new ReportDocument.Heading(1, "三、", "缺席情况"));
        // each member's absences in order: the meeting as one item (5月20日主题党日暨党课) and the reason recorded, if any
        Map<String, List<String>> absences = new LinkedHashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (Meeting m : meetings) {
            String what = ChineseText.monthDay(m.heldAt().toLocalDate()) + typesText(m.types());
            for (AttendanceEntry a : m.attendance()) {
                if (a.status() == AttendanceStatus.ABSENT) {
                    absences.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(what);
                    reasons.computeIfAbsent(a.name(), k -> new ArrayList<>())
                            .add(a.leaveReason() == null ? "" : a.leaveReason().strip());
                }
            }
            AttendanceCounts counts = m.counts();
            if (counts.recorded() && counts.absent() > 0) {
                unnamed.add(what + "缺席" + counts.absent() + "人（按台账人数）");
            }
        }
        if (absences.isEmpty() && unnamed.isEmpty()) {
            // with no meeting there is no attendance to speak of, not a full one
            blocks.add(new ReportDocument.Paragraph(null, meetings.isEmpty() ? "本季度未召开会议，没有出勤记录。" : "本季度无人缺席。"));
            return;
        }
        List<String> parts = new ArrayList<>();
        absences.forEach((name, what) -> {
            List<String> why = reasons.get(name);
            if (why.stream().distinct().count() == 1) {
                // one reason (or none) for all: said once, after the name
                parts.add(name + (why.get(0).isEmpty() ? "" : "（" + why.get(0) + "）") + "缺席" + ChineseText.join(what));
            } else {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < what.size(); i++) {
                    items.add(what.get(i) + (why.get(i).isEmpty() ? "" : "（" + why.get(i) + "）"));
                }
                parts.add(name + "缺席" + ChineseText.join(items));
            }
        });
        parts.addAll(unnamed);
        blocks.add(new ReportDocument.Paragraph(null, String.join("；", parts) + "。"));
    }

    /**
     * The overdue items, each once with how many of its deadlines in the quarter are overdue (a monthly item three):
     * the branch's own, and those every branch shares.
     */
    private record Overdue(Map<String, Integer> own, Map<String, Integer> shared) {
        /** "规范党费收缴（3个时间节点）；组织集中学习": each item once, in the table's order (by deadline). */
        static String texts(Map<String, Integer> items) {
            return items.entrySet().stream().map(e -> e.getKey() + (e.getValue() > 1 ? "（" + e.getValue() + "个时间节点）" : ""))
                    .collect(java.util.stream.Collectors.joining("；"));
        }
    }

    /** Put after the text of an item every branch shares (责任主体 各党支部 …): its state is the one item's, as recorded. */
    static final String SHARED = "（各党支部共同承担）";

    /**
     * The branch's responsibility items due in the quarter: the items of a list the branch owns, items whose 责任主体
     * names the branch (a leader's list is the leader's, even when he is a member of the branch), and items whose 责任主体
     * is every branch (各党支部, {@link UnitNames#everyBranch}), marked {@link #SHARED}. Returns the overdue items' texts.
     */
    private Overdue responsibilitySection(List<Block> blocks, OrgUnit branch) {
        blocks.add(new ReportDocument.Heading(1, "四、", "责任清单落实情况"));
        LocalDate asOf = to.isBefore(today) ? to : today;
        Overdue overdue = new Overdue(new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>());
        boolean any = false;
        for (ListProgress list : new Responsibilities(ws).tree(year, asOf)) {
            boolean ownList = branch.id().equals(list.list().ownerOrgUnitId());
            List<DueRow> due = new ArrayList<>();
            collect(list.items(), ownList, branch.name(), due);
            List<List<String>> rows = due.stream().sorted(DueRow.ORDER).map(DueRow::cells).toList();
            if (rows.isEmpty()) {
                continue;
            }
            any = true;
            // the list named once, above its items
            blocks.add(new ReportDocument.Paragraph(null, "《" + list.list().name() + "》本季度到期事项："));
            blocks.add(new ReportDocument.Table(List.of("事项", "时间节点", "状态"), rows, List.of(13, 4, 4)));
            rows.stream().filter(r -> r.get(2).startsWith("逾期")).forEach(r -> {
                if (r.get(0).endsWith(SHARED)) {
                    overdue.shared().merge(r.get(0).substring(0, r.get(0).length() - SHARED.length()), 1, Integer::sum);
                } else {
                    overdue.own().merge(r.get(0), 1, Integer::sum);
                }
            });
        }
        if (!any) {
            blocks.add(new ReportDocument.Paragraph(null, "本季度本支部没有到期的责任清单事项。"));
        }
        return overdue;
    }

    /**
     * A row of a list's table of items due in the quarter, with what it is ordered by: {@link #ORDER} puts the overdue
     * first (what the secretary must see to now), then those not yet due, then those done; each by deadline, then in
     * the list's order.
     */
    private record DueRow(List<String> cells, int rank, LocalDate due, int at) {
        static final Comparator<DueRow> ORDER = Comparator.comparingInt(DueRow::rank).thenComparing(DueRow::due)
                .thenComparingInt(DueRow::at);
    }

    private void collect(List<ItemProgress> items, boolean ownList, String branchName, List<DueRow> rows) {
        for (ItemProgress p : items) {
            if (!p.children().isEmpty()) {
                collect(p.children(), ownList, branchName, rows);
                continue;
            }
            String owner = p.item().ownerText();
            boolean named = owner != null && owner.contains(branchName);
            boolean shared = !ownList && !named && UnitNames.everyBranch(owner);
            if (!ownList && !named && !shared) {
                continue;
            }
            for (DeadlineState d : p.deadlines()) {
                LocalDate due = d.deadline().dueOn();
                if (due.isBefore(from) || due.isAfter(to)) {
                    continue;
                }
                String state = d.met() ? "已完成" : d.missed() ? "逾期未完成" : "未到期";
                rows.add(new DueRow(List.of(p.item().text() + (shared ? SHARED : ""), ChineseText.monthDay(due), state),
                        d.met() ? 2 : d.missed() ? 0 : 1, due, rows.size()));
            }
        }
    }

    /** 党支部、书记、党员人数和报告期 at the top. */
    private void header(List<Block> blocks, OrgUnit branch) {
        LocalDate asOf = to.isBefore(today) ? to : today;
        String secretary = new org.partydesk.store.CommitteeRoleRepository(ws.database()).ofUnit(branch.id()).stream()
                .filter(a -> a.role() == org.partydesk.model.CommitteeRole.SECRETARY && a.heldOn(asOf))
                .map(org.partydesk.model.CommitteeAssignment::memberName).findFirst().orElse("（未登记）");
        int members = new MemberRepository(ws.database()).count(branch.id(), true, asOf);
        blocks.add(new ReportDocument.Table(List.of("党支部", "支部书记", "党员人数", "报告期"),
                List.of(List.of(branch.name(), secretary, members + "名",
                        year + "年第" + ChineseText.chineseNumber(quarter) + "季度")), List.of(6, 3, 3, 5)));
    }

    /**
     * The check's gravest findings that concern the branch ({@link ComplianceCheck#serious}, the same as {@code check}
     * warns of for the quarter): its members' long absences ending in the quarter (a member of the branch on the day of
     * his last absence) and its secretary who gave no 党课 in the year.
     */
    private ComplianceCheck.Serious serious(OrgUnit branch) {
        ComplianceCheck.Serious all = new ComplianceCheck(ws).serious(year, quarter);
        MemberRepository members = new MemberRepository(ws.database());
        List<AbsenceRun> absences = all.longAbsences().stream()
                .filter(r -> members.branchMemberIds(branch.id(), r.lastAbsence()).contains(r.memberId())).toList();
        List<RoleHolder> secretaries = all.secretariesWithoutLesson().stream()
                .filter(h -> h.orgUnitId() == branch.id()).toList();
        List<RoleHolder> unrecorded = all.lecturerUnrecorded().stream().filter(h -> h.orgUnitId() == branch.id()).toList();
        return new ComplianceCheck.Serious(absences, secretaries, unrecorded);
    }

    /** "4月", or "2024年11月" for a month of another year than the report's. */
    private String month(LocalDate day) {
        return (day.getYear() == year ? "" : day.getYear() + "年") + day.getMonthValue() + "月";
    }

    /**
     * The shortfalls as the secretary says them, one clause per period with the types missed in it: "7—9月未召开支部委员会
     * 和主题党日", "第三季度未召开支部党员大会和党课", "全年未召开组织生活会"; a slot where some were held but fewer than
     * required says so ("8月主题党日只召开1次，应开2次"), a 党小组's names the 党小组.
     */
    private static String shortfallText(List<Shortfall> shortfalls) {
        // type (with its 党小组) → the months it was not held at all; months of types in the order first met
        Map<String, List<Integer>> monthsOf = new LinkedHashMap<>();
        Map<String, List<MeetingType>> noneInPeriod = new LinkedHashMap<>();
        List<String> fewer = new ArrayList<>();
        for (Shortfall x : shortfalls) {
            String what = (x.unitName() == null ? "" : x.unitName()) + Terms.label(x.type());
            if (x.held() > 0) {
                fewer.add(ChineseText.periodLabel(x.slot()) + what + "只召开" + x.held() + "次，应开" + x.required() + "次");
            } else if (x.slot().matches("\\d{4}-\\d{2}")) {
                monthsOf.computeIfAbsent(what, k -> new ArrayList<>()).add(Integer.parseInt(x.slot().substring(5)));
            } else {
                noneInPeriod.computeIfAbsent(ChineseText.periodLabel(x.slot()), k -> new ArrayList<>()).add(x.type());
                if (x.unitName() != null) {
                    // a 党小组's quarterly or yearly slot: said with its name, not grouped
                    noneInPeriod.get(ChineseText.periodLabel(x.slot())).remove(x.type());
                    fewer.add(ChineseText.periodLabel(x.slot()) + x.unitName() + "未召开" + Terms.label(x.type()));
                }
            }
        }
        Map<String, List<String>> byMonths = new LinkedHashMap<>();
        monthsOf.forEach((what, months) -> byMonths.computeIfAbsent(ChineseText.monthRanges(months), k -> new ArrayList<>()).add(what));
        List<String> clauses = new ArrayList<>();
        byMonths.forEach((months, what) -> clauses.add(months + "未召开" + ChineseText.join(what)));
        noneInPeriod.forEach((period, types) -> {
            if (!types.isEmpty()) {
                clauses.add(period + "未召开" + ChineseText.join(types.stream().map(Terms::label).toList()));
            }
        });
        clauses.addAll(fewer);
        return String.join("，", clauses);
    }

    /**
     * 存在问题和下季度打算, written from the quarter's shortfalls, what a running quarter (and in the fourth quarter the year)
     * still owes before it ends, the check's gravest findings, absences, leave without make-up, overdue items and dues.
     */
    private void problemsAndPlans(List<Block> blocks, BranchCompliance c, Requirements required, ComplianceCheck.Serious serious,
                                  List<Meeting> meetings, Overdue overdue, DuesFacts dues) {
        int number = (int) blocks.stream().filter(b -> b instanceof ReportDocument.Heading).count() + 1;
        blocks.add(new ReportDocument.Heading(1, ChineseText.headingNumber(1, number), "存在问题和下季度打算"));
        List<String> problems = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        boolean yearOver = today.isAfter(LocalDate.of(year, 12, 31));
        if (c != null && !c.shortfalls().isEmpty()) {
            problems.add(shortfallText(c.shortfalls()));
            List<String> inYear = c.shortfalls().stream().filter(x -> !x.slot().matches("\\d{4}"))
                    .map(x -> Terms.label(x.type())).distinct().toList();
            List<String> ofYear = c.shortfalls().stream().filter(x -> x.slot().matches("\\d{4}"))
                    .map(x -> Terms.label(x.type())).distinct().toList();
            if (!inYear.isEmpty()) {
                plans.add("按月排好组织生活计划，" + ChineseText.join(inYear) + "不再漏开");
            }
            if (!ofYear.isEmpty()) {
                // a year's 组织生活会 is often held early in the next: made up, not only planned for next year
                plans.add("抓紧补开" + year + "年度" + ChineseText.join(ofYear));
            }
        }
        // the quarter's own meetings not yet held while it runs: a fact of today, not yet a shortfall
        List<String> notYet = new ArrayList<>();
        List<String> fewer = new ArrayList<>();
        for (QuarterRule q : required.quarterly()) {
            if (q.period() == PeriodKind.QUARTER && q.owed() > 0) {
                if (q.held() == 0) {
                    notYet.add(q.what());
                } else {
                    fewer.add(q.what() + "尚差" + q.owed() + "次");
                }
            }
        }
        if (!notYet.isEmpty() || !fewer.isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!notYet.isEmpty()) {
                parts.add("尚未召开" + ChineseText.join(notYet));
            }
            parts.addAll(fewer);
            problems.add("截至" + ChineseText.monthDay(today) + "，本季度" + String.join("，", parts));
        }
        for (AbsenceRun run : serious.longAbsences()) {
            problems.add("党员" + run.memberName() + "自" + month(run.firstAbsence()) + "至" + month(run.lastAbsence()) + "应参加的"
                    + run.meetings() + "次会议均缺席，已连续六个月未参加组织生活");
        }
        if (!serious.longAbsences().isEmpty()) {
            plans.add("支部书记同" + ChineseText.join(serious.longAbsences().stream().map(AbsenceRun::memberName).distinct().toList())
                    + "同志谈心谈话，了解长期不参加组织生活的原因，督促按时参加，仍不改正的按规定处置");
        }
        for (RoleHolder h : serious.secretariesWithoutLesson()) {
            problems.add(yearOver ? "支部书记" + h.memberName() + "同志" + year + "年没有讲党课，未做到书记带头讲党课"
                    : "支部书记" + h.memberName() + "同志今年以来还没有讲过党课");
            plans.add(quarter == 4 && yearOver ? "新的一年支部书记带头讲党课" : "支部书记年内至少讲一次党课，带头讲好党课");
        }
        for (RoleHolder h : serious.lecturerUnrecorded()) {
            problems.add("本年的党课有未登记讲课人的，台账上看不出支部书记" + h.memberName() + "同志是否讲过党课");
            plans.add("补登每次党课的讲课人，书记讲党课的情况要在台账上有据可查");
        }
        List<String> undated = new ArrayList<>();
        long absences = meetings.stream().mapToLong(m -> m.counts().absent()).sum();
        long noMakeUp = meetings.stream().flatMap(m -> m.attendance().stream())
                .filter(a -> a.status() == AttendanceStatus.ON_LEAVE && a.makeUpOn() == null).count();
        if (absences > 0) {
            undated.add("缺席" + absences + "人次");
            plans.add("会前逐一通知党员，对缺席的同志谈心提醒");
        }
        if (noMakeUp > 0) {
            undated.add(noMakeUp + "人次请假后尚未补课");
            plans.add("请假党员在下次会议前补课并登记日期");
        }
        if (!overdue.own().isEmpty()) {
            undated.add("责任清单有" + overdue.own().size() + "项逾期未完成（" + Overdue.texts(overdue.own()) + "）");
        }
        if (!overdue.shared().isEmpty()) {
            undated.add("各党支部共同承担的责任清单事项有" + overdue.shared().size() + "项逾期未完成（"
                    + Overdue.texts(overdue.shared()) + "）");
        }
        if (!overdue.own().isEmpty() || !overdue.shared().isEmpty()) {
            plans.add("逾期事项在下季度第一个月内补办并留存纪实");
        }
        if (!dues.behind().isEmpty()) {
            undated.add(dues.behind().size() + "名党员连续" + new Dues(ws).remindMonths() + "个月以上未交党费");
            plans.add("逐一提醒未交党费的党员，按月交纳、补齐欠交");
        }
        if (!undated.isEmpty()) {
            // the quarter's own figures begin with it, after the dated findings
            undated.set(0, "本季度" + undated.get(0));
            problems.addAll(undated);
        }
        if (dues.unregistered() != null) {
            problems.add(dues.unregistered() + "的党费收缴情况尚未登记");
            plans.add("及时登记" + dues.unregistered() + "的党费收缴情况");
        }
        plans.addAll(stillOwed(required));
        blocks.add(new ReportDocument.Paragraph("存在问题。", problems.isEmpty() ? "本季度未发现突出问题。"
                : String.join("；", problems) + "。"));
        String next = quarter == 4 ? (year + 1) + "年第一季度" : "第" + ChineseText.chineseNumber(quarter + 1) + "季度";
        List<String> monthly = required.quarterly().stream().filter(q -> q.period() == PeriodKind.MONTH)
                .map(q -> Terms.label(q.type())).distinct().toList();
        List<QuarterRule> ofQuarter = required.quarterly().stream().filter(q -> q.period() == PeriodKind.QUARTER).toList();
        List<String> nextQuarter = new ArrayList<>();
        if (!monthly.isEmpty()) {
            nextQuarter.add("每月按时召开" + ChineseText.join(monthly));
        }
        String held = toHold(ofQuarter.stream().filter(q -> q.type() != MeetingType.PARTY_LESSON).map(q -> Terms.label(q.type())).toList(),
                ofQuarter.stream().filter(q -> q.type() == MeetingType.PARTY_LESSON).mapToInt(QuarterRule::required).sum());
        if (!held.isEmpty()) {
            nextQuarter.add(held);
        }
        if (!nextQuarter.isEmpty()) {
            plans.add(next + String.join("，", nextQuarter));
        }
        blocks.add(new ReportDocument.Paragraph("下季度打算。", String.join("；", plans) + "。"));
    }

    /**
     * The plans for what must still be held before the quarter ends (while it runs) and, while the year runs, its yearly
     * meetings: "12月底前召开支部党员大会和民主评议党员，讲好一次党课"; a monthly rule's months still open, when more than the
     * quarter's last, "11—12月每月按时召开支部委员会"; the year's before a quarter other than the fourth, "年底前召开…".
     */
    private List<String> stillOwed(Requirements required) {
        List<String> out = new ArrayList<>();
        boolean lastMonthOnly = YearMonth.from(today).equals(YearMonth.from(to));
        List<String> monthly = required.quarterly().stream().filter(q -> q.period() == PeriodKind.MONTH && q.owed() > 0)
                .map(QuarterRule::what).toList();
        if (!monthly.isEmpty() && !lastMonthOnly) {
            List<Integer> open = new ArrayList<>();
            for (YearMonth m = YearMonth.from(today.isBefore(from) ? from : today); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                open.add(m.getMonthValue());
            }
            out.add(ChineseText.monthRanges(open) + "每月按时召开" + ChineseText.join(monthly));
        }
        List<String> beforeEnd = new ArrayList<>(lastMonthOnly ? monthly : List.of());
        int lessons = 0;
        for (QuarterRule q : required.quarterly()) {
            if (q.period() == PeriodKind.QUARTER && q.owed() > 0) {
                if (q.type() == MeetingType.PARTY_LESSON) {
                    lessons += q.owed();
                } else {
                    beforeEnd.add(q.what());
                }
            }
        }
        // the yearly meetings the year still owes (not yet judged: before the fourth quarter ends)
        List<String> ofYear = required.yearly().stream().filter(YearlyRule::owed).map(y -> Terms.label(y.type())).toList();
        if (quarter == 4) {
            beforeEnd.addAll(ofYear);
        } else if (!ofYear.isEmpty()) {
            out.add("年底前召开" + ChineseText.join(ofYear));
        }
        String held = toHold(beforeEnd.stream().distinct().toList(), lessons);
        if (!held.isEmpty()) {
            out.add(0, to.getMonthValue() + "月底前" + held);
        }
        return out;
    }

    /** "召开支部党员大会和组织生活会，讲好一次党课": the meetings to hold, then the 党课 ({@code lessons} of them); empty for none. */
    private static String toHold(List<String> meetings, int lessons) {
        List<String> parts = new ArrayList<>();
        if (!meetings.isEmpty()) {
            parts.add("召开" + ChineseText.join(meetings));
        }
        if (lessons > 0) {
            parts.add("讲好" + (lessons == 1 ? "一" : String.valueOf(lessons)) + "次党课");
        }
        return String.join("，", parts);
    }

    /**
     * What the 党费 section found for 存在问题 and 下季度打算: who is behind, and the quarter's months that have ended but are
     * not registered yet ("7—9月", "11月"; null when the register keeps up with them).
     */
    private record DuesFacts(List<Dues.BehindMember> behind, String unregistered) {
        static final DuesFacts NONE = new DuesFacts(List.of(), null);
    }

    /**
     * 党费 of the quarter, counted only over its months that have ended by today and that the branch's register reaches
     * (the last month anyone of the branch has recorded): 应缴, 实缴, 收缴率, and who is behind by the remind months (3) at
     * the last such month, by name. A quarter the register does not reach yet says so instead of a rate and arrears, with
     * the month the register reaches. Nothing when no member of the branch owes dues in the quarter.
     */
    private DuesFacts duesSection(List<Block> blocks, OrgUnit branch) {
        Dues dues = new Dues(ws);
        YearMonth first = YearMonth.from(from);
        YearMonth end = YearMonth.from(to);
        YearMonth now = YearMonth.from(today);
        YearMonth last = end.isAfter(now) ? now : end;
        Dues.Totals upToNow = last.isBefore(first) ? null : dues.branchMonths(branch.id(), first, last);
        if (upToNow == null || upToNow.members() == 0) {
            return DuesFacts.NONE;
        }
        blocks.add(new ReportDocument.Heading(1, "六、", "党费收缴情况"));
        YearMonth ended = org.partydesk.logic.DuesRules.lastEndedMonth(end, today);
        if (ended.isBefore(first)) {
            blocks.add(new ReportDocument.Paragraph(null, "本季度的月份均未结束，党费收缴情况待月末登记后统计。"));
            return DuesFacts.NONE;
        }
        YearMonth registered = dues.lastRecorded(branch.id(), first.minusYears(1), end).orElse(null);
        YearMonth unregisteredFrom = registered == null || registered.isBefore(first) ? first
                : registered.isBefore(ended) ? registered.plusMonths(1) : null;
        String unregistered = unregisteredFrom == null ? null : months(unregisteredFrom, ended);
        if (registered == null || registered.isBefore(first)) {
            blocks.add(new ReportDocument.Paragraph(null, "本季度尚未登记党费收缴情况"
                    + (registered == null ? "" : "（党费登记截至" + month(registered.atDay(1)) + "）") + "。"));
            return new DuesFacts(List.of(), unregistered);
        }
        YearMonth through = registered.isBefore(ended) ? registered : ended;
        Dues.Totals t = through.equals(last) ? upToNow : dues.branchMonths(branch.id(), first, through);
        List<Dues.BehindMember> behind = dues.behindAt(branch.id(), through);
        String months = months(first, through);
        StringBuilder b = new StringBuilder();
        if (through.equals(end)) {
            b.append("本季度（").append(months).append("）");
        } else if (unregisteredFrom == null) {
            // the quarter still running, registered up to its last month that has ended
            b.append("本季度截至").append(month(through.atDay(1))).append(first.equals(through) ? "，" : "（" + months + "），");
        } else {
            b.append("本季度党费登记至").append(month(through.atDay(1))).append("，").append(unregistered).append("尚未登记；")
                    .append(months);
        }
        b.append(t.members()).append("名党员应缴党费").append(t.due().toPlainString()).append("元，实缴")
                .append(t.paid().toPlainString()).append("元，收缴率").append(ChineseText.percent(t.rate().doubleValue()));
        if (t.waived() > 0) {
            b.append("；经批准减免").append(t.waived()).append("人次");
        }
        b.append("。");
        String upTo = through.equals(end) ? "" : "截至" + month(through.atDay(1));
        if (behind.isEmpty()) {
            b.append(upTo).append("没有连续").append(dues.remindMonths()).append("个月以上未交党费的党员。");
        } else {
            List<String> who = behind.stream().map(m -> m.name() + "（" + m.months() + "个月，自" + Dues.text(m.since()) + "起，欠交"
                    + m.owed().toPlainString() + "元）").toList();
            b.append(upTo).append("连续").append(dues.remindMonths()).append("个月以上未交党费的有").append(String.join("、", who)).append("。");
        }
        blocks.add(new ReportDocument.Paragraph(null, b.toString()));
        return new DuesFacts(behind, unregistered);
    }

    /** "7—9月" as the annual summary writes months ({@link ChineseText#monthRanges}), or "10月" for one month. */
    private String months(YearMonth first, YearMonth last) {
        if (first.getYear() != year || last.getYear() != year) {
            return month(first.atDay(1)) + (first.equals(last) ? "" : "至" + month(last.atDay(1)));
        }
        return ChineseText.monthRanges(java.util.stream.IntStream.rangeClosed(first.getMonthValue(), last.getMonthValue())
                .boxed().toList());
    }

    private void honourSection(List<Block> blocks, OrgUnit branch) {
        blocks.add(new ReportDocument.Heading(1, "五、", "评先创优"));
        List<Commendation> honours = new CommendationRepository(ws.database())
                .find(new CommendationRepository.Filter(year, null, null, branch.id(), null)).stream()
                .filter(c -> !c.awardedOn().isBefore(from) && !c.awardedOn().isAfter(to))
                .sorted(Comparator.comparing(Commendation::awardedOn))
                .map(c -> onlyOfBranch(c, branch))
                .toList();
        String roll = HonourRoll.prose(honours);
        blocks.add(new ReportDocument.Paragraph(null, roll.isEmpty() ? "本季度本支部及党员未获表彰。" : roll));
    }

    /** The commendation with only the recipients of this branch (the branch itself or its members then). */
    private Commendation onlyOfBranch(Commendation c, OrgUnit branch) {
        Map<Integer, String> branchOf = new MemberRepository(ws.database()).branchNames(
                c.recipients().stream().filter(r -> r.memberId() != null).map(Commendation.Recipient::memberId).toList(),
                c.awardedOn());
        List<Commendation.Recipient> ours = c.recipients().stream()
                .filter(r -> branch.id().equals(r.orgUnitId())
                        || (r.memberId() != null && branch.name().equals(branchOf.get(r.memberId()))))
                .toList();
        return new Commendation(c.id(), c.title(), c.level(), c.awardedBy(), c.awardedOn(), c.periodKind(),
                c.periodStart(), c.periodEnd(), c.documentNumber(), c.notes(), ours);
    }
}
