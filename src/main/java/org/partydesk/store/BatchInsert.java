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

/**
 * Many rows of one table inserted as a plain JDBC batch: the statement is rendered by jOOQ from the generated
 * table and fields ({@code insert into "member" ("name", …) values (?, …)}), the values are bound straight
 * onto it. jOOQ's own batch wraps every value in a bind value and renders the statement per row, which was
 * most of the bulk imports' time (issue 21); this is their hot path only, everything else stays jOOQ.
 * <p>Values are stored as jOOQ stores them in SQLite (the same text in the file, {@code BatchInsertTest}): a
 * {@code DATE} as {@code 2025-12-31}, a {@code TIMESTAMP} as {@code 2025-12-31 09:00:00.0}, a {@code BOOLEAN}
 * as 0 or 1. It runs on the connection of the transaction of {@code dsl}; rows wait in the JDBC batch until
 * {@link #execute} (the caller chooses when, e.g. parents before children); {@link #close} only closes the statement, so
 * rows added after the last {@code execute} are not written (a failure half-way through adding writes nothing more).
 */
public final class BatchInsert implements AutoCloseable {
    private final Field<?>[] columns;
    private final org.jooq.ConnectionProvider provider;
    private final Connection connection;
    private final PreparedStatement statement;
    private int pending;
    private long count;

    private BatchInsert(DSLContext dsl, Table<?> table, Field<?>[] columns) {
        this.columns = columns.clone();
        String sql = dsl.render(dsl.insertInto(table).columns(columns).values(Collections.nCopies(columns.length, null)));
        this.provider = dsl.configuration().connectionProvider();
        this.connection = provider.acquire();
        try {
            this.statement = connection.prepareStatement(sql);
        } catch (SQLException e) {
            provider.release(connection);
            throw new DataAccessException(sql, e);
        }
    }

    /** A batch of rows of {@code table} giving {@code columns} (the others get their defaults). */
    public static BatchInsert into(DSLContext dsl, Table<?> table, Field<?>... columns) {
        return new BatchInsert(dsl, table, columns);
    }

    /** Adds a row: one value per column, in the order of the columns. */
    public void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(values.length + " values for " + columns.length + " columns");
        }
        try {
            for (int i = 0; i < values.length; i++) {
                bind(i + 1, columns[i], values[i]);
            }
            statement.addBatch();
        } catch (SQLException e) {
            throw new DataAccessException("batch insert", e);
        }
        count++;
        pending++;
    }

    /** The rows added so far. */
    public long count() {
        return count;
    }

    /** The rows added since the last {@link #execute}. */
    public int pending() {
        return pending;
    }

    /** Inserts the rows added since the last call. */
    public void execute() {
        if (pending == 0) {
            return;
        }
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException("batch insert", e);
        }
        pending = 0;
    }

    /** Closes the statement; rows not executed yet are dropped. */
    @Override
    public void close() {
        try {
            statement.close();
        } catch (SQLException e) {
            throw new DataAccessException("batch insert", e);
        } finally {
            provider.release(connection);
        }
    }

    /** A date as jOOQ writes it for SQLite ({@link java.sql.Date#toString}), without a calendar per value. */
    static String date(LocalDate d) {
        return d.getYear() >= 1000 && d.getYear() <= 9999 ? d.toString() : java.sql.Date.valueOf(d).toString();
    }

    /** A timestamp as jOOQ writes it for SQLite ({@link Timestamp#toString}: 2025-03-08 09:00:00.0), likewise. */
    static String timestamp(LocalDateTime t) {
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return Timestamp.valueOf(t).toString();
        }
        StringBuilder sb = new StringBuilder(29).append(t.toLocalDate()).append(' ');
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

    private void bind(int index, Field<?> field, Object value) throws SQLException {
        Object v = value == null || field.getType().isInstance(value) ? value : field.getDataType().convert(value);
        if (v == null) {
            statement.setNull(index, Types.NULL);
        } else if (v instanceof String s) {
            statement.setString(index, s);
        } else if (v instanceof Integer n) {
            statement.setInt(index, n);
        } else if (v instanceof Long n) {
            statement.setLong(index, n);
        } else if (v instanceof Boolean b) {
            statement.setInt(index, b ? 1 : 0);
        } else if (v instanceof LocalDate d) {
            statement.setString(index, date(d));
        } else if (v instanceof LocalDateTime t) {
            statement.setString(index, timestamp(t));
        } else {
            throw new IllegalArgumentException(field.getName() + ": no plain binding for " + v.getClass().getName());
        }
    }
}
