package org.partydesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.jooq.tools.json.JSONValue;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.ExpectedAttendee;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberAttendance;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PersonRef;
import org.partydesk.model.VoidedMeeting;
import org.partydesk.model.RecordedCounts;
import org.partydesk.store.jooq.tables.records.AgendaItemRecord;
import org.partydesk.store.jooq.tables.records.AttendanceRecord;
import org.partydesk.store.jooq.tables.records.EvidenceLinkRecord;
import org.partydesk.store.jooq.tables.records.MeetingRecord;
import org.partydesk.store.jooq.tables.records.MeetingTagRecord;
import org.partydesk.store.jooq.tables.records.MeetingTypeRecord;
import org.partydesk.store.jooq.tables.records.NonVotingAttendeeRecord;

import static org.partydesk.store.jooq.Tables.AGENDA_ITEM;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.COMMITTEE_ROLE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TAG;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.NON_VOTING_ATTENDEE;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * Meetings of organisational life (三会一课 …) with their types, agenda, tags, attendance sheet and
 * non-voting attendees. A meeting and all its rows are written in one audited transaction. Attendance
 * counts (应到 / 实到 / 请假 / 缺席) are computed from the attendance rows by a query, never stored.
 */
public final class MeetingRepository {
    private final Database db;

    public MeetingRepository(Database db) {
        this.db = db;
    }

    /** Saves a new meeting and every row of it in one transaction, each row audited; returns its id. */
    public int save(String operator, Meeting meeting) {
        if (meeting.id() != null) {
            throw new IllegalArgumentException("meeting already saved: " + meeting.id());
        }
        return db.write(operator, tx -> {
            MeetingRecord r = tx.dsl().newRecord(MEETING);
            fill(r, meeting);
            int id = tx.insert(r);
            insertRows(tx, id, meeting);
            return id;
        });
    }

    /**
     * Replaces a saved meeting: its own fields are updated and its types, agenda, tags, attendance sheet
     * and non-voting attendees replaced, every change audited, in one transaction.
     */
    public void update(String operator, Meeting meeting) {
        db.write(operator, tx -> {
            replace(tx, meeting);
            return null;
        });
    }

