package org.partydesk.store;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.impl.DSL;
import org.partydesk.model.OrgKind;

import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LIST;

/**
 * Read-only look-ups by text behind the global search, and the short list of recent meetings. Each
 * query matches a substring (SQLite {@code LIKE} with escaped wildcards) and returns at most
 * {@code limit} rows.
 */
public final class SearchQueries {
    private final Database db;

    public SearchQueries(Database db) {
        this.db = db;
    }

    /** A found member: id, name, job title. */
    public record MemberHit(int id, String name, String jobTitle) {
    }

    /** A found organisation unit: id, name, kind. */
    public record UnitHit(int id, String name, OrgKind kind) {
    }

    /** A meeting: id, when, the unit's name, theme, and its types as stored (comma separated). */
    public record MeetingRow(int id, LocalDateTime heldAt, String unitName, String theme, String types) {
    }

    /** A found responsibility item: id, its text, its list's name and year. */
    public record ItemHit(int id, String text, String listName, int year) {
    }

    /** A found commendation: id, title, day awarded, awarding body. */
    public record CommendationHit(int id, String title, java.time.LocalDate awardedOn, String awardedBy) {
    }

    public List<MemberHit> members(String text, int limit) {
        return db.read().select(MEMBER.ID, MEMBER.NAME, MEMBER.JOB_TITLE).from(MEMBER)
                .where(MEMBER.NAME.like(pattern(text), '\\'))
                .orderBy(MEMBER.NAME, MEMBER.ID).limit(limit)
                .fetch(r -> new MemberHit(r.value1(), r.value2(), r.value3()));
    }

    public List<UnitHit> units(String text, int limit) {
        return db.read().select(ORG_UNIT.ID, ORG_UNIT.NAME, ORG_UNIT.KIND).from(ORG_UNIT)
                .where(ORG_UNIT.NAME.like(pattern(text), '\\'))
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.NAME).limit(limit)
                .fetch(r -> new UnitHit(r.value1(), r.value2(), OrgKind.valueOf(r.value3())));
    }

    /** Meetings whose theme contains {@code text}, newest first. */
    public List<MeetingRow> meetings(String text, int limit) {
        return meetingRows(MEETING.THEME.like(pattern(text), '\\'), limit);
    }

    public List<ItemHit> items(String text, int limit) {
        return db.read().select(RESPONSIBILITY_ITEM.ID, RESPONSIBILITY_ITEM.TEXT, RESPONSIBILITY_LIST.NAME, RESPONSIBILITY_LIST.YEAR)
                .from(RESPONSIBILITY_ITEM).join(RESPONSIBILITY_LIST).on(RESPONSIBILITY_LIST.ID.eq(RESPONSIBILITY_ITEM.LIST_ID))
                .where(RESPONSIBILITY_ITEM.TEXT.like(pattern(text), '\\'))
                .orderBy(RESPONSIBILITY_LIST.YEAR.desc(), RESPONSIBILITY_ITEM.ID).limit(limit)
                .fetch(r -> new ItemHit(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<CommendationHit> commendations(String text, int limit) {
        return db.read().select(COMMENDATION.ID, COMMENDATION.TITLE, COMMENDATION.AWARDED_ON, COMMENDATION.AWARDED_BY)
                .from(COMMENDATION)
                .where(COMMENDATION.TITLE.like(pattern(text), '\\'))
                .orderBy(COMMENDATION.AWARDED_ON.desc(), COMMENDATION.ID.desc()).limit(limit)
                .fetch(r -> new CommendationHit(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private List<MeetingRow> meetingRows(org.jooq.Condition where, int limit) {
        return db.read().select(MEETING.ID, MEETING.HELD_AT, ORG_UNIT.NAME, MEETING.THEME,
                        DSL.select(DSL.groupConcat(MEETING_TYPE.TYPE)).from(MEETING_TYPE)
                                .where(MEETING_TYPE.MEETING_ID.eq(MEETING.ID)).asField("types"))
                .from(MEETING).join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEETING.ORG_UNIT_ID))
                .where(where)
                .orderBy(MEETING.HELD_AT.desc(), MEETING.ID.desc()).limit(limit)
                .fetch(r -> new MeetingRow(r.value1(), r.value2(), r.value3(), r.value4(), (String) r.value5()));
    }

    /** {@code %text%} with LIKE's wildcards escaped. */
    private static String pattern(String text) {
        String t = text == null ? "" : text.strip();
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
