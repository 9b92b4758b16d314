package org.partydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;

import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;
import static org.partydesk.store.jooq.Tables.DEPARTMENT;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.PROGRESS_RECORD;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LETTER;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LIST;

/**
 * The records a 佐证材料 file can be linked to, found for a picker: of one kind, narrowed by year, by units (a branch and
 * the units under it), by meeting type and by words of their text, newest first, at most a given number. Each row names
 * the record as a list shows it: its day, its unit (or who it concerns), and its text.
 */
public final class EvidenceTargets {
    private final Database db;

    public EvidenceTargets(Database db) {
        this.db = db;
    }

    /**
     * What to find; each null criterion matches all. {@code unitIds} narrows every kind: meetings by where they were
     * held, members by their 党支部 today, units themselves, items and 纪实 by the unit owning their 清单, 责任书 by
     * their 清单's unit or a party that is one of the units by name, 评先创优 by a recipient that is one of the units
     * or a member of one on the day it was given (as the 评先创优 page's 党支部 filter); {@code meetingType} by meetings only; {@code year} by every kind that has
     * a day or a year (not members or units).
     */
    public record Query(Integer year, Collection<Integer> unitIds, MeetingType meetingType, String words, int limit) {
    }

    /** A record that can be linked to: its day (null: none), its unit or who it concerns, its meeting types, its text. */
    public record Target(EvidenceRecordType type, int id, LocalDate day, String unit, Set<MeetingType> meetingTypes,
                         String text) {
        public Target {
            meetingTypes = meetingTypes.isEmpty() ? Set.of() : EnumSet.copyOf(meetingTypes);
        }
    }

    /** Whether a record of this kind and id exists (a meeting that was 作废 does not). */
    public boolean exists(EvidenceRecordType type, int id) {
        DSLContext dsl = db.read();
        return switch (type) {
            case MEETING -> dsl.fetchExists(MEETING, MEETING.ID.eq(id));
            case PROGRESS_RECORD -> dsl.fetchExists(PROGRESS_RECORD, PROGRESS_RECORD.ID.eq(id));
            case RESPONSIBILITY_LETTER -> dsl.fetchExists(RESPONSIBILITY_LETTER, RESPONSIBILITY_LETTER.ID.eq(id));
            case COMMENDATION -> dsl.fetchExists(COMMENDATION, COMMENDATION.ID.eq(id));
            case MEMBER -> dsl.fetchExists(MEMBER, MEMBER.ID.eq(id));
            case RESPONSIBILITY_ITEM -> dsl.fetchExists(RESPONSIBILITY_ITEM, RESPONSIBILITY_ITEM.ID.eq(id));
            case ORG_UNIT -> dsl.fetchExists(ORG_UNIT, ORG_UNIT.ID.eq(id));
        };
    }

    /** The records of {@code type} that {@code q} finds, newest first; at most {@code q.limit()}. */
    public List<Target> find(EvidenceRecordType type, Query q) {
        return switch (type) {
            case MEETING -> meetings(q);
            case PROGRESS_RECORD -> progressRecords(q);
            case RESPONSIBILITY_ITEM -> items(q);
            case RESPONSIBILITY_LETTER -> letters(q);
            case COMMENDATION -> commendations(q);
            case MEMBER -> members(q);
            case ORG_UNIT -> units(q);
        };
    }