    /** {@link #update} inside a transaction that is already open (an import). */
    public static void replace(Tx tx, Meeting meeting) {
        MeetingRecord r = tx.dsl().selectFrom(MEETING).where(MEETING.ID.eq(meeting.id())).fetchOne();
        if (r == null) {
            throw new StoreException("会议不存在（编号 " + meeting.id() + "），无法修改");
        }
        fill(r, meeting);
        tx.update(r);
        int id = meeting.id();
        for (MeetingTypeRecord x : tx.dsl().selectFrom(MEETING_TYPE).where(MEETING_TYPE.MEETING_ID.eq(id)).fetch()) {
            tx.delete(x);
        }
        for (AgendaItemRecord x : tx.dsl().selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(id)).fetch()) {
            tx.delete(x);
        }
        for (MeetingTagRecord x : tx.dsl().selectFrom(MEETING_TAG).where(MEETING_TAG.MEETING_ID.eq(id)).fetch()) {
            tx.delete(x);
        }
        for (AttendanceRecord x : tx.dsl().selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(id)).fetch()) {
            tx.delete(x);
        }
        for (NonVotingAttendeeRecord x : tx.dsl().selectFrom(NON_VOTING_ATTENDEE)
                .where(NON_VOTING_ATTENDEE.MEETING_ID.eq(id)).fetch()) {
            tx.delete(x);
        }
        insertRows(tx, id, meeting);
    }

    private static void fill(MeetingRecord r, Meeting m) {
        r.setOrgUnitId(m.orgUnitId());
        r.setHeldAt(m.heldAt());
        r.setPlace(m.place());
        r.setHostMemberId(m.host() == null ? null : m.host().memberId());
        r.setHostName(m.host() == null ? null : m.host().name());
        r.setRecorderMemberId(m.recorder() == null ? null : m.recorder().memberId());
        r.setRecorderName(m.recorder() == null ? null : m.recorder().name());
        r.setLecturerMemberId(m.lecturer() == null ? null : m.lecturer().memberId());
        r.setLecturerName(m.lecturer() == null ? null : m.lecturer().name());
        r.setTheme(m.theme());
        r.setMinutes(m.minutes());
        r.setDecisions(m.decisions());
        r.setElection(m.election());
        RecordedCounts rc = m.recorded();
        r.setRecordedExpected(rc == null ? null : rc.expected());
        r.setRecordedPresent(rc == null ? null : rc.present());
        r.setRecordedOnLeave(rc == null ? null : rc.onLeave());
        r.setRecordedAbsent(rc == null ? null : rc.absent());
    }

    /** The recorded figures of a meeting row (null when it has none). */
    static RecordedCounts recorded(Integer expected, Integer present, Integer onLeave, Integer absent) {
        RecordedCounts rc = new RecordedCounts(expected, present, onLeave, absent);
        return rc.isEmpty() ? null : rc;
    }

    /**
     * 应到 / 实到 / 请假 / 缺席 summed over the meetings matching {@code where} that have no attendance rows
     * but recorded figures (按台账人数, decision 0012); the stats and the dashboard add them to the counts of
     * the attendance rows.
     */
    static AttendanceCounts recordedTotals(DSLContext dsl, Condition where) {
        int[] sum = new int[4];
        dsl.select(MEETING.RECORDED_EXPECTED, MEETING.RECORDED_PRESENT, MEETING.RECORDED_ON_LEAVE, MEETING.RECORDED_ABSENT)
                .from(MEETING).where(where).and(hasRecorded())
                .forEach(r -> {
                    AttendanceCounts c = recorded(r.value1(), r.value2(), r.value3(), r.value4()).effective();
                    sum[0] += c.expected();
                    sum[1] += c.present();
                    sum[2] += c.onLeave();
                    sum[3] += c.absent();
                });
        return new AttendanceCounts(sum[0], sum[1], sum[2], sum[3], true);
    }

    /** Meetings whose recorded figures count: some figure given and no attendance rows. */
    static Condition hasRecorded() {
        return MEETING.RECORDED_EXPECTED.isNotNull().or(MEETING.RECORDED_PRESENT.isNotNull())
                .or(MEETING.RECORDED_ON_LEAVE.isNotNull()).or(MEETING.RECORDED_ABSENT.isNotNull())
                .and(DSL.notExists(DSL.selectOne().from(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(MEETING.ID))));
    }

    private static void insertRows(Tx tx, int meetingId, Meeting m) {
        DSLContext dsl = tx.dsl();
        for (MeetingType type : m.types()) {
            MeetingTypeRecord r = dsl.newRecord(MEETING_TYPE);
            r.setMeetingId(meetingId);
            r.setType(type.name());
            tx.insert(r);
        }
        int seq = 1;
        for (String text : m.agenda()) {
            AgendaItemRecord r = dsl.newRecord(AGENDA_ITEM);
            r.setMeetingId(meetingId);
            r.setSeq(seq++);
            r.setText(text);
            tx.insert(r);
        }
        for (String tag : m.tags()) {
            MeetingTagRecord r = dsl.newRecord(MEETING_TAG);
            r.setMeetingId(meetingId);
            r.setTag(tag);
            tx.insert(r);
        }
        for (AttendanceEntry a : m.attendance()) {
            AttendanceRecord r = dsl.newRecord(ATTENDANCE);
            r.setMeetingId(meetingId);
            r.setMemberId(a.memberId());
            r.setStatus(a.status().name());
            r.setLeaveReason(a.leaveReason());
            r.setMakeUpOn(a.makeUpOn());
            tx.insert(r);
        }
        for (NonVotingAttendee n : m.nonVotingAttendees()) {
            NonVotingAttendeeRecord r = dsl.newRecord(NON_VOTING_ATTENDEE);
            r.setMeetingId(meetingId);
            r.setMemberId(n.memberId());
            r.setName(n.name());
            r.setNote(n.note());
            tx.insert(r);
        }
    }

    /** The tables that hold a meeting's rows, the meeting first; evidence links are handled apart. */
    private static final List<Table<? extends UpdatableRecord<?>>> MEETING_TABLES =
            List.of(MEETING, MEETING_TYPE, AGENDA_ITEM, MEETING_TAG, ATTENDANCE, NON_VOTING_ATTENDEE);

    /** {@link #MEETING_TABLES} and the evidence links: everything {@link #dump} holds, in order. */
    private static final List<Table<? extends UpdatableRecord<?>>> DUMPED_TABLES =
            Stream.concat(MEETING_TABLES.stream(), Stream.of(EVIDENCE_LINK)).toList();

    private static Condition ofMeeting(Table<?> table, int meetingId) {
        if (table == MEETING) {
            return MEETING.ID.eq(meetingId);
        }
        if (table == EVIDENCE_LINK) {
            return EVIDENCE_LINK.RECORD_TYPE.eq(EvidenceRecordType.MEETING.name()).and(EVIDENCE_LINK.RECORD_ID.eq(meetingId));
        }
        @SuppressWarnings("unchecked")
        Field<Integer> owner = (Field<Integer>) table.field("meeting_id");
        return owner.eq(meetingId);
    }

    private static List<? extends UpdatableRecord<?>> rowsOf(DSLContext dsl, Table<? extends UpdatableRecord<?>> table,
                                                                     int meetingId) {
        return dsl.selectFrom(table).where(ofMeeting(table, meetingId)).orderBy(table.fields()[0]).fetch();
    }

    /**
     * Every row of a meeting (the meeting, its types, agenda, tags, attendance, non-voting attendees and
     * evidence links) as one JSON object: table name → the rows as {@link Tx#json} writes them. What a
     * voided meeting's DELETE audit row keeps, and what a test compares.
     */
    public static String dump(DSLContext dsl, int meetingId) {
        StringBuilder out = new StringBuilder("{");
        for (var table : DUMPED_TABLES) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(table.getName()).append("\":[");
            List<? extends UpdatableRecord<?>> rows = rowsOf(dsl, table, meetingId);
            for (int i = 0; i < rows.size(); i++) {
                out.append(i == 0 ? "" : ",").append(Tx.json(rows.get(i)));
            }
            out.append(']');
        }
        return out.append('}').toString();
    }

    /** {@link #dump(DSLContext, int)} read outside a transaction. */
    public String dump(int meetingId) {
        return dump(db.read(), meetingId);
    }

    /**
     * Deletes (作废) a meeting: its rows are deleted, each with its DELETE audit row; the meeting's own
     * DELETE audit row holds the whole meeting ({@link #dump}), the reason and whether the evidence links
     * were kept, so that {@link #restore} can give it back. Evidence links stay unless
     * {@code keepEvidence} is false (then they are deleted too, audited). Evidence files are never deleted.
     */
    public static void voidMeeting(Tx tx, int meetingId, String reason, boolean keepEvidence) {
        DSLContext dsl = tx.dsl();
        MeetingRecord meeting = dsl.selectFrom(MEETING).where(MEETING.ID.eq(meetingId)).fetchOne();
        if (meeting == null) {
            throw new StoreException("会议不存在（编号 " + meetingId + "），无法作废");
        }
        String snapshot = "{\"reason\":" + JSONValue.toJSONString(reason)
                + ",\"evidenceKept\":" + keepEvidence + ",\"rows\":" + dump(dsl, meetingId) + "}";
        if (!keepEvidence) {
            for (var link : dsl.selectFrom(EVIDENCE_LINK).where(ofMeeting(EVIDENCE_LINK, meetingId)).fetch()) {
                tx.delete(link);
            }
        }
        for (int t = MEETING_TABLES.size() - 1; t > 0; t--) {
            for (var row : rowsOf(dsl, MEETING_TABLES.get(t), meetingId)) {
                deleteRow(tx, row);
            }
        }
        meeting.delete();
        tx.audit(MEETING.getName(), meetingId, "DELETE", snapshot, null);
    }

    private static <R extends UpdatableRecord<R>> void deleteRow(Tx tx, UpdatableRecord<?> row) {
        @SuppressWarnings("unchecked")
        R r = (R) row;
        tx.delete(r);
    }

    /** Meetings deleted and not restored, newest deletion first, as their DELETE audit rows keep them. */
    public List<VoidedMeeting> voided() {
        DSLContext dsl = db.read();
        List<VoidedMeeting> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(MEETING.getName())).and(AUDIT_LOG.ACTION.eq("DELETE"))
                .and(AUDIT_LOG.RECORD_ID.notIn(DSL.select(MEETING.ID).from(MEETING)))
                .orderBy(AUDIT_LOG.ID.desc())
                .forEach(a -> {
                    if (seen.add(a.getRecordId())) {
                        Map<String, Object> snapshot = AuditTrail.parse(a.getBeforeJson());
                        Map<String, Object> row = meetingRow(snapshot);
                        if (row != null) {
                            MeetingRecord m = fromJson(dsl, MEETING, row);
                            out.add(new VoidedMeeting(a.getRecordId(), m.getOrgUnitId(), m.getHeldAt(), m.getTheme(),
                                    (String) snapshot.get("reason"), !Boolean.FALSE.equals(snapshot.get("evidenceKept")),
                                    a.getOperator(), a.getAt()));
                        }
                    }
                });
        return out;
    }

    /**
     * Restores a voided meeting exactly from its last DELETE audit row: the same id and the same rows in
     * every table (evidence links that were deleted come back where their file still exists); each row
     * audited as an INSERT, and one RESTORE row for the meeting. Refused when the meeting exists.
     */
    public static void restore(Tx tx, int meetingId) {
        DSLContext dsl = tx.dsl();
        if (dsl.fetchExists(MEETING, MEETING.ID.eq(meetingId))) {
            throw new StoreException("会议（编号 " + meetingId + "）没有被作废，无需恢复");
        }
        String json = dsl.select(AUDIT_LOG.BEFORE_JSON).from(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(MEETING.getName())).and(AUDIT_LOG.RECORD_ID.eq(meetingId))
                .and(AUDIT_LOG.ACTION.eq("DELETE"))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOptional(AUDIT_LOG.BEFORE_JSON)
                .orElseThrow(() -> new StoreException("审计记录中没有作废的会议（编号 " + meetingId + "）"));
        Map<String, Object> snapshot = AuditTrail.parse(json);
        if (meetingRow(snapshot) == null) {
            throw new StoreException("审计记录中没有会议（编号 " + meetingId + "）的内容，无法恢复");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> rows = (Map<String, Object>) snapshot.get("rows");
        for (var table : DUMPED_TABLES) {
            Object list = rows.get(table.getName());
            if (!(list instanceof List<?> items)) {
                continue;
            }
            for (Object item : items) {
                @SuppressWarnings("unchecked")
                var record = fromJson(dsl, table, (Map<String, Object>) item);
                if (table == EVIDENCE_LINK) {
                    var link = (EvidenceLinkRecord) record;
                    if (dsl.fetchExists(EVIDENCE_LINK, EVIDENCE_LINK.ID.eq(link.getId()))
                            || !dsl.fetchExists(EVIDENCE, EVIDENCE.ID.eq(link.getEvidenceId()))) {
                        continue; // kept when the meeting was voided, or its file is gone
                    }
                }
                insertRow(tx, record);
            }
        }
        tx.audit(MEETING.getName(), meetingId, "RESTORE", null, Tx.json(dsl.selectFrom(MEETING)
                .where(MEETING.ID.eq(meetingId)).fetchOne()));
    }

    private static <R extends UpdatableRecord<R>> void insertRow(Tx tx, UpdatableRecord<?> row) {
        @SuppressWarnings("unchecked")
        R r = (R) row;
        tx.insert(r);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meetingRow(Map<String, Object> snapshot) {
        if (!(snapshot.get("rows") instanceof Map<?, ?> rows) || !(rows.get(MEETING.getName()) instanceof List<?> list)
                || list.isEmpty()) {
            return null;
        }
        return (Map<String, Object>) list.get(0);
    }

    /** A new record of the table with the fields of a JSON object, converted to the columns' types. */
    private static <R extends Record> R fromJson(DSLContext dsl, Table<R> table, Map<String, Object> values) {
        R r = dsl.newRecord(table);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Field<?> f = table.field(e.getKey());
            if (f != null) {
                set(r, f, e.getValue());
            }
        }
        return r;
    }

    private static <T> void set(Record r, Field<T> f, Object value) {
        r.set(f, f.getDataType().convert(value));
    }

    /** The meeting with all its rows, or empty when there is none with this id. */
    public Optional<Meeting> load(int id) {
        DSLContext dsl = db.read();
        MeetingRecord r = dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        Set<MeetingType> types = EnumSet.noneOf(MeetingType.class);
        dsl.select(MEETING_TYPE.TYPE).from(MEETING_TYPE).where(MEETING_TYPE.MEETING_ID.eq(id))
                .forEach(t -> types.add(MeetingType.valueOf(t.value1())));
        List<String> agenda = dsl.select(AGENDA_ITEM.TEXT).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(id))
                .orderBy(AGENDA_ITEM.SEQ).fetch(AGENDA_ITEM.TEXT);
        Set<String> tags = new LinkedHashSet<>(dsl.select(MEETING_TAG.TAG).from(MEETING_TAG)
                .where(MEETING_TAG.MEETING_ID.eq(id)).orderBy(MEETING_TAG.TAG).fetch(MEETING_TAG.TAG));
        List<AttendanceEntry> sheet = dsl.select(ATTENDANCE.MEMBER_ID, MEMBER.NAME, ATTENDANCE.STATUS,
                        ATTENDANCE.LEAVE_REASON, ATTENDANCE.MAKE_UP_ON)
                .from(ATTENDANCE).join(MEMBER).on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID))
                .where(ATTENDANCE.MEETING_ID.eq(id)).orderBy(ATTENDANCE.ID)
                .fetch(a -> new AttendanceEntry(a.value1(), a.value2(), AttendanceStatus.valueOf(a.value3()),
                        a.value4(), a.value5()));
        List<NonVotingAttendee> nonVoting = dsl.selectFrom(NON_VOTING_ATTENDEE)
                .where(NON_VOTING_ATTENDEE.MEETING_ID.eq(id)).orderBy(NON_VOTING_ATTENDEE.ID)
                .fetch(n -> new NonVotingAttendee(n.getMemberId(), n.getName(), n.getNote()));
        return Optional.of(new Meeting(r.getId(), r.getOrgUnitId(), r.getHeldAt(), r.getPlace(),
                person(r.getHostMemberId(), r.getHostName()), person(r.getRecorderMemberId(), r.getRecorderName()),
                person(r.getLecturerMemberId(), r.getLecturerName()), r.getTheme(), types, agenda, tags,
                r.getMinutes(), r.getDecisions(), Boolean.TRUE.equals(r.getElection()), sheet, nonVoting,
                recorded(r.getRecordedExpected(), r.getRecordedPresent(), r.getRecordedOnLeave(), r.getRecordedAbsent())));
    }

    private static PersonRef person(Integer memberId, String name) {
        return memberId == null && name == null ? null : new PersonRef(memberId, name);
    }

    /** Meetings matching the filter, oldest first, each with its types, tags and attendance counts. */
    public List<MeetingSummary> list(MeetingFilter filter) {
        DSLContext dsl = db.read();
        Condition where = DSL.noCondition();
        if (filter.orgUnitId() != null) {
            where = where.and(MEETING.ORG_UNIT_ID.eq(filter.orgUnitId()));
        }
        if (filter.type() != null) {
            where = where.and(MEETING.ID.in(DSL.select(MEETING_TYPE.MEETING_ID).from(MEETING_TYPE)
                    .where(MEETING_TYPE.TYPE.eq(filter.type().name()))));
        }
        if (filter.tag() != null) {
            where = where.and(MEETING.ID.in(DSL.select(MEETING_TAG.MEETING_ID).from(MEETING_TAG)
                    .where(MEETING_TAG.TAG.eq(filter.tag()))));
        }
        if (filter.from() != null) {
            where = where.and(MEETING.HELD_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where = where.and(MEETING.HELD_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        var meetings = dsl.select(MEETING.ID, MEETING.ORG_UNIT_ID, MEETING.HELD_AT, MEETING.THEME, MEETING.RECORDED_EXPECTED,
                        MEETING.RECORDED_PRESENT, MEETING.RECORDED_ON_LEAVE, MEETING.RECORDED_ABSENT).from(MEETING)
                .where(where).orderBy(MEETING.HELD_AT, MEETING.ID).fetch();
        List<Integer> ids = meetings.getValues(MEETING.ID);
        Map<Integer, Set<MeetingType>> types = new HashMap<>();
        Map<Integer, Set<String>> tags = new HashMap<>();
        Map<Integer, AttendanceCounts> counts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            dsl.select(MEETING_TYPE.MEETING_ID, MEETING_TYPE.TYPE).from(MEETING_TYPE)
                    .where(MEETING_TYPE.MEETING_ID.in(chunk))
                    .forEach(t -> types.computeIfAbsent(t.value1(), k -> EnumSet.noneOf(MeetingType.class))
                            .add(MeetingType.valueOf(t.value2())));
            dsl.select(MEETING_TAG.MEETING_ID, MEETING_TAG.TAG).from(MEETING_TAG)
                    .where(MEETING_TAG.MEETING_ID.in(chunk)).orderBy(MEETING_TAG.TAG)
                    .forEach(t -> tags.computeIfAbsent(t.value1(), k -> new LinkedHashSet<>()).add(t.value2()));
            counts.putAll(countsOf(dsl, ATTENDANCE.MEETING_ID.in(chunk)));
        }
        List<MeetingSummary> out = new ArrayList<>();
        for (var m : meetings) {
            int id = m.value1();
            RecordedCounts rc = recorded(m.value5(), m.value6(), m.value7(), m.value8());
            AttendanceCounts c = counts.get(id);
            out.add(new MeetingSummary(id, m.value2(), m.value3(), m.value4(),
                    types.getOrDefault(id, EnumSet.noneOf(MeetingType.class)), tags.getOrDefault(id, Set.of()),
                    c != null ? c : rc != null ? rc.effective() : AttendanceCounts.NONE));
        }
        return out;
    }

    /**
     * 应到 / 实到 / 请假 / 缺席 of one meeting, counted from its attendance rows, or its recorded figures
     * (按台账人数) when it has no rows.
     */
    public AttendanceCounts counts(int meetingId) {
        DSLContext dsl = db.read();
        AttendanceCounts c = countsOf(dsl, ATTENDANCE.MEETING_ID.eq(meetingId)).get(meetingId);
        if (c != null) {
            return c;
        }
        var r = dsl.select(MEETING.RECORDED_EXPECTED, MEETING.RECORDED_PRESENT, MEETING.RECORDED_ON_LEAVE,
                MEETING.RECORDED_ABSENT).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchOne();
        RecordedCounts rc = r == null ? null : recorded(r.value1(), r.value2(), r.value3(), r.value4());
        return rc == null ? AttendanceCounts.NONE : rc.effective();
    }

    private static Map<Integer, AttendanceCounts> countsOf(DSLContext dsl, Condition which) {
        Field<Integer> expected = DSL.count();
        Field<Integer> present = DSL.count().filterWhere(ATTENDANCE.STATUS.eq(AttendanceStatus.PRESENT.name()));
        Field<Integer> onLeave = DSL.count().filterWhere(ATTENDANCE.STATUS.eq(AttendanceStatus.ON_LEAVE.name()));
        Field<Integer> absent = DSL.count().filterWhere(ATTENDANCE.STATUS.eq(AttendanceStatus.ABSENT.name()));
        Map<Integer, AttendanceCounts> out = new HashMap<>();
        dsl.select(ATTENDANCE.MEETING_ID, expected, present, onLeave, absent).from(ATTENDANCE).where(which)
                .groupBy(ATTENDANCE.MEETING_ID)
                .forEach(r -> out.put(r.value1(), new AttendanceCounts(r.value2(), r.value3(), r.value4(), r.value5())));
        return out;
    }

    /**
     * Who is expected (应到) at a meeting of these types held by the unit on {@code date}. For a meeting
     * that is only a 支部委员会: the members holding a committee role in the branch that day. Otherwise the
     * members belonging to the unit that day by their membership rows (start_on ≤ date and end_on empty or
     * ≥ date), for a branch also those belonging to its 党小组; for a leading group its members. A leader
     * with 双重组织生活 has membership rows in both the leading group and his branch, so he is expected at
     * both. Members who left the roster before the day are not expected. Ordered by name.
     */
    public List<ExpectedAttendee> expectedAttendees(int unitId, LocalDate date, Set<MeetingType> types) {
        DSLContext dsl = db.read();
        String kind = dsl.select(ORG_UNIT.KIND).from(ORG_UNIT).where(ORG_UNIT.ID.eq(unitId)).fetchOne(ORG_UNIT.KIND);
        if (kind == null) {
            throw new StoreException("组织不存在（编号 " + unitId + "）");
        }
        boolean branch = OrgKind.valueOf(kind) == OrgKind.BRANCH;
        boolean committeeOnly = branch && !types.isEmpty() && types.stream().allMatch(t -> t == MeetingType.BRANCH_COMMITTEE);
        Condition who;
        if (committeeOnly) {
            who = MEMBER.ID.in(DSL.select(COMMITTEE_ROLE.MEMBER_ID).from(COMMITTEE_ROLE)
                    .where(COMMITTEE_ROLE.ORG_UNIT_ID.eq(unitId))
                    .and(COMMITTEE_ROLE.START_ON.le(date))
                    .and(COMMITTEE_ROLE.END_ON.isNull().or(COMMITTEE_ROLE.END_ON.ge(date))));
        } else {
            Condition units = branch
                    ? MEMBERSHIP.ORG_UNIT_ID.eq(unitId).or(MEMBERSHIP.ORG_UNIT_ID.in(DSL.select(ORG_UNIT.ID).from(ORG_UNIT)
                            .where(ORG_UNIT.PARENT_ID.eq(unitId)).and(ORG_UNIT.KIND.eq(OrgKind.CELL.name()))))
                    : MEMBERSHIP.ORG_UNIT_ID.eq(unitId);
            who = MEMBER.ID.in(DSL.select(MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP)
                    .where(units)
                    .and(MEMBERSHIP.START_ON.le(date))
                    .and(MEMBERSHIP.END_ON.isNull().or(MEMBERSHIP.END_ON.ge(date))));
        }
        return dsl.select(MEMBER.ID, MEMBER.NAME, votingRights(date)).from(MEMBER)
                .where(who).and(MEMBER.LEFT_ON.isNull().or(MEMBER.LEFT_ON.gt(date)))
                .orderBy(MEMBER.NAME, MEMBER.ID)
                .fetch(r -> new ExpectedAttendee(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3())));
    }

    /** The id of the only member of the roster with this name; empty when there is none or more than one. */
    public Optional<Integer> memberIdByName(String name) {
        List<Integer> ids = db.read().select(MEMBER.ID).from(MEMBER).where(MEMBER.NAME.eq(name)).limit(2).fetch(MEMBER.ID);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** Every tag used on a meeting, in order. */
    public List<String> tags() {
        return db.read().selectDistinct(MEETING_TAG.TAG).from(MEETING_TAG).orderBy(MEETING_TAG.TAG).fetch(MEETING_TAG.TAG);
    }

    /** The day of the most recent meeting, or empty when there is none. */
    public Optional<LocalDate> lastMeetingDay() {
        LocalDateTime last = db.read().select(DSL.max(MEETING.HELD_AT)).from(MEETING).fetchOne(0, LocalDateTime.class);
        return Optional.ofNullable(last).map(LocalDateTime::toLocalDate);
    }

    /** A member's attendance rows with their meetings, newest first. */
    public List<MemberAttendance> attendanceOf(int memberId) {
        DSLContext dsl = db.read();
        var rows = dsl.select(MEETING.ID, MEETING.HELD_AT, ORG_UNIT.NAME, MEETING.THEME, ATTENDANCE.STATUS,
                        ATTENDANCE.LEAVE_REASON, ATTENDANCE.MAKE_UP_ON)
                .from(ATTENDANCE)
                .join(MEETING).on(MEETING.ID.eq(ATTENDANCE.MEETING_ID))
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEETING.ORG_UNIT_ID))
                .where(ATTENDANCE.MEMBER_ID.eq(memberId))
                .orderBy(MEETING.HELD_AT.desc(), MEETING.ID.desc())
                .fetch();
        Map<Integer, Set<MeetingType>> types = new HashMap<>();
        dsl.select(MEETING_TYPE.MEETING_ID, MEETING_TYPE.TYPE).from(MEETING_TYPE)
                .join(ATTENDANCE).on(ATTENDANCE.MEETING_ID.eq(MEETING_TYPE.MEETING_ID))
                .where(ATTENDANCE.MEMBER_ID.eq(memberId))
                .forEach(t -> types.computeIfAbsent(t.value1(), k -> EnumSet.noneOf(MeetingType.class))
                        .add(MeetingType.valueOf(t.value2())));
        return rows.map(r -> new MemberAttendance(r.value1(), r.value2(), r.value3(), r.value4(),
                types.getOrDefault(r.value1(), Set.of()), AttendanceStatus.valueOf(r.value5()), r.value6(), r.value7()));
    }

    /** Which of these members had a vote on {@code date}: full members (正式党员) on that day. */
    public Set<Integer> votingMembers(Collection<Integer> memberIds, LocalDate date) {
        return new HashSet<>(db.read().select(MEMBER.ID).from(MEMBER)
                .where(MEMBER.ID.in(memberIds)).and(votingRightsCondition(date)).fetch(MEMBER.ID));
    }

    private static Condition votingRightsCondition(LocalDate date) {
        return MEMBER.STATUS.eq(MemberStatus.FULL.name())
                .and(MEMBER.FULL_MEMBER_ON.isNull().or(MEMBER.FULL_MEMBER_ON.le(date)));
    }

    private static Field<Boolean> votingRights(LocalDate date) {
        return DSL.field(votingRightsCondition(date));
    }
}
