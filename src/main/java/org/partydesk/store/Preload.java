package org.partydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.partydesk.model.Waits;

import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.SETTING;

/**
 * jOOQ made ready on a thread of its own while a command reads its arguments and opens the database file (issue 21):
 * before a command's first query, loading and initialising jOOQ's classes (about a thousand, several megabytes) took
 * longer than the query itself. A command that will open a database calls {@link #start()} first; the database waits
 * for the preload before its own first use of jOOQ ({@link #await()}), so jOOQ is never initialised by two threads
 * at once. The preload builds, renders and runs (against jOOQ's {@link MockConnection}, which answers from memory
 * and touches no file) queries of the shapes the store uses; whatever goes wrong in it is ignored: the first
 * real query then loads what it needs itself.
 */
public final class Preload {
    private static Thread thread;

    private Preload() {
    }

    /** Starts the preload once; does nothing when it has already started. */
    public static synchronized void start() {
        if (thread == null) {
            thread = new Thread(Preload::run, "partydesk-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Waits until the preload (if one was started) has finished. */
    public static void await() {
        Thread t;
        synchronized (Preload.class) {
            t = thread;
        }
        if (t != null) {
            Waits.join(t);
        }
    }

    private static void run() {
        try {
            List<Result<Record2<Integer, String>>> answer = new ArrayList<>(); // the one row every query gets back
            // through Database first: its class sets jOOQ's logging (no banner) before jOOQ starts
            DSLContext mock = Database.using(new MockConnection(ctx -> new MockResult[] {new MockResult(1, answer.get(0))}));
            answer.add(row(mock));
            LocalDate day = LocalDate.of(2000, 1, 1);
            mock.select(MEETING.ORG_UNIT_ID, MEETING_TYPE.TYPE)
                    .from(MEETING).join(MEETING_TYPE).on(MEETING_TYPE.MEETING_ID.eq(MEETING.ID))
                    .where(MEETING.HELD_AT.ge(day.atStartOfDay())).and(MEETING.HELD_AT.lt(day.plusDays(1).atStartOfDay()))
                    .groupBy(MEETING.ORG_UNIT_ID, MEETING_TYPE.TYPE, DSL.month(MEETING.HELD_AT))
                    .having(DSL.count().gt(0))
                    .orderBy(MEETING.ORG_UNIT_ID)
                    .fetch(r -> r.value1() + r.value2());
            mock.select(SETTING.KEY, SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq("preload")).fetchOne();
        } catch (RuntimeException | LinkageError e) {
            // nothing is lost: the first real query loads what it needs
        }
    }

    /** An id and a text, the columns every preload query selects. */
    private static Result<Record2<Integer, String>> row(DSLContext dsl) {
        Result<Record2<Integer, String>> result = dsl.newResult(MEETING.ORG_UNIT_ID, MEETING_TYPE.TYPE);
        Record2<Integer, String> r = dsl.newRecord(MEETING.ORG_UNIT_ID, MEETING_TYPE.TYPE);
        r.values(1, "PRESENT");
        result.add(r);
        return result;
    }
}
