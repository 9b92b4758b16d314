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
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.logic.Terms;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.reports.ChineseText;
import org.partydesk.logic.reports.DocumentStyle;
import org.partydesk.logic.reports.HonourRoll;
import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.logic.reports.ReportDocument.Block;
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
        LocalDate today = LocalDate.now(ws.database().clock());
        List<OrgUnit> units = new OrgRepository(ws.database()).all();
        Map<Integer, String> names = UnitNames.qualifiedAll(units);
        return units.stream()
                .filter(u -> u.kind() == OrgKind.BRANCH && u.activeOn(today))
                .sorted(OrgUnit.ORDER)
                .map(u -> names.get(u.id())).toList();
    }

    ReportDocument document(String branchName) {
        List<OrgUnit> units = new OrgRepository(ws.database()).all();
        List<OrgUnit> matches = UnitNames.resolve(branchName, units).stream().filter(u -> u.kind() == OrgKind.BRANCH).toList();
        if (matches.size() > 1) {
            throw new InputRejectedException(UnitNames.ambiguous(branchName, matches, units));
        }
        if (matches.isEmpty()) {
            // 第一党支部 for the stored 机关第一党支部, as the ledgers read it; else the branches there are
            List<OrgUnit> near = UnitNames.variants(branchName, units).stream().filter(u -> u.kind() == OrgKind.BRANCH).toList();
            if (near.size() > 1) {
                throw new InputRejectedException(UnitNames.severalVariants(branchName, near, units));
            }
            if (near.isEmpty()) {
                List<String> all = branchNames(ws);
                throw new InputRejectedException("没有名为“" + branchName.strip() + "”的党支部"
                        + (all.isEmpty() ? "" : "；库中的党支部有：" + String.join("、", all)));
            }
            matches = near;
        }
        OrgUnit branch = matches.get(0);
        List<OrgUnit> cells = units.stream().filter(u -> u.kind() == OrgKind.CELL && branch.id().equals(u.parentId())
                && u.activeOn(to.isBefore(today) ? to : today)).toList();
        List<Block> blocks = new ArrayList<>();
        header(blocks, branch);
        BranchCompliance compliance = new ComplianceCheck(ws).rate(year, quarter).stream()
                .filter(b -> b.orgUnitId() == branch.id()).findFirst().orElse(null);
        meetingsSection(blocks, branch, cells, compliance);
        List<Meeting> meetings = meetings(branch, cells);
        detailSection(blocks, meetings, units);
        absenceSection(blocks, meetings);
        List<String> overdue = responsibilitySection(blocks, branch);
        honourSection(blocks, branch);
        List<Dues.BehindMember> behind = duesSection(blocks, branch);
        problemsAndPlans(blocks, compliance, meetings, overdue, behind, !cells.isEmpty());
        blocks.add(new ReportDocument.Note("", false));
        blocks.add(new ReportDocument.Note("党支部书记（签字）：　　　　　　", true));
        blocks.add(new ReportDocument.Note("年　　月　　日", true));
        return new ReportDocument(DocumentStyle.RECORD, branch.name() + year + "年第" + ChineseText.chineseNumber(quarter) + "季度工作报告",
                "（" + ChineseText.fullDate(from) + "至" + ChineseText.fullDate(to) + "）", blocks);
    }

    private void meetingsSection(List<Block> blocks, OrgUnit branch, List<OrgUnit> cells, BranchCompliance c) {
        blocks.add(new ReportDocument.Heading(1, "一、", "“三会一课”开展情况"));
        Map<MeetingType, Integer> held = c == null ? Map.of() : c.held();
        Map<MeetingType, List<Shortfall>> shortOf = new EnumMap<>(MeetingType.class);
        if (c != null) {
            c.shortfalls().forEach(s -> shortOf.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ComplianceRule rule : new ComplianceRepository(ws.database()).rules()) {
            if (!rule.active() || (rule.unitKind() != OrgKind.BRANCH && rule.unitKind() != OrgKind.CELL)) {
                continue;
            }
            if (rule.unitKind() == OrgKind.CELL && cells.isEmpty()) {
                continue;
            }
            int units = rule.unitKind() == OrgKind.CELL ? cells.size() : 1;
            String required = switch (rule.period()) {
                case MONTH -> "每月" + rule.required() + "次" + (units > 1 ? "（" + units + "个党小组）" : "")
                        + "，本季度" + rule.required() * 3 * units + "次";
                case QUARTER -> "本季度" + rule.required() + "次";
                default -> "全年" + rule.required() + "次";
            };
            List<Shortfall> shorts = shortOf.getOrDefault(rule.meetingType(), List.of());
            String state;
            if (!shorts.isEmpty()) {
                state = "未达标（" + String.join("、", shorts.stream().map(x -> ChineseText.periodLabel(x.slot())).toList()) + "）";
            } else if (rule.period() == org.partydesk.model.PeriodKind.YEAR && quarter < 4) {
                state = "按全年考核";
            } else {
                state = to.isAfter(today) ? "进行中" : "达标";
            }
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
        blocks.add(new ReportDocument.Table(List.of("会议类型", "要求", "实际召开", "完成情况"), rows, List.of(3, 5, 2, 4)));
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

    private void detailSection(List<Block> blocks, List<Meeting> meetings, List<OrgUnit> units) {
        blocks.add(new ReportDocument.Heading(1, "二、", "会议明细"));
        if (meetings.isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(null, "本季度未召开会议。"));
            return;
        }
        Map<Integer, OrgUnit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<List<String>> rows = new ArrayList<>();
        for (Meeting m : meetings) {
            OrgUnit unit = byId.get(m.orgUnitId());
            String types = String.join("、", m.types().stream().map(Terms::label).toList());
            if (unit != null && unit.kind() == OrgKind.CELL) {
                types = unit.name() + types;
            }
            AttendanceCounts counts = m.counts();
            List<String> leave = new ArrayList<>();
            if (counts.recorded() && counts.onLeave() > 0) {
                leave.add("请假" + counts.onLeave() + "人（按台账人数）");
            }
            for (AttendanceEntry a : m.attendance()) {
                if (a.status() == AttendanceStatus.ON_LEAVE) {
                    leave.add(a.name() + (a.makeUpOn() == null ? "（未补课）" : "（" + ChineseText.monthDay(a.makeUpOn()) + "补课）"));
                }
            }
            String theme = m.theme();
            if (m.types().contains(MeetingType.PARTY_LESSON) && m.lecturer() != null && m.lecturer().name() != null
                    && !m.lecturer().name().isBlank()) {
                theme = theme + "（讲课人：" + m.lecturer().name().strip() + "）";
            }
            rows.add(List.of(ChineseText.monthDay(m.heldAt().toLocalDate()), types, theme,
                    counts.expected() + "/" + counts.present() + (counts.recorded() ? "（按台账人数）" : ""), leave.isEmpty() ? "—" : String.join("、", leave)));
        }
        blocks.add(new ReportDocument.Table(List.of("日期", "类型", "主题", "应到/实到", "请假及补课"), rows,
                List.of(4, 4, 6, 2, 5)));
        int expected = meetings.stream().mapToInt(m -> m.counts().expected()).sum();
        int present = meetings.stream().mapToInt(m -> m.counts().present()).sum();
        if (expected > 0) {
            blocks.add(new ReportDocument.Paragraph(null, "本季度共召开会议" + meetings.size() + "次，应到" + expected + "人次，实到"
                    + present + "人次，参会率" + ChineseText.percent((double) present / expected) + "。"));
        }
    }

    private void absenceSection(List<Block> blocks, List<Meeting> meetings) {
        blocks.add(new ReportDocument.Heading(1, "三、", "缺席情况"));
        Map<String, List<String>> absences = new LinkedHashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (Meeting m : meetings) {
            String what = ChineseText.monthDay(m.heldAt().toLocalDate())
                    + String.join("、", m.types().stream().map(Terms::label).toList());
            for (AttendanceEntry a : m.attendance()) {
                if (a.status() == AttendanceStatus.ABSENT) {
                    absences.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(what);
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
        absences.forEach((name, what) -> parts.add(name + "缺席" + ChineseText.join(what)));
        parts.addAll(unnamed);
        blocks.add(new ReportDocument.Paragraph(null, String.join("；", parts) + "。"));
    }

    /**
     * The branch's own responsibility items due in the quarter: the items of a list the branch owns and items whose
     * 责任主体 names the branch (a leader's list is the leader's, even when he is a member of the branch).
     * Returns the overdue items' texts.
     */
    private List<String> responsibilitySection(List<Block> blocks, OrgUnit branch) {
        blocks.add(new ReportDocument.Heading(1, "四、", "责任清单落实情况"));
        LocalDate asOf = to.isBefore(today) ? to : today;
        List<List<String>> rows = new ArrayList<>();
        for (ListProgress list : new Responsibilities(ws).tree(year, asOf)) {
            boolean ownList = branch.id().equals(list.list().ownerOrgUnitId());
            collect(list, list.items(), ownList, branch.name(), rows);
        }
        if (rows.isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(null, "本季度本支部没有到期的责任清单事项。"));
            return List.of();
        }
        blocks.add(new ReportDocument.Table(List.of("责任清单", "事项", "时间节点", "状态"), rows, List.of(4, 9, 3, 3)));
        return rows.stream().filter(r -> r.get(3).startsWith("逾期")).map(r -> r.get(1)).toList();
    }

    private void collect(ListProgress list, List<ItemProgress> items, boolean ownList, String branchName,
                         List<List<String>> rows) {
        for (ItemProgress p : items) {
            if (!p.children().isEmpty()) {
                collect(list, p.children(), ownList, branchName, rows);
                continue;
            }
            boolean ours = ownList || (p.item().ownerText() != null && p.item().ownerText().contains(branchName));
            if (!ours) {
                continue;
            }
            for (DeadlineState d : p.deadlines()) {
                LocalDate due = d.deadline().dueOn();
                if (due.isBefore(from) || due.isAfter(to)) {
                    continue;
                }
                String state = d.met() ? "已完成" : d.missed() ? "逾期未完成" : "未到期";
                rows.add(List.of(list.list().name(), p.item().text(), ChineseText.monthDay(due), state));
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

    /** 存在问题和下季度打算, written from the quarter's shortfalls, absences, leave without make-up and overdue items. */
    private void problemsAndPlans(List<Block> blocks, BranchCompliance c, List<Meeting> meetings, List<String> overdue,
                                  List<Dues.BehindMember> behind, boolean hasCells) {
        int number = (int) blocks.stream().filter(b -> b instanceof ReportDocument.Heading).count() + 1;
        blocks.add(new ReportDocument.Heading(1, ChineseText.headingNumber(1, number), "存在问题和下季度打算"));
        List<String> problems = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        if (c != null && !c.shortfalls().isEmpty()) {
            List<String> what = new ArrayList<>();
            c.shortfalls().forEach(x -> what.add(ChineseText.periodLabel(x.slot()) + Terms.label(x.type()) + "应开" + x.required()
                    + "次、实开" + x.held() + "次"));
            problems.add(String.join("，", what));
            plans.add("按月排好组织生活计划，" + ChineseText.join(c.shortfalls().stream().map(x -> Terms.label(x.type())).distinct().toList())
                    + "不再漏开");
        }
        long absences = meetings.stream().mapToLong(m -> m.counts().absent()).sum();
        long noMakeUp = meetings.stream().flatMap(m -> m.attendance().stream())
                .filter(a -> a.status() == AttendanceStatus.ON_LEAVE && a.makeUpOn() == null).count();
        if (absences > 0) {
            problems.add("缺席" + absences + "人次");
            plans.add("会前逐一通知党员，对缺席的同志谈心提醒");
        }
        if (noMakeUp > 0) {
            problems.add(noMakeUp + "人次请假后尚未补课");
            plans.add("请假党员在下次会议前补课并登记日期");
        }
        if (!overdue.isEmpty()) {
            problems.add("责任清单有" + overdue.size() + "项逾期未完成（" + String.join("；", overdue) + "）");
            plans.add("逾期事项在下季度第一个月内补办并留存纪实");
        }
        if (!behind.isEmpty()) {
            problems.add(behind.size() + "名党员连续" + new Dues(ws).remindMonths() + "个月以上未交党费");
            plans.add("逐一提醒未交党费的党员，按月交纳、补齐欠交");
        }
        String next = quarter == 4 ? "下一年度第一季度" : "第" + ChineseText.chineseNumber(quarter + 1) + "季度";
        // the shortfalls, when first, begin with their month or quarter ("第二季度支部党员大会应开1次……")
        boolean dated = c != null && !c.shortfalls().isEmpty();
        blocks.add(new ReportDocument.Paragraph("存在问题。", problems.isEmpty() ? "本季度未发现突出问题。"
                : (dated ? "" : "本季度") + String.join("；", problems) + "。"));
        plans.add("按时召开" + next + "的支部委员会" + (hasCells ? "、党小组会" : "") + "和主题党日，讲好一次党课");
        blocks.add(new ReportDocument.Paragraph("下季度打算。", String.join("；", plans) + "。"));
    }

    /**
     * 党费 of the quarter (its months up to this month): 应缴, 实缴, 收缴率, and who is behind by the remind months (3) at
     * the quarter's end, by name; nothing when no member of the branch owes dues in the quarter. Returns those behind.
     */
    private List<Dues.BehindMember> duesSection(List<Block> blocks, OrgUnit branch) {
        Dues dues = new Dues(ws);
        YearMonth first = YearMonth.from(from);
        YearMonth now = YearMonth.from(today);
        YearMonth last = YearMonth.from(to).isAfter(now) ? now : YearMonth.from(to);
        if (last.isBefore(first)) {
            return List.of();
        }
        Dues.Totals t = dues.branchMonths(branch.id(), first, last);
        if (t.members() == 0) {
            return List.of();
        }
        List<Dues.BehindMember> behind = dues.behindAt(branch.id(), last);
        blocks.add(new ReportDocument.Heading(1, "六、", "党费收缴情况"));
        String months = first.getMonthValue() + "月至" + last.getMonthValue() + "月";
        StringBuilder b = new StringBuilder("本季度（").append(months).append("）").append(t.members()).append("名党员应缴党费")
                .append(t.due().toPlainString()).append("元，实缴").append(t.paid().toPlainString()).append("元，收缴率")
                .append(ChineseText.percent(t.rate().doubleValue()));
        if (t.waived() > 0) {
            b.append("；经批准减免").append(t.waived()).append("人次");
        }
        b.append("。");
        if (behind.isEmpty()) {
            b.append("没有连续").append(dues.remindMonths()).append("个月以上未交党费的党员。");
        } else {
            List<String> who = behind.stream().map(m -> m.name() + "（" + m.months() + "个月，自" + Dues.text(m.since()) + "起，欠交"
                    + m.owed().toPlainString() + "元）").toList();
            b.append("连续").append(dues.remindMonths()).append("个月以上未交党费的有").append(String.join("、", who)).append("。");
        }
        blocks.add(new ReportDocument.Paragraph(null, b.toString()));
        return behind;
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
