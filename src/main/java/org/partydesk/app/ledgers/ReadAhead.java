package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.partydesk.app.Joins;
import org.partydesk.logic.ledgers.MemberEntry;

/**
 * A roster read and checked on a thread of its own while the command that imports it opens its database (issue 21,
 * decision 0025): reading the file needs nothing from the database as long as no column mapping applies, so the two
 * need not wait for each other. The import takes the reading when it was made as it would make it itself (the same
 * file and sheet, columns by their names because neither the clerk nor the database gives a mapping, the same day);
 * otherwise it reads the file again, and the reading ahead is only lost time on a second core. Every check, message
 * and refusal is the import's own: a file that cannot be read is refused when the import takes the reading.
 * {@link #close} stops a reading nobody took and waits for it, so none outlives the command.
 */
public final class ReadAhead implements AutoCloseable {
    /** No reading ahead: the import reads the file itself. */
    public static final ReadAhead NONE = new ReadAhead(null, null, null, null);

    private final Path file;
    private final ImportOptions options;
    private final LocalDate today;
    private final CompletableFuture<CheckedSheet<MemberEntry>> sheet;
    private volatile boolean cancelled;

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
                        ahead::checkCancelled));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
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

    /**
     * The roster read ahead when it was read as the import would read {@code file} with {@code options}, {@code maps}
     * and {@code today} (waiting for it to finish); null when the import must read the file itself. A reading that
     * failed is thrown as the import's own reading would have thrown it.
     */
    CheckedSheet<MemberEntry> members(Path file, ImportOptions options, ColumnMaps maps, LocalDate today) {
        if (sheet == null || !file.equals(this.file) || !options.equals(this.options) || !maps.byNamesOnly()
                || !today.equals(this.today)) {
            return null;
        }
        return Joins.join(sheet);
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
