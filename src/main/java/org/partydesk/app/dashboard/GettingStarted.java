package org.partydesk.app.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partydesk.app.Workspace;
import org.partydesk.store.GettingStartedQueries;

/**
 * The first week of a bureau that starts from a blank database, as five steps in their order: the unit's
 * name, the roster with its date, the branch committees, the past ledgers and a first 红黄旗 check. Each
 * step says whether it is done and what is there, read from the database every time.
 */
public final class GettingStarted {
    /** Set once the clerk has opened the 红黄旗 check from the steps. */
    public static final String COMPLIANCE_VIEWED_SETTING = "getting_started.compliance_viewed";
    /** Set when the clerk hides the steps for good. */
    public static final String HIDDEN_SETTING = "getting_started.hidden";

    private static final Pattern AS_OF = Pattern.compile("\"asOf\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

    /** The steps, in the order a clerk takes them. */
    public enum StepKind { BUREAU, ROSTER, COMMITTEES, LEDGERS, COMPLIANCE }

    /**
     * One step: whether it is done and the figures that say what is there (which of them are set depends
     * on the step; the others are zero or null).
     */
    public record Step(StepKind kind, boolean done, String bureauName, int members, int branches, int withCommittee,
                       LocalDate rosterDate, int meetings, Integer firstYear, Integer lastYear) {
    }

    private final Workspace ws;
    private final GettingStartedQueries queries;

    public GettingStarted(Workspace ws) {
        this.ws = ws;
        this.queries = new GettingStartedQueries(ws.database());
    }

    /** The five steps as the database stands today. */
    public List<Step> steps() {
        LocalDate today = LocalDate.now(ws.database().clock());
        int branches = queries.branchesOn(today);
        int members = queries.membersOn(today);
        int withCommittee = queries.branchesWithCommitteeOn(today);
        GettingStartedQueries.Meetings meetings = queries.meetings();
        String bureau = ws.setting(Workspace.BUREAU_NAME_SETTING).orElse(null);
        Integer first = meetings.first() == null ? null : meetings.first().getYear();
        Integer last = meetings.last() == null ? null : meetings.last().getYear();
        boolean viewed = ws.setting(COMPLIANCE_VIEWED_SETTING).isPresent();
        return List.of(
                new Step(StepKind.BUREAU, bureau != null, bureau, 0, 0, 0, null, 0, null, null),
                new Step(StepKind.ROSTER, members > 0, null, members, branches, 0, rosterDate().orElse(null), 0, null, null),
                new Step(StepKind.COMMITTEES, branches > 0 && withCommittee == branches, null, 0, branches, withCommittee,
                        null, 0, null, null),
                new Step(StepKind.LEDGERS, meetings.count() > 0, null, 0, 0, 0, null, meetings.count(), first, last),
                new Step(StepKind.COMPLIANCE, viewed && meetings.count() > 0, null, 0, 0, 0, null, meetings.count(),
                        first, last));
    }

    /** Whether every step is done. */
    public static boolean allDone(List<Step> steps) {
        return steps.stream().allMatch(Step::done);
    }

    /** Whether the clerk hid the steps. */
    public boolean hidden() {
        return ws.setting(HIDDEN_SETTING).isPresent();
    }

    public void hide() {
        ws.putSetting(HIDDEN_SETTING, "1");
    }

    /** Notes that the clerk went on to the 红黄旗 check (the last step). */
    public void markComplianceViewed() {
        ws.putSetting(COMPLIANCE_VIEWED_SETTING, LocalDate.now(ws.database().clock()).toString());
    }

    /** The date of the newest roster imported (截至…), when the import recorded one. */
    private Optional<LocalDate> rosterDate() {
        return queries.latestRosterImport().flatMap(json -> {
            Matcher m = AS_OF.matcher(json);
            return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        });
    }
}
