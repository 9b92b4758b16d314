package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.MeetingEntry.NamedNote;
import org.partydesk.logic.ledgers.MeetingLedger;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgUnit;
import org.partydesk.office.ledgers.LedgerFileException;
import org.partydesk.office.ledgers.LedgerWriter;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.jooq.tables.records.MeetingRecord;

import static org.partydesk.store.jooq.Tables.AGENDA_ITEM;
import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.NON_VOTING_ATTENDEE;

/**
 * Exports meetings with their attendance as the meetings ledger (三会一课台账) that
 * {@link MeetingLedgerImport} takes back without change: 应到 / 实到 counted from the sheet, those on
 * leave with their reason and the day they made it up, those absent with theirs, 列席 with their note. Meetings are read 500 at a time and
 * written with SXSSF, so memory does not grow with their number.
 */
public final class MeetingLedgerExport {
    private static final int CHUNK = 500;

    private MeetingLedgerExport() {
    }

    /**
     * Writes the meetings held in {@code options.year()} (all when null) by the unit named
     * {@code options.branch()} and the units below it (all when null) to {@code out}; returns how many.
     */
    public static int meetings(Workspace workspace, Path out, LedgerExport.Options options, Progress progress) {
        DSLContext dsl = workspace.database().read();
        OrgRepository orgs = new OrgRepository(workspace.database());
        List<OrgUnit> all = orgs.all();
        Map<Integer, String> names = UnitNames.qualifiedAll(all);
        Condition where = DSL.noCondition();
        if (options.year() != null) {
            where = where.and(MEETING.HELD_AT.ge(LocalDate.of(options.year(), 1, 1).atStartOfDay()))
                    .and(MEETING.HELD_AT.lt(LocalDate.of(options.year() + 1, 1, 1).atStartOfDay()));
        }
        if (options.branch() != null) {
            where = where.and(MEETING.ORG_UNIT_ID.in(orgs.subtreeIds(LedgerExport.unitNamed(workspace, options.branch()))));
        }
        List<Integer> ids = dsl.select(MEETING.ID).from(MEETING).where(where).orderBy(MEETING.HELD_AT, MEETING.ID)
                .fetch(MEETING.ID);
        List<LedgerColumn> columns = MeetingLedger.COLUMNS.columns();
        String title = MeetingLedger.TITLE + (options.year() == null ? "" : "（" + options.year() + "年）");
        try (LedgerWriter writer = LedgerWriter.create(out, MeetingLedger.SHEET_NAME, title, columns, MeetingLedger.GUIDE)) {
            int n = 0;
            for (int from = 0; from < ids.size(); from += CHUNK) {
                progress.checkCancelled();
                Chunk chunk = new Chunk(dsl, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                for (int id : chunk.ids) {
                    n++;
                    List<Object> values = new ArrayList<>(columns.size());
                    for (LedgerColumn c : columns) {
                        values.add(chunk.value(c.key(), id, n, names));
                    }
                    writer.row(values);
                }
                progress.update(n, ids.size(), "正在导出第 " + n + " 次会议");
            }
            writer.finish();
            return n;
        } catch (LedgerFileException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
    }

    /** Up to {@value #CHUNK} meetings with their types, agenda, attendance and non-voting attendees. */
    private static final class Chunk {
        final List<Integer> ids;
        final Map<Integer, MeetingRecord> meetings = new HashMap<>();
        final Map<Integer, Set<MeetingType>> types = new HashMap<>();
        final Map<Integer, List<String>> agenda = new HashMap<>();
        final Map<Integer, List<NamedNote>> onLeave = new HashMap<>();
        final Map<Integer, List<NamedNote>> absent = new HashMap<>();
        final Map<Integer, int[]> counts = new HashMap<>();
        final Map<Integer, List<NamedNote>> nonVoting = new HashMap<>();

        Chunk(DSLContext dsl, List<Integer> ids) {
            this.ids = ids;
            dsl.selectFrom(MEETING).where(MEETING.ID.in(ids)).forEach(r -> meetings.put(r.getId(), r));
            dsl.select(MEETING_TYPE.MEETING_ID, MEETING_TYPE.TYPE).from(MEETING_TYPE).where(MEETING_TYPE.MEETING_ID.in(ids))
                    .forEach(r -> types.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(MeetingType.class))
                            .add(MeetingType.valueOf(r.value2())));
            dsl.select(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.TEXT).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.in(ids))
                    .orderBy(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.SEQ)
                    .forEach(r -> agenda.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            dsl.select(ATTENDANCE.MEETING_ID, MEMBER.NAME, ATTENDANCE.STATUS, ATTENDANCE.LEAVE_REASON, ATTENDANCE.MAKE_UP_ON)
                    .from(ATTENDANCE)
                    .join(MEMBER).on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID)).where(ATTENDANCE.MEETING_ID.in(ids))
                    .orderBy(ATTENDANCE.ID)
                    .forEach(r -> {
                        int[] c = counts.computeIfAbsent(r.value1(), k -> new int[2]);
                        c[0]++;
                        switch (AttendanceStatus.valueOf(r.value3())) {
                            case PRESENT -> c[1]++;
                            case ON_LEAVE -> onLeave.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                                    .add(new NamedNote(r.value2(), MeetingLedger.leaveNote(r.value4(), r.value5(),
                                            meetings.get(r.value1()).getHeldAt().toLocalDate())));
                            case ABSENT -> absent.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                                    .add(new NamedNote(r.value2(), r.value4()));
                        }
                    });
            dsl.selectFrom(NON_VOTING_ATTENDEE).where(NON_VOTING_ATTENDEE.MEETING_ID.in(ids)).orderBy(NON_VOTING_ATTENDEE.ID)
                    .forEach(r -> nonVoting.computeIfAbsent(r.getMeetingId(), k -> new ArrayList<>())
                            .add(new NamedNote(r.getName(), r.getNote())));
        }

