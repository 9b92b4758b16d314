package org.partydesk.app.org;

import java.time.LocalDate;
import java.util.List;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.MemberLifeRules;
import org.partydesk.logic.TermReminders;
import org.partydesk.logic.Terms;
import org.partydesk.model.Meeting;
import org.partydesk.model.OrgTerm;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.OrgTermRepository;

/**
 * 支部换届 (decision 0018): each party organisation's committee is elected for a term (党支部 and 党总支 three
 * years, 党委 five, as data in {@link MemberLifeRules}); a term ending within the reminder months is 应换届, one
 * that has ended without a new election is 逾期未换届.
 */
public final class CommitteeTerms {
    private final Workspace ws;
    private final OrgTermRepository terms;
    private final OrgRepository orgs;
    private final MemberLifeRules rules = MemberLifeRules.standard();

    public CommitteeTerms(Workspace ws) {
        this.ws = ws;
        this.terms = new OrgTermRepository(ws.database());
        this.orgs = new OrgRepository(ws.database());
    }

    /** A year's count of organisations 应换届 (term ending within the reminder months) and 逾期未换届, on {@code day}. */
    public record Counts(int due, int overdue) {
    }

    /** The terms of a unit (every unit when null), newest first. */
    public List<OrgTerm> terms(Integer unitId) {
        return terms.terms(unitId);
    }

    /**
     * Records that {@code unitId}'s committee was elected on {@code electedOn} ({@code meetingId}: the election
     * meeting of the unit that day, or null) for the term its kind has.
     */
    public int record(int unitId, LocalDate electedOn, Integer meetingId) {
        OrgUnit unit = orgs.find(unitId).orElseThrow(() -> new InputRejectedException("组织不存在（编号 " + unitId + "）"));
        int years = rules.termYears(unit.kind()).orElseThrow(() -> new InputRejectedException("“" + unit.name() + "”是"
                + Terms.label(unit.kind()) + "，不选举委员会，没有换届"));
        if (electedOn == null) {
            throw new InputRejectedException("请填写选举日期");
        }
        LocalDate today = LocalDate.now(ws.database().clock());
        if (electedOn.isAfter(today)) {
            throw new InputRejectedException("选举日期（" + electedOn + "）不能晚于今天（" + today + "）");
        }
        if (!unit.activeOn(electedOn)) {
            throw new InputRejectedException("“" + unit.name() + "”在 " + electedOn + " 不存在（尚未成立或已撤销）");
        }
        if (terms.terms(unitId).stream().anyMatch(t -> t.electedOn().equals(electedOn))) {
            throw new InputRejectedException("“" + unit.name() + "”" + electedOn + " 的换届选举已经登记过");
        }
        if (meetingId != null) {
            Meeting m = new MeetingRepository(ws.database()).load(meetingId)
                    .orElseThrow(() -> new InputRejectedException("会议不存在（编号 " + meetingId + "）"));
            if (m.orgUnitId() != unitId || !m.heldAt().toLocalDate().equals(electedOn) || !m.election()) {
                throw new InputRejectedException("所选会议不是“" + unit.name() + "”在 " + electedOn + " 召开的选举大会，"
                        + "请选择那次进行了选举的会议（会议登记中勾选“选举”）");
            }
        }
        return ws.database().write(ws.operator(), tx -> OrgTermRepository.add(tx, new OrgTerm(null, unitId, unit.name(),
                electedOn, years, meetingId)));
    }

    /** The organisations 应换届 or 逾期未换届 on {@code day}, overdue first ({@link TermReminders}). */
    public List<TermReminders.Due> reminders(LocalDate day) {
        return TermReminders.on(day, terms.terms(null), orgs.all(), rules);
    }

    /** The current term of a unit in one sentence, or that none is recorded. */
    public String describe(int unitId) {
        return terms.terms(unitId).stream().findFirst().map(t -> "本届委员会 " + t.electedOn() + " 选举产生，任期 " + t.termYears()
                + " 年，至 " + t.endsOn().minusDays(1) + " 届满").orElse("没有换届选举记录");
    }

    /** {@link Counts} on {@code day}. */
    public Counts counts(LocalDate day) {
        List<TermReminders.Due> r = reminders(day);
        int overdue = (int) r.stream().filter(TermReminders.Due::overdue).count();
        return new Counts(r.size() - overdue, overdue);
    }
}
