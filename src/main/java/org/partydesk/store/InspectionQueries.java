package org.partydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.RecordedCounts;

import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.PROGRESS_RECORD;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LETTER;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LIST;

/**
 * The evidence of a year, record by record, for the inspection package (迎检材料): which file proves
 * which meeting, progress record, letter or commendation, with the record's key figures.
 */
public final class InspectionQueries {
    private final Database db;

    public InspectionQueries(Database db) {
        this.db = db;
    }

    /**
     * One evidence file of one record. {@code unitName} is the branch (or list, or title) it belongs
     * under; {@code meetingTypes} is a comma list of MeetingType names for meetings; the counts are
     * computed from the attendance sheet (meetings only); {@code recipients} counts a commendation's recipients.
     */
    public record Row(EvidenceRecordType recordType, int recordId, String unitName, LocalDate date, String recordTitle,
                      String meetingTypes, int expected, int present, int onLeave, int absent,
                      int evidenceId, String sha256, String originalName, String title, String caption, String photographer,
                      int recipients) {
    }

    /** Every evidence file linked to a meeting, progress record, letter or commendation of {@code year}. */
    public List<Row> rows(int year, Collection<Integer> unitIds) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Row> out = new ArrayList<>();
        out.addAll(meetingRows(from, to, unitIds));
        out.addAll(progressRows(from, to, unitIds));
        out.addAll(letterRows(year, unitIds));
        out.addAll(commendationRows(from, to, unitIds));
        return out;
    }

    private List<Row> meetingRows(LocalDate from, LocalDate to, Collection<Integer> unitIds) {
        Field<String> types = DSL.select(DSL.groupConcat(MEETING_TYPE.TYPE)).from(MEETING_TYPE)
                .where(MEETING_TYPE.MEETING_ID.eq(MEETING.ID)).asField("types");
        Field<Integer> expected = DSL.selectCount().from(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(MEETING.ID)).asField("expected");
        Field<Integer> present = count("PRESENT");
        Field<Integer> onLeave = count("ON_LEAVE");
        Field<Integer> absent = count("ABSENT");
        Condition where = MEETING.HELD_AT.ge(from.atStartOfDay()).and(MEETING.HELD_AT.lt(to.plusDays(1).atStartOfDay()));
        if (unitIds != null) {
            where = where.and(MEETING.ORG_UNIT_ID.in(unitIds));
        }
        return db.read().select(MEETING.ID, ORG_UNIT.NAME, MEETING.HELD_AT, MEETING.THEME, types, expected, present, onLeave, absent,
                        EVIDENCE.ID, EVIDENCE.SHA256, EVIDENCE.ORIGINAL_NAME, EVIDENCE.TITLE, EVIDENCE.CAPTION, EVIDENCE.PHOTOGRAPHER,
                        MEETING.RECORDED_EXPECTED, MEETING.RECORDED_PRESENT, MEETING.RECORDED_ON_LEAVE, MEETING.RECORDED_ABSENT)
                .from(MEETING).join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEETING.ORG_UNIT_ID))
                .join(EVIDENCE_LINK).on(EVIDENCE_LINK.RECORD_TYPE.eq(EvidenceRecordType.MEETING.name()).and(EVIDENCE_LINK.RECORD_ID.eq(MEETING.ID)))
                .join(EVIDENCE).on(EVIDENCE.ID.eq(EVIDENCE_LINK.EVIDENCE_ID))
                .where(where).orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.NAME, MEETING.HELD_AT, EVIDENCE.ID)
                .fetch(r -> {
                    // a meeting without attendance rows counts by the figures its ledger gave (按台账人数), if any
                    RecordedCounts rc = new RecordedCounts(r.value16(), r.value17(), r.value18(), r.value19());
                    AttendanceCounts c = r.value6() == 0 && !rc.isEmpty() ? rc.effective()
                            : new AttendanceCounts(r.value6(), r.value7(), r.value8(), r.value9());
                    return new Row(EvidenceRecordType.MEETING, r.value1(), r.value2(), r.value3().toLocalDate(), r.value4(),
                            r.value5(), c.expected(), c.present(), c.onLeave(), c.absent(), r.value10(), r.value11(), r.value12(),
                            r.value13(), r.value14(), r.value15(), 0);
                });
    }

    private static Field<Integer> count(String status) {
        return DSL.selectCount().from(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(MEETING.ID)).and(ATTENDANCE.STATUS.eq(status))
                .asField(status.toLowerCase(java.util.Locale.ROOT));
    }

    private List<Row> progressRows(LocalDate from, LocalDate to, Collection<Integer> unitIds) {
        Condition where = PROGRESS_RECORD.RECORDED_ON.between(from, to);
        if (unitIds != null) {
            where = where.and(RESPONSIBILITY_LIST.OWNER_ORG_UNIT_ID.in(unitIds));
        }
        return db.read().select(PROGRESS_RECORD.ID, RESPONSIBILITY_LIST.NAME, PROGRESS_RECORD.RECORDED_ON, RESPONSIBILITY_ITEM.TEXT,
                        EVIDENCE.ID, EVIDENCE.SHA256, EVIDENCE.ORIGINAL_NAME, EVIDENCE.TITLE, EVIDENCE.CAPTION, EVIDENCE.PHOTOGRAPHER)
                .from(PROGRESS_RECORD).join(RESPONSIBILITY_ITEM).on(RESPONSIBILITY_ITEM.ID.eq(PROGRESS_RECORD.ITEM_ID))
                .join(RESPONSIBILITY_LIST).on(RESPONSIBILITY_LIST.ID.eq(RESPONSIBILITY_ITEM.LIST_ID))
                .join(EVIDENCE_LINK).on(EVIDENCE_LINK.RECORD_TYPE.eq(EvidenceRecordType.PROGRESS_RECORD.name()).and(EVIDENCE_LINK.RECORD_ID.eq(PROGRESS_RECORD.ID)))
                .join(EVIDENCE).on(EVIDENCE.ID.eq(EVIDENCE_LINK.EVIDENCE_ID))
                .where(where).orderBy(RESPONSIBILITY_LIST.ID, RESPONSIBILITY_ITEM.SEQ, PROGRESS_RECORD.RECORDED_ON, EVIDENCE.ID)
                .fetch(r -> new Row(EvidenceRecordType.PROGRESS_RECORD, r.value1(), r.value2(), r.value3(), r.value4(), null, 0, 0, 0, 0,
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), 0));
    }

    private List<Row> letterRows(int year, Collection<Integer> unitIds) {
        Condition where = RESPONSIBILITY_LETTER.YEAR.eq(year);
        if (unitIds != null) {
            where = where.and(RESPONSIBILITY_LIST.OWNER_ORG_UNIT_ID.in(unitIds));
        }
        return db.read().select(RESPONSIBILITY_LETTER.ID, RESPONSIBILITY_LETTER.TITLE, RESPONSIBILITY_LETTER.SIGNED_ON,
                        RESPONSIBILITY_LETTER.PARTY_A, RESPONSIBILITY_LETTER.PARTY_B,
                        EVIDENCE.ID, EVIDENCE.SHA256, EVIDENCE.ORIGINAL_NAME, EVIDENCE.TITLE, EVIDENCE.CAPTION, EVIDENCE.PHOTOGRAPHER)
                .from(RESPONSIBILITY_LETTER).leftJoin(RESPONSIBILITY_LIST).on(RESPONSIBILITY_LIST.ID.eq(RESPONSIBILITY_LETTER.LIST_ID))
                .join(EVIDENCE_LINK).on(EVIDENCE_LINK.RECORD_TYPE.eq(EvidenceRecordType.RESPONSIBILITY_LETTER.name()).and(EVIDENCE_LINK.RECORD_ID.eq(RESPONSIBILITY_LETTER.ID)))
                .join(EVIDENCE).on(EVIDENCE.ID.eq(EVIDENCE_LINK.EVIDENCE_ID))
                .where(where).orderBy(RESPONSIBILITY_LETTER.SIGNED_ON, RESPONSIBILITY_LETTER.ID, EVIDENCE.ID)
                .fetch(r -> new Row(EvidenceRecordType.RESPONSIBILITY_LETTER, r.value1(), r.value2(), r.value3(),
                        r.value4() + "—" + r.value5(), null, 0, 0, 0, 0,
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), 0));
    }

    private List<Row> commendationRows(LocalDate from, LocalDate to, Collection<Integer> unitIds) {
        Condition where = COMMENDATION.AWARDED_ON.between(from, to);
        if (unitIds != null) {
            where = where.and(COMMENDATION.ID.in(DSL.select(COMMENDATION_RECIPIENT.COMMENDATION_ID).from(COMMENDATION_RECIPIENT)
                    .where(COMMENDATION_RECIPIENT.ORG_UNIT_ID.in(unitIds))
                    .or(COMMENDATION_RECIPIENT.MEMBER_ID.in(DSL.select(MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP)
                            .where(MEMBERSHIP.ORG_UNIT_ID.in(unitIds)).and(MEMBERSHIP.START_ON.le(COMMENDATION.AWARDED_ON))
                            .and(MEMBERSHIP.END_ON.isNull().or(MEMBERSHIP.END_ON.ge(COMMENDATION.AWARDED_ON)))))));
        }
        Field<Integer> recipients = DSL.selectCount().from(COMMENDATION_RECIPIENT)
                .where(COMMENDATION_RECIPIENT.COMMENDATION_ID.eq(COMMENDATION.ID)).asField("recipients");
        return db.read().select(COMMENDATION.ID, COMMENDATION.TITLE, COMMENDATION.AWARDED_ON, COMMENDATION.DOCUMENT_NUMBER, recipients,
                        EVIDENCE.ID, EVIDENCE.SHA256, EVIDENCE.ORIGINAL_NAME, EVIDENCE.TITLE, EVIDENCE.CAPTION, EVIDENCE.PHOTOGRAPHER)
                .from(COMMENDATION)
                .join(EVIDENCE_LINK).on(EVIDENCE_LINK.RECORD_TYPE.eq(EvidenceRecordType.COMMENDATION.name()).and(EVIDENCE_LINK.RECORD_ID.eq(COMMENDATION.ID)))
                .join(EVIDENCE).on(EVIDENCE.ID.eq(EVIDENCE_LINK.EVIDENCE_ID))
                .where(where).orderBy(COMMENDATION.TITLE, COMMENDATION.AWARDED_ON, EVIDENCE.ID)
                .fetch(r -> new Row(EvidenceRecordType.COMMENDATION, r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? "" : r.value4(), null, 0, 0, 0, 0,
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value5()));
    }
}
