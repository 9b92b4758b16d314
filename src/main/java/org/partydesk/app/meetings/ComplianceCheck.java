package org.partydesk.app.meetings;

import java.time.LocalDate;

import org.partydesk.app.Workspace;
import org.partydesk.logic.AttendanceFlags;
import org.partydesk.logic.ComplianceRules;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.ComplianceReport;
import org.partydesk.store.ComplianceRepository;

/**
 * The 红黄旗 check of a year or a quarter: every branch's rating and shortfalls, and the attendance
 * warnings. "Today" is the database clock's date: slots not yet over are not counted against a branch.
 */
public final class ComplianceCheck {
    private final Workspace ws;

    public ComplianceCheck(Workspace ws) {
        this.ws = ws;
    }

    /** Checks {@code year}, or only its {@code quarter} (1–4) when not null. */
    public ComplianceReport run(int year, Integer quarter) {
        CompliancePeriod period = new CompliancePeriod(year, quarter);
        LocalDate today = LocalDate.now(ws.database().clock());
        ComplianceRepository repo = new ComplianceRepository(ws.database());
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        var branches = ComplianceRules.evaluate(repo.rules(), repo.units(), repo.heldCounts(yearStart, yearEnd),
                period, today);
        var flags = AttendanceFlags.evaluate(
                repo.absenceRuns(period.start().minusMonths(12), period.end()),
                repo.leaves(period.start(), period.end()),
                repo.roleHolders(yearStart, yearEnd),
                repo.lessonLecturers(yearStart, yearEnd),
                period);
        return new ComplianceReport(year, quarter, branches, flags);
    }
}
