package org.partydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Many rows of one table inserted as a plain JDBC batch: the statement is rendered by jOOQ from the generated
 * table and fields ({@code insert into "member" ("name", …) values (?, …), (?, …), …}: up to
 * {@value #ROWS_PER_STATEMENT} rows a statement, the rest one by one), the values are bound straight onto it. jOOQ's own batch wraps every value in a bind value and renders the statement per row, which was
 * most of the bulk imports' time (issue 21); this is their hot path only, everything else stays jOOQ.
 * <p>Values are stored as jOOQ stores them in SQLite (the same text in the file, {@code BatchInsertTest}): a
 * {@code DATE} as {@code 2025-12-31}, a {@code TIMESTAMP} as {@code 2025-12-31 09:00:00.0}, a {@code BOOLEAN}
 * as 0 or 1. It runs on the connection of the transaction of {@code dsl}; rows wait (in the JDBC batch, or for
 * their group to fill) until {@link #execute}, which inserts them in the order they were added (the caller chooses
 * when, e.g. parents before children); {@link #close} only closes the statements, so
 * rows added after the last {@code execute} are not written (a failure half-way through adding writes nothing more).
 */
public final class BatchInsert implements AutoCloseable {
    /**
     * Rows one statement inserts at most ({@code values (…), (…), …}): SQLite then steps, resets and updates the
     * table's AUTOINCREMENT sequence once per group instead of once per row, about a quarter of the time of the
     * roster import's inserts (decision 0025). Also at most {@link #MAX_PARAMETERS} parameters per statement, so a
     * table of few columns gets the most from it: 100,000 memberships (3 columns) took 280 ms in groups of 50 rows and
     * about 190 ms in groups of 250, while a member's row (17 columns) stays at 58 rows a statement.
     */
    static final int ROWS_PER_STATEMENT = 250;
    /** SQLite's smallest limit on the parameters of one statement (SQLITE_MAX_VARIABLE_NUMBER before 3.32). */
    static final int MAX_PARAMETERS = 999;

    private final DSLContext dsl;
    private final Table<?> table;
    private final Field<?>[] columns;
    private final org.jooq.ConnectionProvider provider;
    private final Connection connection;
    /** Rows per group: {@link #ROWS_PER_STATEMENT}, fewer for a table of many columns. */
    private final int perGroup;
    /** The statement of one row, for the rows that do not fill a group; made when first needed. */
    private PreparedStatement single;
    /** The statement of {@link #perGroup} rows; made when the first group is full. */
    private PreparedStatement group;
    /** The statement of {@link #lastId}; made when first needed. */
    private PreparedStatement lastId;
    /** Whether {@link #group} holds groups not executed yet. */
    private boolean groupsWaiting;
    /** Rows (their values as bound) waiting for their group to fill. */
    private final Object[][] waiting;
    private int waitingCount;
    /** The positions 0, 1, … of the columns: a row given as one value per column. */
    private final int[] everyPosition;
    private int pending;
    private long count;

    private BatchInsert(DSLContext dsl, Table<?> table, Field<?>[] columns) {
        this.dsl = dsl;
        this.table = table;
        this.columns = columns.clone();
        this.perGroup = Math.max(1, Math.min(ROWS_PER_STATEMENT, MAX_PARAMETERS / Math.max(1, columns.length)));
        this.waiting = new Object[perGroup][];
        this.everyPosition = java.util.stream.IntStream.range(0, columns.length).toArray();
        this.provider = dsl.configuration().connectionProvider();
        this.connection = provider.acquire();
    }

    /** A batch of rows of {@code table} giving {@code columns} (the others get their defaults). */
    public static BatchInsert into(DSLContext dsl, Table<?> table, Field<?>... columns) {
        return new BatchInsert(dsl, table, columns);
    }

    /** Statements rendered before, by table, columns and rows: an import renders the same few again for every chunk. */
    private static final java.util.Map<String, String> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The statement inserting {@code rows} rows, rendered by jOOQ. */
    private PreparedStatement prepare(int rows) {
        StringBuilder key = new StringBuilder(table.getName()).append('|').append(rows);
        for (Field<?> f : columns) {
            key.append('|').append(f.getName());
        }
        String sql = RENDERED.computeIfAbsent(key.toString(), k -> {
            var insert = dsl.insertInto(table).columns(columns);
            java.util.List<Object> nulls = Collections.nCopies(columns.length, null);
            var values = insert.values(nulls);
            for (int i = 1; i < rows; i++) {
                values = values.values(nulls);
            }
            return dsl.render(values);
        });
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /** The rows of one group (for tests). */
    int groupRows() {
        return perGroup;
    }

    /** The SQL of the statement inserting {@code rows} rows (for tests). */
    String sql(int rows) {
        try (PreparedStatement s = prepare(rows)) {
            return s.toString();
        } catch (SQLException e) {
            throw new DataAccessException("batch insert", e);
        }
    }

    /** Adds a row: one value per column, in the order of the columns. */
    public void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(values.length + " values for " + columns.length + " columns");
        }
        add(values, everyPosition);
    }

    /** Adds a row whose value of the column at position i is {@code values[positions[i]]}. */
    public void add(Object[] values, int[] positions) {
        if (positions.length != columns.length) {
            throw new IllegalArgumentException(positions.length + " values for " + columns.length + " columns");
        }
        Object[] row = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
            row[i] = bound(columns[i], values[positions[i]]);
        }
        waiting[waitingCount++] = row;
        count++;
        pending++;
        if (waitingCount == perGroup) {
            if (group == null) {
                group = prepare(perGroup);
            }
            try {
                for (int r = 0; r < perGroup; r++) {
                    bind(group, r * columns.length, waiting[r]);
                    waiting[r] = null;
                }
                group.addBatch();
            } catch (SQLException e) {
                throw new DataAccessException("batch insert", e);
            }
            waitingCount = 0;
            groupsWaiting = true;
        }
    }

    /**
     * The rowid of the last row inserted on this connection ({@code last_insert_rowid()}): after {@link #execute}, that
     * of this batch's last row. One statement prepared for the batch, not a query through jOOQ's pipeline per call:
     * {@code dsl.lastID()} took ~0.4 ms a call, once per table per chunk of an import (issue 21).
     */
    public long lastId() {
        try {
            if (lastId == null) {
                lastId = connection.prepareStatement(RENDERED.computeIfAbsent("last_insert_rowid()",
                        k -> dsl.render(dsl.select(DSL.function("last_insert_rowid", SQLDataType.BIGINT)))));
            }
            try (java.sql.ResultSet rs = lastId.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("last_insert_rowid()", e);
        }
    }

    /** The rows added so far. */
    public long count() {
        return count;
    }

    /** The rows added since the last {@link #execute}. */
    public int pending() {
        return pending;
    }

    /** Inserts the rows added since the last call, in the order they were added. */
    public void execute() {
        if (pending == 0) {
            return;
        }
        try {
            if (groupsWaiting) {
                group.executeBatch();
                groupsWaiting = false;
            }
            if (waitingCount > 0) {
                if (single == null) {
                    single = prepare(1);
                }
                for (int r = 0; r < waitingCount; r++) {
                    bind(single, 0, waiting[r]);
                    waiting[r] = null;
                    single.addBatch();
                }
                waitingCount = 0;
                single.executeBatch();
            }
        } catch (SQLException e) {
            throw new DataAccessException("batch insert", e);
        }
        pending = 0;
    }

    /** Closes the statements; rows not executed yet are dropped. */
    @Override
    public void close() {
        try {
            close(group);
            close(single);
            close(lastId);
        } catch (SQLException e) {
            throw new DataAccessException("batch insert", e);
        } finally {
            provider.release(connection);
        }
    }

    private static void close(PreparedStatement s) throws SQLException {
        if (s != null) {
            s.close();
        }
    }

    /** A date as jOOQ writes it for SQLite ({@link java.sql.Date#toString}), without a calendar per value. */
    static String date(LocalDate d) {
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return java.sql.Date.valueOf(d).toString();
        }
        return day(new StringBuilder(10), d).toString();
    }

    /** Appends a date of the years 1000–9999 as yyyy-mm-dd, digit by digit, without {@link LocalDate#toString}'s own builder. */
    private static StringBuilder day(StringBuilder sb, LocalDate d) {
        two(two(sb, d.getYear() / 100), d.getYear() % 100).append('-');
        return two(two(sb, d.getMonthValue()).append('-'), d.getDayOfMonth());
    }

    /** A timestamp as jOOQ writes it for SQLite ({@link Timestamp#toString}: 2025-03-08 09:00:00.0), likewise. */
    static String timestamp(LocalDateTime t) {
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return Timestamp.valueOf(t).toString();
        }
        StringBuilder sb = day(new StringBuilder(29), t.toLocalDate()).append(' ');
        two(sb, t.getHour()).append(':');
        two(two(sb, t.getMinute()).append(':'), t.getSecond()).append('.');
        int nanos = t.getNano();
        if (nanos == 0) {
            return sb.append('0').toString();
        }
        String digits = Integer.toString(1_000_000_000 + nanos).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return sb.append(digits, 0, end).toString();
    }

    private static StringBuilder two(StringBuilder sb, int n) {
        return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    /** What {@link #plainValue} gives for SQL that is no plain value. */
    static final Object NOT_PLAIN = new Object();

    /**
     * The value a column's default written in SQL ({@code 0}, {@code 'FULL'}, as jOOQ renders it) is bound as here: an
     * Integer or Long, or a String; {@link #NOT_PLAIN} for anything else (an expression, a function).
     */
    static Object plainValue(String sql) {
        String t = sql.strip();
        if (t.length() >= 2 && t.charAt(0) == '\'' && t.charAt(t.length() - 1) == '\'') {
            String inner = t.substring(1, t.length() - 1);
            return inner.replace("''", "").contains("'") ? NOT_PLAIN : inner.replace("''", "'");
        }
        try {
            long n = Long.parseLong(t);
            return n == (int) n ? (Object) (int) n : (Object) n;
        } catch (NumberFormatException e) {
            return NOT_PLAIN;
        }
    }

    /**
     * A value as it is bound: null, a {@code String}, {@code Integer} or {@code Long} (a value of another Java type
     * converted by the field's data type first: booleans 0 or 1, dates as text). A value that cannot be bound is
     * refused here, when it is added.
     */
    static Object bound(Field<?> field, Object value) {
        Class<?> type = field.getType();
        Object v = value == null || value.getClass() == type || type.isInstance(value) ? value : field.getDataType().convert(value);
        if (v == null || v instanceof String || v instanceof Integer || v instanceof Long) {
            return v;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof LocalDate d) {
            return date(d);
        } else if (v instanceof LocalDateTime t) {
            return timestamp(t);
        }
        throw new IllegalArgumentException(field.getName() + ": no plain binding for " + v.getClass().getName());
    }

    /** Binds a row's values (from {@link #bound}) to {@code statement} from parameter {@code offset + 1} on. */
    private static void bind(PreparedStatement statement, int offset, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            int index = offset + i + 1;
            if (v == null) {
                statement.setNull(index, Types.NULL);
            } else if (v instanceof String s) {
                statement.setString(index, s);
            } else if (v instanceof Integer n) {
                statement.setInt(index, n);
            } else {
                statement.setLong(index, (Long) v);
            }
        }
    }
}
