package org.partydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingLine;
import org.partydesk.model.MeetingType;

import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.COMMUNITY_POSTING;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;

/**
 * The rows the annual summary names beyond the statistics: the meetings of a type with their themes and
 * lecturers, leave without a make-up session, the members posted to communities and the meeting a photo
 * is linked to.
 */
public final class SummaryQueries {
    private final Database db;
    private final DSLContext dsl;

    public SummaryQueries(Database db) {
        this.db = db;
        this.dsl = db.read();
    }

    /**
     * The meetings of each of {@code types} held in {@code year}, oldest first, in one pass (a meeting of two of the
     * types is in both lists; every type asked for has a list, empty when none). The types' meetings among the year's
     * meeting ids come first (the type's index; CROSS JOIN keeps SQLite's order), then only their meetings: joined
     * from the year's meetings, SQLite read every meeting of the year (theme and lecturer are in the table) to keep
     * the half of the large sample's that are of these types; from the type's index without the year's ids, it
     * walked the type's meetings of all years. One pass for the three types the summary names instead of three.
     */
    public Map<MeetingType, List<MeetingLine>> meetings(int year, Set<MeetingType> types) {
        var lecturer = MEMBER.as("lecturer");
        Map<MeetingType, List<MeetingLine>> out = new EnumMap<>(MeetingType.class);
        types.forEach(t -> out.put(t, new ArrayList<>()));
        MeetingIds ids = MeetingIds.held(db, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        if (ids.none() || types.isEmpty()) {
            return out;
        }
        dsl.select(MEETING.ID, MEETING.ORG_UNIT_ID, MEETING.HELD_AT, MEETING.THEME, MEETING.LECTURER_MEMBER_ID,
                        DSL.coalesce(lecturer.NAME, MEETING.LECTURER_NAME), MEETING_TYPE.TYPE)
                .from(MEETING_TYPE.crossJoin(MEETING))
                .leftJoin(lecturer).on(lecturer.ID.eq(MEETING.LECTURER_MEMBER_ID))
                .where(MEETING.ID.eq(MEETING_TYPE.MEETING_ID))
                .and(MEETING_TYPE.TYPE.in(types.stream().map(Enum::name).toList()))
                .and(ids.contain(MEETING_TYPE.MEETING_ID))
                .and(inYear(year))
                .orderBy(MEETING.HELD_AT, MEETING.ID)
                .forEach(r -> out.get(MeetingType.valueOf(r.value7())).add(new MeetingLine(r.value1(), r.value2(),
                        r.value3().toLocalDate(), r.value4(), r.value5(), r.value6())));
        return out;
    }

    /** Attendance rows of {@code year}'s meetings on leave (请假) with no make-up session recorded. */
    public int leaveWithoutMakeUp(int year) {
        return dsl.fetchCount(DSL.selectOne().from(ATTENDANCE).join(MEETING).on(MEETING.ID.eq(ATTENDANCE.MEETING_ID))
                .where(inYear(year)).and(ATTENDANCE.STATUS.eq(AttendanceStatus.ON_LEAVE.name()))
                .and(ATTENDANCE.MAKE_UP_ON.isNull()));
    }

    /** Members posted to a community (下沉社区) at some time in {@code year}, and the communities: {members, communities}. */
    public int[] postings(int year) {
        Condition during = COMMUNITY_POSTING.START_ON.le(LocalDate.of(year, 12, 31))
                .and(COMMUNITY_POSTING.END_ON.isNull().or(COMMUNITY_POSTING.END_ON.ge(LocalDate.of(year, 1, 1))));
        var r = dsl.select(DSL.countDistinct(COMMUNITY_POSTING.MEMBER_ID), DSL.countDistinct(COMMUNITY_POSTING.COMMUNITY))
                .from(COMMUNITY_POSTING).where(during).fetchOne();
        return r == null ? new int[] {0, 0} : new int[] {r.value1(), r.value2()};
    }

    /** The meeting each of these evidence files is linked to (the first by id), by evidence id. */
    public Map<Integer, Integer> meetingOfEvidence(Collection<Integer> evidenceIds) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (evidenceIds.isEmpty()) {
            return out;
        }
        dsl.select(EVIDENCE_LINK.EVIDENCE_ID, DSL.min(EVIDENCE_LINK.RECORD_ID)).from(EVIDENCE_LINK)
                .where(EVIDENCE_LINK.EVIDENCE_ID.in(evidenceIds))
                .and(EVIDENCE_LINK.RECORD_TYPE.eq(EvidenceRecordType.MEETING.name()))
                .groupBy(EVIDENCE_LINK.EVIDENCE_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /**
     * Image files linked to a meeting held in {@code year}, whatever their own date (a photo filed without the
     * day it was taken, or added later), oldest meeting first.
     */
    public List<org.partydesk.store.jooq.tables.records.EvidenceRecord> photosOfMeetings(int year) {
        var e = org.partydesk.store.jooq.Tables.EVIDENCE;
        return dsl.selectDistinct(e.fields()).from(e)
                .join(EVIDENCE_LINK).on(EVIDENCE_LINK.EVIDENCE_ID.eq(e.ID))
                .join(MEETING).on(MEETING.ID.eq(EVIDENCE_LINK.RECORD_ID))
                .where(EVIDENCE_LINK.RECORD_TYPE.eq(EvidenceRecordType.MEETING.name()))
                .and(inYear(year)).and(e.MEDIA_TYPE.like("image/%"))
                .orderBy(e.ID).fetchInto(e);
    }

    private static Condition inYear(int year) {
        return MeetingIds.held(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
