package org.partydesk.store;

import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import static org.partydesk.store.jooq.Tables.MEETING;

/**
 * The ids of the meetings held in a span of days, as the range from the smallest to the largest (read from the
 * (held_at) index, kept until the database changes): a query that starts from an index keyed by meeting id (a type's
 * meetings, a meeting's open leaves) reads only this range instead of the same rows of every year. The range may
 * hold meetings of other days (ids follow the order meetings were recorded in, not their days): a query that takes it
 * still asks for the days as well; it only reads less.
 */
record MeetingIds(int first, int last) {
    private static final MeetingIds NONE = new MeetingIds(1, 0);

    /** The range of the meetings held from {@code from} to {@code to} (inclusive days). */
    static MeetingIds held(Database db, LocalDate from, LocalDate to) {
        return db.memo("meeting.ids." + from + "." + to, () -> {
            Record2<Integer, Integer> ids = db.read().select(DSL.min(MEETING.ID), DSL.max(MEETING.ID)).from(MEETING)
                    .where(held(from, to)).fetchOne();
            return ids == null || ids.value1() == null ? NONE : new MeetingIds(ids.value1(), ids.value2());
        });
    }

    /** Meetings held from {@code from} to {@code to} (inclusive days) by their time. */
    static Condition held(LocalDate from, LocalDate to) {
        return MEETING.HELD_AT.ge(from.atStartOfDay()).and(MEETING.HELD_AT.lt(to.plusDays(1).atStartOfDay()));
    }

    /** Whether no meeting was held in the span. */
    boolean none() {
        return first > last;
    }

    /** {@code id} (a meeting's id in another table) lies in the range. */
    Condition contain(Field<Integer> id) {
        return id.between(first, last);
    }
}