    private List<Target> meetings(Query q) {
        Condition where = words(q, MEETING.THEME);
        if (q.year() != null) {
            where = where.and(MEETING.HELD_AT.ge(LocalDate.of(q.year(), 1, 1).atStartOfDay()))
                    .and(MEETING.HELD_AT.lt(LocalDate.of(q.year() + 1, 1, 1).atStartOfDay()));
        }
        if (q.unitIds() != null) {
            where = where.and(MEETING.ORG_UNIT_ID.in(q.unitIds()));
        }
        if (q.meetingType() != null) {
            where = where.and(MEETING.ID.in(DSL.select(MEETING_TYPE.MEETING_ID).from(MEETING_TYPE)
                    .where(MEETING_TYPE.TYPE.eq(q.meetingType().name()))));
        }
        DSLContext dsl = db.read();
        var rows = dsl.select(MEETING.ID, MEETING.HELD_AT, ORG_UNIT.NAME, MEETING.THEME).from(MEETING)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEETING.ORG_UNIT_ID)).where(where)
                .orderBy(MEETING.HELD_AT.desc(), MEETING.ID.desc()).limit(q.limit()).fetch();
        Map<Integer, Set<MeetingType>> types = new HashMap<>();
        dsl.select(MEETING_TYPE.MEETING_ID, MEETING_TYPE.TYPE).from(MEETING_TYPE)
                .where(MEETING_TYPE.MEETING_ID.in(rows.getValues(MEETING.ID)))
                .forEach(t -> types.computeIfAbsent(t.value1(), k -> EnumSet.noneOf(MeetingType.class))
                        .add(MeetingType.valueOf(t.value2())));
        return rows.map(r -> new Target(EvidenceRecordType.MEETING, r.value1(), r.value2().toLocalDate(), r.value3(),
                types.getOrDefault(r.value1(), Set.of()), r.value4()));
    }

    private List<Target> progressRecords(Query q) {
        Condition where = words(q, PROGRESS_RECORD.TEXT).or(words(q, RESPONSIBILITY_ITEM.TEXT));
        if (q.year() != null) {
            where = where.and(inYear(PROGRESS_RECORD.RECORDED_ON, q.year()));
        }
        if (q.unitIds() != null) {
            where = where.and(RESPONSIBILITY_LIST.OWNER_ORG_UNIT_ID.in(q.unitIds()));
        }
        return db.read().select(PROGRESS_RECORD.ID, PROGRESS_RECORD.RECORDED_ON, RESPONSIBILITY_LIST.NAME,
                        RESPONSIBILITY_ITEM.TEXT, PROGRESS_RECORD.TEXT)
                .from(PROGRESS_RECORD).join(RESPONSIBILITY_ITEM).on(RESPONSIBILITY_ITEM.ID.eq(PROGRESS_RECORD.ITEM_ID))
                .join(RESPONSIBILITY_LIST).on(RESPONSIBILITY_LIST.ID.eq(RESPONSIBILITY_ITEM.LIST_ID)).where(where)
                .orderBy(PROGRESS_RECORD.RECORDED_ON.desc(), PROGRESS_RECORD.ID.desc()).limit(q.limit())
                .fetch(r -> new Target(EvidenceRecordType.PROGRESS_RECORD, r.value1(), r.value2(), r.value3(), Set.of(),
                        r.value4() + "：" + r.value5()));
    }

    private List<Target> items(Query q) {
        Condition where = words(q, RESPONSIBILITY_ITEM.TEXT);
        if (q.year() != null) {
            where = where.and(RESPONSIBILITY_LIST.YEAR.eq(q.year()));
        }
        if (q.unitIds() != null) {
            where = where.and(RESPONSIBILITY_LIST.OWNER_ORG_UNIT_ID.in(q.unitIds()));
        }
        return db.read().select(RESPONSIBILITY_ITEM.ID, RESPONSIBILITY_LIST.YEAR, RESPONSIBILITY_LIST.NAME,
                        RESPONSIBILITY_ITEM.TEXT)
                .from(RESPONSIBILITY_ITEM).join(RESPONSIBILITY_LIST).on(RESPONSIBILITY_LIST.ID.eq(RESPONSIBILITY_ITEM.LIST_ID))
                .where(where)
                .orderBy(RESPONSIBILITY_LIST.YEAR.desc(), RESPONSIBILITY_LIST.ID, RESPONSIBILITY_ITEM.LEVEL,
                        RESPONSIBILITY_ITEM.SEQ, RESPONSIBILITY_ITEM.ID)
                .limit(q.limit())
                .fetch(r -> new Target(EvidenceRecordType.RESPONSIBILITY_ITEM, r.value1(), null,
                        r.value2() + "年 " + r.value3(), Set.of(), r.value4()));
    }

    private List<Target> letters(Query q) {
        Condition where = words(q, RESPONSIBILITY_LETTER.TITLE).or(words(q, RESPONSIBILITY_LETTER.PARTY_A))
                .or(words(q, RESPONSIBILITY_LETTER.PARTY_B));
        if (q.year() != null) {
            where = where.and(RESPONSIBILITY_LETTER.YEAR.eq(q.year()));
        }
        if (q.unitIds() != null) {
            // the unit owning the 清单 it is signed for, or a party written as one of the units' names
            var names = DSL.select(ORG_UNIT.NAME).from(ORG_UNIT).where(ORG_UNIT.ID.in(q.unitIds()));
            where = where.and(RESPONSIBILITY_LETTER.LIST_ID.in(DSL.select(RESPONSIBILITY_LIST.ID).from(RESPONSIBILITY_LIST)
                            .where(RESPONSIBILITY_LIST.OWNER_ORG_UNIT_ID.in(q.unitIds())))
                    .or(RESPONSIBILITY_LETTER.PARTY_A.in(names)).or(RESPONSIBILITY_LETTER.PARTY_B.in(names)));
        }
        return db.read().select(RESPONSIBILITY_LETTER.ID, RESPONSIBILITY_LETTER.SIGNED_ON, RESPONSIBILITY_LETTER.PARTY_A,
                        RESPONSIBILITY_LETTER.PARTY_B, RESPONSIBILITY_LETTER.TITLE)
                .from(RESPONSIBILITY_LETTER).where(where)
                .orderBy(RESPONSIBILITY_LETTER.SIGNED_ON.desc(), RESPONSIBILITY_LETTER.ID.desc()).limit(q.limit())
                .fetch(r -> new Target(EvidenceRecordType.RESPONSIBILITY_LETTER, r.value1(), r.value2(),
                        r.value3() + "—" + r.value4(), Set.of(), r.value5()));
    }

    private List<Target> commendations(Query q) {
        Field<String> recipient = DSL.coalesce(MEMBER.NAME, ORG_UNIT.NAME, DEPARTMENT.NAME,
                COMMENDATION_RECIPIENT.EXTERNAL_NAME);
        Condition where = words(q, COMMENDATION.TITLE);
        if (q.words() != null && !q.words().isBlank()) {
            where = where.or(COMMENDATION.ID.in(DSL.select(COMMENDATION_RECIPIENT.COMMENDATION_ID)
                    .from(COMMENDATION_RECIPIENT)
                    .leftJoin(MEMBER).on(MEMBER.ID.eq(COMMENDATION_RECIPIENT.MEMBER_ID))
                    .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(COMMENDATION_RECIPIENT.ORG_UNIT_ID))
                    .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(COMMENDATION_RECIPIENT.DEPARTMENT_ID))
                    .where(recipient.contains(q.words().strip()))));
        }
        if (q.year() != null) {
            where = where.and(inYear(COMMENDATION.AWARDED_ON, q.year()));
        }
        if (q.unitIds() != null) {
            where = where.and(CommendationRepository.ofUnits(q.unitIds()));
        }
        DSLContext dsl = db.read();
        var rows = dsl.select(COMMENDATION.ID, COMMENDATION.AWARDED_ON, COMMENDATION.TITLE).from(COMMENDATION).where(where)
                .orderBy(COMMENDATION.AWARDED_ON.desc(), COMMENDATION.ID.desc()).limit(q.limit()).fetch();
        Map<Integer, List<String>> recipients = new LinkedHashMap<>();
        dsl.select(COMMENDATION_RECIPIENT.COMMENDATION_ID, recipient).from(COMMENDATION_RECIPIENT)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(COMMENDATION_RECIPIENT.MEMBER_ID))
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(COMMENDATION_RECIPIENT.ORG_UNIT_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(COMMENDATION_RECIPIENT.DEPARTMENT_ID))
                .where(COMMENDATION_RECIPIENT.COMMENDATION_ID.in(rows.getValues(COMMENDATION.ID)))
                .orderBy(COMMENDATION_RECIPIENT.ID)
                .forEach(r -> recipients.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return rows.map(r -> new Target(EvidenceRecordType.COMMENDATION, r.value1(), r.value2(),
                String.join("、", recipients.getOrDefault(r.value1(), List.of())), Set.of(), r.value3()));
    }

    private List<Target> members(Query q) {
        // a member's current 党支部 (a 党小组 membership runs beside it), one row a member
        Condition current = MEMBERSHIP.END_ON.isNull();
        Condition where = words(q, MEMBER.NAME);
        if (q.unitIds() != null) {
            where = where.and(MEMBER.ID.in(DSL.select(MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP)
                    .where(current.and(MEMBERSHIP.ORG_UNIT_ID.in(q.unitIds())))));
        }
        return db.read().select(MEMBER.ID, ORG_UNIT.NAME, MEMBER.NAME).from(MEMBER)
                .leftJoin(MEMBERSHIP.join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEMBERSHIP.ORG_UNIT_ID).and(ORG_UNIT.KIND.ne("CELL"))))
                .on(MEMBERSHIP.MEMBER_ID.eq(MEMBER.ID).and(current))
                .where(where).orderBy(MEMBER.NAME, MEMBER.ID).limit(q.limit())
                .fetch(r -> new Target(EvidenceRecordType.MEMBER, r.value1(), null,
                        r.value2() == null ? "" : r.value2(), Set.of(), r.value3()));
    }

    private List<Target> units(Query q) {
        var parent = ORG_UNIT.as("parent");
        Condition where = words(q, ORG_UNIT.NAME);
        if (q.unitIds() != null) {
            where = where.and(ORG_UNIT.ID.in(q.unitIds()));
        }
        return db.read().select(ORG_UNIT.ID, parent.NAME, ORG_UNIT.NAME).from(ORG_UNIT)
                .leftJoin(parent).on(parent.ID.eq(ORG_UNIT.PARENT_ID))
                .where(where).orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.NAME, ORG_UNIT.ID).limit(q.limit())
                .fetch(r -> new Target(EvidenceRecordType.ORG_UNIT, r.value1(), null,
                        r.value2() == null ? "" : r.value2(), Set.of(), r.value3()));
    }

    /** Days of {@code year} (a range, so that the column's index serves it). */
    private static Condition inYear(Field<LocalDate> day, int year) {
        return day.ge(LocalDate.of(year, 1, 1)).and(day.lt(LocalDate.of(year + 1, 1, 1)));
    }

    /** The words searched for in {@code field} (contains, with % and _ taken literally); true without words. */
    private static Condition words(Query q, Field<String> field) {
        return q.words() == null || q.words().isBlank() ? DSL.trueCondition() : field.contains(q.words().strip());
    }
}
