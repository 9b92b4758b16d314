package org.partydesk.app.org;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.MemberLifeRules;
import org.partydesk.logic.Terms;
import org.partydesk.model.Appraisal;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.Discipline;
import org.partydesk.model.DisciplineKind;
import org.partydesk.model.LeaveKind;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.Standing;
import org.partydesk.model.StandingKind;
import org.partydesk.model.Transfer;
import org.partydesk.model.TransferDirection;
import org.partydesk.store.CommitteeRoleRepository;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberLifeRepository;
import org.partydesk.store.MemberRepository;

/**
 * A member's life in the party beyond the roster (decision 0018): 组织关系转接 into and out of the bureau,
 * 党籍 and whereabouts (失联, 流动党员, 停止党籍, 恢复党籍), the yearly 民主评议 result and 处分, and the warning
 * before an honour for a member under discipline or rated 不合格. Each write is one audited transaction;
 * refused input says why and writes nothing.
 */
public final class MemberLife {
    private final Workspace ws;
    private final Members members;
    private final MemberRepository memberRepo;
    private final MemberLifeRepository life;
    private final MemberLifeRules rules = MemberLifeRules.standard();

    public MemberLife(Workspace ws) {
        this.ws = ws;
        this.members = new Members(ws);
        this.memberRepo = new MemberRepository(ws.database());
        this.life = new MemberLifeRepository(ws.database());
    }

    // ---- 组织关系转接 ---------------------------------------------------------------------------------------

    /**
     * 转入: a member comes from another organisation ({@code fromOrg}) into a branch of the bureau; the form's
     * {@code memberFrom} is the day of the transfer. Returns the new member's id.
     */
    public int transferIn(MemberForm form, String fromOrg, String letterNo, String duesPaidTo, String notes) {
        String from = required(fromOrg, "请填写转出单位（原所在党组织）");
        String dues = month(duesPaidTo);
        return members.add(form, (tx, id) -> MemberLifeRepository.addTransfer(tx, new Transfer(null, id, form.name(),
                TransferDirection.IN, form.memberFrom(), from, Members.text(letterNo), dues, null, Members.text(notes))));
    }

    /** 转出: a member leaves the bureau for {@code toOrg} on {@code day}; his memberships and roles end. */
    public void transferOut(int memberId, LocalDate day, String toOrg, String letterNo, String duesPaidTo, String notes) {
        String to = required(toOrg, "请填写转往单位（接收的党组织）");
        String dues = month(duesPaidTo);
        Member m = member(memberId);
        members.leave(memberId, LeaveKind.TRANSFERRED_OUT, day, "转往" + to,
                new Transfer(null, memberId, m.name(), TransferDirection.OUT, day, to, Members.text(letterNo), dues, null, Members.text(notes)),
                (tx, x) -> { });
    }

    /** The 回执 of a transfer out came back on {@code day}. */
    public void receipt(int transferId, LocalDate day) {
        Transfer t = life.transfers(null).stream().filter(x -> x.id() == transferId).findFirst()
                .orElseThrow(() -> new InputRejectedException("转接记录不存在（编号 " + transferId + "）"));
        if (t.direction() != TransferDirection.OUT) {
            throw new InputRejectedException("只有转出的组织关系才有回执");
        }
        notFuture(day, "回执日期");
        if (day.isBefore(t.onDate())) {
            throw new InputRejectedException("回执日期（" + day + "）不能早于转出日期（" + t.onDate() + "）");
        }
        run(tx -> MemberLifeRepository.setReceipt(tx, transferId, day));
    }

    /** Transfers of a member (every member when null), newest first. */
    public List<Transfer> transfers(Integer memberId) {
        return life.transfers(memberId);
    }

    /** Transfers out whose 回执 has not come back within the rule by {@code day}. */
    public List<Transfer> receiptsOutstanding(LocalDate day) {
        return life.transfers(null).stream().filter(t -> t.direction() == TransferDirection.OUT && t.receiptOn() == null
                && day.isAfter(t.onDate().plusMonths(rules.receiptMonths()))).toList();
    }

    // ---- 党籍 ---------------------------------------------------------------------------------------------

    /** A member's standing changes, oldest first. */
    public List<Standing> standings(int memberId) {
        return life.standings(memberId);
    }