        Object value(String key, int id, int seq, Map<Integer, String> names) {
            MeetingRecord m = meetings.get(id);
            int[] c = counts.get(id);
            return switch (key) {
                case MeetingLedger.SEQ -> seq;
                case MeetingLedger.BRANCH -> names.get(m.getOrgUnitId());
                case MeetingLedger.TYPES -> MeetingLedger.typesText(types.getOrDefault(id, EnumSet.noneOf(MeetingType.class)));
                case MeetingLedger.THEME -> m.getTheme();
                case MeetingLedger.HELD_AT -> heldAt(m.getHeldAt());
                case MeetingLedger.PLACE -> m.getPlace();
                case MeetingLedger.HOST -> m.getHostName();
                case MeetingLedger.RECORDER -> m.getRecorderName();
                case MeetingLedger.LECTURER -> m.getLecturerName();
                // a meeting without a sheet: its recorded figures (按台账人数) as given, blank where none
                case MeetingLedger.EXPECTED -> c != null ? (Object) c[0] : m.getRecordedExpected();
                case MeetingLedger.PRESENT -> c != null ? (Object) c[1] : m.getRecordedPresent();
                case MeetingLedger.ON_LEAVE_COUNT -> c != null ? (Object) onLeave.getOrDefault(id, List.of()).size()
                        : m.getRecordedOnLeave();
                case MeetingLedger.ABSENT_COUNT -> c != null ? (Object) absent.getOrDefault(id, List.of()).size()
                        : m.getRecordedAbsent();
                case MeetingLedger.ON_LEAVE -> MeetingLedger.namesText(onLeave.getOrDefault(id, List.of()));
                case MeetingLedger.ABSENT -> MeetingLedger.namesText(absent.getOrDefault(id, List.of()));
                case MeetingLedger.NON_VOTING -> MeetingLedger.namesText(nonVoting.getOrDefault(id, List.of()));
                case MeetingLedger.AGENDA -> MeetingLedger.agendaText(agenda.getOrDefault(id, List.of()));
                case MeetingLedger.MINUTES -> m.getMinutes();
                default -> throw new IllegalStateException("no value for column " + key);
            };
        }

        /** A meeting at midnight is one whose time the ledger did not give: only its day is written. */
        private static Object heldAt(LocalDateTime at) {
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate() : at;
        }
    }
}
