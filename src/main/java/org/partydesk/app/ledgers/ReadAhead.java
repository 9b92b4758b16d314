package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.partydesk.app.Joins;
import org.partydesk.logic.ledgers.MemberEntry;
import org.partydesk.model.Waits;

/**
 * A roster read and checked on a thread of its own while the command that imports it opens its database (issue 21,
 * decision 0025): reading the file needs nothing from the database as long as no column mapping applies, so the two
 * need not wait for each other. The import takes the reading when it was made as it would make it itself (the same
 * file and sheet, columns by their names because neither the clerk nor the database gives a mapping, the same day);
 * otherwise it reads the file again, and the reading ahead is only lost time on a second core. Every check, message
 * and refusal is the import's own: a file that cannot be read is refused when the import takes the reading.
 * {@link #close} stops a reading nobody took and waits for it, so none outlives the command. The valid rows are also
 * handed over as they are checked ({@link #rows}), for the command line's import that writes while the file is still
 * being read (decision 0028).
 */
public final class ReadAhead implements AutoCloseable {
    /** No reading ahead: the import reads the file itself. */
    public static final ReadAhead NONE = new ReadAhead(null, null, null, null);

    private final Path file;
    private final ImportOptions options;
    private final LocalDate today;
    private final CompletableFuture<CheckedSheet<MemberEntry>> sheet;
    private volatile boolean cancelled;
    /** The valid rows as they are checked, {@link #HANDOVER} at a time, then {@link #END}. */
    private final java.util.concurrent.BlockingQueue<List<CheckedSheet.Row<MemberEntry>>> checked =
            new java.util.concurrent.LinkedBlockingQueue<>();
    /** Rows checked and not yet handed over (the reading thread's own). */
    private List<CheckedSheet.Row<MemberEntry>> pending = new ArrayList<>();
    /** Rows handed over at a time. */
    static final int HANDOVER = 256;
    /** The end of the rows (compared by identity). */
    private static final List<CheckedSheet.Row<MemberEntry>> END = new ArrayList<>();
    /** Whether {@link #rows} was taken (once only). */
    private boolean rowsTaken;

    private ReadAhead(Path file, ImportOptions options, LocalDate today, CompletableFuture<CheckedSheet<MemberEntry>> sheet) {
        this.file = file;
        this.options = options;
        this.today = today;
        this.sheet = sheet;
    }

    /**
     * Starts reading {@code file} as an import of {@code kind} with {@code options} will read it, for an import that
     * opens its database next: a roster without a column mapping given ({@code --map}); any other: {@link #NONE}.
     */
    public static ReadAhead start(LedgerKind kind, Path file, ImportOptions options) {
        if (kind != LedgerKind.MEMBERS || !options.columns().isEmpty() || file == null) {
            return NONE;
        }
        LocalDate today = LocalDate.now();
        CompletableFuture<CheckedSheet<MemberEntry>> reading = new CompletableFuture<>();
        ReadAhead ahead = new ReadAhead(file, options, today, reading);
        Thread t = new Thread(() -> {
            try {
                reading.complete(LedgerImport.read(file, options.sheet(), ColumnMaps.byNames(LedgerKind.MEMBERS), today,
                        ahead::checkCancelled, ahead::checked));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            } finally {
                ahead.endOfRows();
            }
        }, "partydesk-read-ahead");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    private void checkCancelled() {
        if (cancelled) {
            throw new CancellationException("read ahead no longer wanted");
        }
    }

    /** A valid row checked on the reading thread: handed over with the rows before it, {@link #HANDOVER} at a time. */
    private void checked(CheckedSheet.Row<MemberEntry> row) {
        pending.add(row);
        if (pending.size() == HANDOVER) {
            checked.add(pending);
            pending = new ArrayList<>(HANDOVER);
        }
    }

    /** After the last row, however the reading ended. */
    private void endOfRows() {
        if (!pending.isEmpty()) {
            checked.add(pending);
        }
        checked.add(END);
    }

    /**
     * The roster's valid rows in file order as the reading checks them, for an import that writes while the file is
     * still being read ({@link LedgerImport#importAtOnce}); null under the conditions of {@link #members} that make the
     * import read the file itself. The iterator waits for rows still being checked; {@link Rows#sheet()} then gives
     * the whole reading, whose rows are what counts (it may drop some it handed over, such as a 汇总 sheet's).
     */
    Rows rows(Path file, ImportOptions options, ColumnMaps maps, LocalDate today) {
        if (sheet == null || rowsTaken || !fits(file, options, maps, today)) {
            return null;
        }
        rowsTaken = true;
        return new Rows();
    }

    /** The rows of {@link #rows}, and then the whole reading. */
    final class Rows implements java.util.Iterator<CheckedSheet.Row<MemberEntry>> {
        private List<CheckedSheet.Row<MemberEntry>> current = List.of();
        private int next;
        private boolean ended;

        private Rows() {
        }

        @Override
        public boolean hasNext() {
            while (next == current.size()) {
                if (ended) {
                    return false;
                }
                List<CheckedSheet.Row<MemberEntry>> h = Waits.take(checked);
                if (h == END) {
                    ended = true;
                    return false;
                }
                current = h;
                next = 0;
            }
            return true;
        }

        @Override
        public CheckedSheet.Row<MemberEntry> next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.get(next++);
        }

        /** The whole reading (waiting for it): thrown as the import's own reading would have thrown it. */
        CheckedSheet<MemberEntry> sheet() {
            return Joins.join(sheet);
        }
    }

    /**
     * The roster read ahead when it was read as the import would read {@code file} with {@code options}, {@code maps}
     * and {@code today} (waiting for it to finish); null when the import must read the file itself. A reading that
     * failed is thrown as the import's own reading would have thrown it.
     */
    CheckedSheet<MemberEntry> members(Path file, ImportOptions options, ColumnMaps maps, LocalDate today) {
        if (sheet == null || !fits(file, options, maps, today)) {
            return null;
        }
        return Joins.join(sheet);
    }

    /** Whether the reading ahead is the one the import would make of {@code file} with these options and maps today. */
    private boolean fits(Path file, ImportOptions options, ColumnMaps maps, LocalDate today) {
        return file.equals(this.file) && options.equals(this.options) && maps.byNamesOnly() && today.equals(this.today);
    }

    /** Stops a reading that is still going on and waits until it has ended (its result, if any, is dropped). */
    @Override
    public void close() {
        if (sheet == null) {
            return;
        }
        cancelled = true;
        try {
            sheet.join();
        } catch (CompletionException | CancellationException ignored) {
            // a reading nobody takes any more: how it ended does not matter
        }
    }
}