    /**
     * 失联 or 流动党员 from {@code day} ({@code place}: where a 流动党员 is, required for him); a 流动党员's
     * category becomes 流动 while it lasts. The member stays on the roster.
     */
    public int markAway(int memberId, StandingKind kind, LocalDate day, String place, String reason) {
        if (kind != StandingKind.LOST_CONTACT && kind != StandingKind.MOBILE) {
            throw new InputRejectedException("这里只登记失联或流动党员；停止党籍、出党、去世请用“离开”");
        }
        Member m = member(memberId);
        notLeft(m);
        notFuture(day, "开始日期");
        String where = kind == StandingKind.MOBILE ? required(place, "请填写流动党员的去向（流入地或所在单位）") : Members.text(place);
        for (Standing s : life.standings(memberId)) {
            if (s.kind() == kind && s.endOn() == null) {
                throw new InputRejectedException("“" + m.name() + "”自 " + s.startOn() + " 起已登记为" + Terms.label(kind)
                        + "，尚未结束");
            }
        }
        return write(tx -> {
            if (kind == StandingKind.MOBILE && m.category() != MemberCategory.MOBILE) {
                MemberRepository.update(tx, m.withCategory(MemberCategory.MOBILE));
            }
            return MemberLifeRepository.addStanding(tx, new Standing(null, memberId, kind, day, null, where, Members.text(reason)));
        });
    }

    /** 失联 or 流动 is over on {@code day} (found again, came back); a 流动党员 is 在职 again. */
    public void endAway(int standingId, LocalDate day) {
        Standing s = life.standings(null).stream().filter(x -> x.id() == standingId).findFirst()
                .orElseThrow(() -> new InputRejectedException("党籍记录不存在（编号 " + standingId + "）"));
        if (s.endOn() != null || s.kind() != StandingKind.LOST_CONTACT && s.kind() != StandingKind.MOBILE) {
            throw new InputRejectedException("这条记录已经结束或不能结束");
        }
        notFuture(day, "结束日期");
        if (day.isBefore(s.startOn())) {
            throw new InputRejectedException("结束日期（" + day + "）不能早于开始日期（" + s.startOn() + "）");
        }
        Member m = member(s.memberId());
        write(tx -> {
            MemberLifeRepository.endStanding(tx, standingId, day);
            if (s.kind() == StandingKind.MOBILE && m.category() == MemberCategory.MOBILE) {
                MemberRepository.update(tx, m.withCategory(MemberCategory.ACTIVE));
            }
            return null;
        });
    }

    /**
     * 恢复党籍: a member whose standing was stopped (停止党籍) is on the roster of {@code branchId} again from
     * {@code day}.
     */
    public void restore(int memberId, int branchId, LocalDate day, String reason) {
        Member m = member(memberId);
        List<Standing> history = life.standings(memberId);
        Standing last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (m.leftOn() == null || last == null || last.kind() != StandingKind.STOPPED) {
            throw new InputRejectedException("“" + m.name() + "”没有被停止党籍，不需要恢复党籍");
        }
        notFuture(day, "恢复日期");
        if (!day.isAfter(m.leftOn())) {
            throw new InputRejectedException("恢复日期（" + day + "）应晚于停止党籍的日期（" + m.leftOn() + "）");
        }
        String why = required(reason, "请填写恢复党籍的依据（如党委决定文号）");
        var branch = members.branches().stream().filter(b -> b.id() == branchId).findFirst()
                .orElseThrow(() -> new InputRejectedException("请选择一个现有的党支部"));
        write(tx -> {
            MemberRepository.returnToRoster(tx, memberId);
            MemberRepository.addMembership(tx, memberId, branch.id(), day, null);
            return MemberLifeRepository.addStanding(tx, new Standing(null, memberId, StandingKind.RESTORED, day, null, null, why));
        });
    }

    /** The Chinese label of a 民主评议 result (优秀, 合格 …). */
    public static String label(AppraisalResult result) {
        return Terms.label(result);
    }

    // ---- 民主评议 -------------------------------------------------------------------------------------------

