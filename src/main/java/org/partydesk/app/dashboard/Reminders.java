package org.partydesk.app.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.partydesk.app.Workspace;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.org.CommitteeTerms;
import org.partydesk.app.org.MemberLife;
import org.partydesk.app.org.RecruitReminder;
import org.partydesk.app.org.Recruitment;
import org.partydesk.logic.DuesRules;
import org.partydesk.logic.MemberLifeRules;
import org.partydesk.model.Transfer;

/**
 * What the dashboard (工作台) reminds of in a member's life (decision 0018): 预备期 ending within the rule's days
 * (or over without 转正), applications without a talk, admissions without approval ({@link Recruitment#reminders})
 * committees 应换届 or 逾期未换届 ({@link CommitteeTerms#reminders}) and transfers out whose 回执 has not come back
 * within the rule ({@link MemberLife#receiptsOutstanding}), and members behind with their 党费 (three months: remind;
 * six: flagged for the secretary with the rule, {@link Dues#behind}). Each names the member or the
 * organisation it is about, so a click can open it.
 */
public final class Reminders {
    private final Recruitment recruitment;
    private final CommitteeTerms terms;
    private final MemberLife life;
    private final Dues dues;
    private final int receiptMonths = MemberLifeRules.standard().receiptMonths();
    private final DuesRules duesRules = DuesRules.standard();

    public Reminders(Workspace ws) {
        this.recruitment = new Recruitment(ws);
        this.terms = new CommitteeTerms(ws);
        this.life = new MemberLife(ws);
        this.dues = new Dues(ws);
    }

    /** What a reminder is about. */
    public enum ReminderKind {
        PROBATION_ENDING, TALK_DUE, APPROVAL_DUE, TERM_DUE, TERM_OVERDUE, RECEIPT_DUE, DUES_BEHIND, DUES_FLAGGED
    }

    /**
     * One reminder: its kind, the Chinese sentence with the rule, the day it is due, whether that day has passed,
     * and whom it is about: a member ({@code memberId}) or else an organisation ({@code unitId}: the branch of an
     * applicant, the organisation whose term ends).
     */
    public record Reminder(ReminderKind kind, String text, LocalDate due, boolean overdue, Integer memberId, Integer unitId) {
    }

    /** The reminders on {@code day}: overdue first, then by the day due. */
    public List<Reminder> on(LocalDate day) {
        List<Reminder> out = new ArrayList<>();
        List<RecruitReminder> due = recruitment.reminders(day);
        // an applicant who is not a member yet is shown through his branch
        java.util.Map<Integer, Integer> branchOf = due.stream().anyMatch(r -> r.memberId() == null && r.recruitId() != null)
                ? recruitment.all().stream().collect(java.util.stream.Collectors.toMap(org.partydesk.model.Recruit::id,
                        org.partydesk.model.Recruit::branchId)) : java.util.Map.of();
        for (RecruitReminder r : due) {
            Integer unitId = r.memberId() != null || r.recruitId() == null ? null : branchOf.get(r.recruitId());
            out.add(new Reminder(ReminderKind.valueOf(r.kind().name()), r.text(), r.due(), r.overdue(), r.memberId(), unitId));
        }
        terms.reminders(day).forEach(t -> out.add(new Reminder(t.overdue() ? ReminderKind.TERM_OVERDUE : ReminderKind.TERM_DUE, t.text(),
                t.endsOn(), t.overdue(), null, t.orgUnitId())));
        for (Transfer t : life.receiptsOutstanding(day)) {
            out.add(new Reminder(ReminderKind.RECEIPT_DUE, "“" + t.memberName() + "”于 " + t.onDate() + " 转往“" + t.otherOrg()
                    + "”，组织关系介绍信回执超过 " + receiptMonths + " 个月仍未收回，请与接收的党组织联系；收到后在其页面点“回执已收到”。",
                    t.onDate().plusMonths(receiptMonths), true, t.memberId(), null));
        }
        // 党费 (decision 0020): unpaid for the remind months up to last month; at the flag months for the secretary, with the rule
        for (Dues.BehindMember b : dues.behind(null)) {
            int months = b.flagged() ? duesRules.flagMonths() : duesRules.remindMonths();
            String text = "“" + b.name() + "”（" + b.branch() + "）自" + b.since().getYear() + "年" + b.since().getMonthValue()
                    + "月起连续 " + b.months() + " 个月未交纳党费，共 " + b.owed().toPlainString() + " 元"
                    + (b.flagged() ? "。" + duesRules.flagRule() + "；请党支部书记了解原因并按规定处理。"
                    : "，请党支部提醒其补交。");
            out.add(new Reminder(b.flagged() ? ReminderKind.DUES_FLAGGED : ReminderKind.DUES_BEHIND, text,
                    b.since().plusMonths(months - 1L).atEndOfMonth(), b.flagged(), b.memberId(), null));
        }
        out.sort(Comparator.comparing(Reminder::overdue).reversed().thenComparing(Reminder::due));
        return out;
    }
}