    /**
     * The 民主评议 results of a year for members ({@code results}), given at {@code meetingId} (a 民主评议党员
     * meeting of that year, or null), in one transaction; a member's earlier result of the year is replaced.
     */
    public void appraise(int year, Map<Integer, AppraisalResult> results, Integer meetingId) {
        if (results.isEmpty()) {
            throw new InputRejectedException("没有要保存的评议结果");
        }
        if (year > LocalDate.now(ws.database().clock()).getYear()) {
            throw new InputRejectedException(year + " 年还没有到，不能登记评议结果");
        }
        if (meetingId != null) {
            Meeting meeting = new MeetingRepository(ws.database()).load(meetingId)
                    .orElseThrow(() -> new InputRejectedException("会议不存在（编号 " + meetingId + "）"));
            if (meeting.heldAt().getYear() != year && meeting.heldAt().getYear() != year + 1
                    || !meeting.types().contains(MeetingType.MEMBER_APPRAISAL)) {
                throw new InputRejectedException("所选会议不是 " + year + " 年度的" + Terms.label(MeetingType.MEMBER_APPRAISAL)
                        + "，请选择评议这一年度的那次会议");
            }
        }
        for (Map.Entry<Integer, AppraisalResult> e : results.entrySet()) {
            member(e.getKey());
            if (e.getValue() == null) {
                throw new InputRejectedException("“" + member(e.getKey()).name() + "”的评议结果为空");
            }
        }
        write(tx -> {
            results.forEach((memberId, result) -> MemberLifeRepository.putAppraisal(tx, memberId, year, result, meetingId));
            return null;
        });
    }

    /** 民主评议 results of a year (every member), or of one member (every year) when {@code year} is null. */
    public List<Appraisal> appraisals(Integer year, Integer memberId) {
        return life.appraisals(year, memberId);
    }

    // ---- 处分 ---------------------------------------------------------------------------------------------

    /**
     * Records a 处分: 撤销党内职务 ends the member's committee roles that day, 开除党籍 takes him off the roster
     * (出党); 留党察看 needs its 察看期 (one of the months the rules allow).
     */
    public int discipline(int memberId, DisciplineKind kind, LocalDate decidedOn, String documentNo, Integer termMonths,
                          String reason) {
        Member m = member(memberId);
        notLeft(m);
        if (kind == null) {
            throw new InputRejectedException("请选择处分种类");
        }
        notFuture(decidedOn, "处分决定日期");
        if (kind == DisciplineKind.PROBATION_WITHIN_PARTY && (termMonths == null || !rules.probationMonths().contains(termMonths))) {
            throw new InputRejectedException("留党察看须填写察看期：" + rules.probationMonths().stream().map(n -> n + " 个月")
                    .reduce((a, b) -> a + "或" + b).orElse(""));
        }
        String why = required(reason, "请填写处分事由");
        Discipline d = new Discipline(null, memberId, m.name(), kind, decidedOn, Members.text(documentNo),
                kind == DisciplineKind.PROBATION_WITHIN_PARTY ? termMonths : null, why);
        if (kind == DisciplineKind.EXPULSION) {
            int[] id = new int[1];
            members.leave(memberId, LeaveKind.EXPELLED, decidedOn, "开除党籍：" + why, null,
                    (tx, x) -> id[0] = MemberLifeRepository.addDiscipline(tx, d));
            return id[0];
        }
        return write(tx -> {
            if (kind == DisciplineKind.REMOVAL_FROM_POST) {
                CommitteeRoleRepository.endAllOf(tx, memberId, null, decidedOn);
            }
            return MemberLifeRepository.addDiscipline(tx, d);
        });
    }

    /** 处分 of a member (every member when null), newest first. */
    public List<Discipline> disciplines(Integer memberId) {
        return life.disciplines(memberId);
    }

    /**
     * A member's dated steps, oldest first: the stages of 发展党员 when he came through the pipeline, transfers,
     * standing changes, 民主评议 results (dated at their meeting, else the year's end) and 处分.
     */
    public List<LifeEvent> events(int memberId) {
        List<LifeEvent> out = new ArrayList<>();
        new Recruitment(ws).ofMember(memberId).ifPresent(r -> {
            add(out, r.appliedOn(), "递交入党申请书", r.branchName());
            add(out, r.talkOn(), "党组织派人谈话", null);
            add(out, r.activistOn(), "确定为入党积极分子", null);
            add(out, r.candidateOn(), "确定为发展对象", joined("入党介绍人：", r.introducer1Name(), r.introducer2Name()));
            add(out, r.reviewOn(), "政治审查结束", r.trainingDays() == null && r.trainingHours() == null ? null
                    : "集中培训 " + (r.trainingDays() == null ? 0 : r.trainingDays()) + " 天、"
                    + (r.trainingHours() == null ? 0 : r.trainingHours()) + " 学时");
            add(out, r.admittedOn(), "支部党员大会接收为预备党员", null);
            add(out, r.approvedOn(), "上级党委审批", null);
        });
        for (Transfer t : life.transfers(memberId)) {
            add(out, t.onDate(), "组织关系" + Terms.label(t.direction()), (t.direction() == TransferDirection.IN ? "转自" : "转往")
                    + t.otherOrg() + (t.letterNo() == null ? "" : "，介绍信 " + t.letterNo())
                    + (t.duesPaidTo() == null ? "" : "，党费缴至 " + t.duesPaidTo())
                    + (t.direction() == TransferDirection.OUT ? (t.receiptOn() == null ? "，回执未回" : "，" + t.receiptOn() + " 收到回执") : ""));
        }
        for (Standing s : life.standings(memberId)) {
            add(out, s.startOn(), Terms.label(s.kind()), joined("", s.place(), s.reason()));
            if (s.endOn() != null) {
                add(out, s.endOn(), Terms.label(s.kind()) + "结束", null);
            }
        }
        MeetingRepository meetings = new MeetingRepository(ws.database());
        for (Appraisal a : life.appraisals(null, memberId)) {
            LocalDate on = a.meetingId() == null ? LocalDate.of(a.year(), 12, 31)
                    : meetings.load(a.meetingId()).map(m -> m.heldAt().toLocalDate()).orElse(LocalDate.of(a.year(), 12, 31));
            add(out, on, a.year() + " 年度民主评议", Terms.label(a.result()));
        }
        for (Discipline d : life.disciplines(memberId)) {
            add(out, d.decidedOn(), Terms.label(d.kind()) + "处分", joined("", d.documentNo(), d.reason()));
        }
        Member m = member(memberId);
        if (m.fullMemberOn() != null) {
            add(out, m.fullMemberOn(), "转为正式党员", null);
        }
        out.sort(java.util.Comparator.comparing(LifeEvent::on));
        return out;
    }

    private static void add(List<LifeEvent> out, LocalDate on, String what, String detail) {
        if (on != null) {
            out.add(new LifeEvent(on, what, detail == null ? "" : detail));
        }
    }

    private static String joined(String prefix, String... parts) {
        String s = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(java.util.stream.Collectors.joining("，"));
        return s.isEmpty() ? null : prefix + s;
    }

    /**
     * A year's figures ({@code stats --json}): 发展党员, transfers, 民主评议 results and committee terms due and
     * overdue, as of the end of the year or today for the current year.
     */
    public org.partydesk.model.MemberLifeStats stats(int year) {
        LocalDate today = LocalDate.now(ws.database().clock());
        LocalDate asOf = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        int[] transfers = life.transferCounts(year);
        CommitteeTerms.Counts terms = new CommitteeTerms(ws).counts(asOf);
        return new org.partydesk.model.MemberLifeStats(year, asOf, new Recruitment(ws).counts(year), transfers[0], transfers[1],
                life.appraisalCounts(year), terms.due(), terms.overdue());
    }

    // ---------------------------------------------------------------------------------------------------

    private <T> T write(org.partydesk.store.Database.Work<T> work) {
        return ws.database().write(ws.operator(), work);
    }

    private void run(java.util.function.Consumer<org.partydesk.store.Tx> work) {
        ws.database().write(ws.operator(), tx -> {
            work.accept(tx);
            return null;
        });
    }

    private Member member(int memberId) {
        return memberRepo.find(memberId).orElseThrow(() -> new InputRejectedException("党员不存在（编号 " + memberId + "）"));
    }

    private static void notLeft(Member m) {
        if (m.leftOn() != null) {
            throw new InputRejectedException("“" + m.name() + "”已于 " + m.leftOn() + " 离开本单位党组织");
        }
    }

    private void notFuture(LocalDate day, String what) {
        if (day == null) {
            throw new InputRejectedException("请填写" + what);
        }
        LocalDate today = LocalDate.now(ws.database().clock());
        if (day.isAfter(today)) {
            throw new InputRejectedException(what + "（" + day + "）不能晚于今天（" + today + "）");
        }
    }

    /** 党费缴至: a month as yyyy-mm (2025-06, 2025年6月, 2025.6), or null. */
    private static String month(String text) {
        String t = Members.text(text);
        if (t == null) {
            return null;
        }
        String s = t.replace("年", "-").replace("月", "").replace('.', '-').replace('/', '-');
        try {
            String[] parts = s.split("-");
            return YearMonth.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())).toString();
        } catch (RuntimeException e) {
            throw new InputRejectedException("党费缴至“" + t + "”不是一个月份，请写成 2025-06 或 2025年6月");
        }
    }

    private static String required(String s, String message) {
        String t = Members.text(s);
        if (t == null) {
            throw new InputRejectedException(message);
        }
        return t;
    }
}
