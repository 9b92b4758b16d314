package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;

/**
 * An import of one ledger file, read and checked when it is opened: {@link #preview()} first,
 * {@link #apply} in one transaction (nothing written on any error or on cancel), and the annotated copy
 * of the workbook for the clerk to correct.
 */
public interface LedgerImporter {
    Path file();

    ImportPreview preview();

    /** Imports in one transaction; throws {@link InputRejectedException} listing every error, writing nothing. */
    ImportPreview apply(Progress progress);

    /** A copy of the imported sheet with a 导入结果 column beside each row that has messages. */
    void writeAnnotated(Path out);

    /**
     * Checks {@code file} and, when {@code write} and it has no error, imports it (in one reading of the
     * file where the kind allows): returns what was done, or would be done, with every warning and error.
     * With an error nothing is written.
     */
    static ImportPreview importFile(LedgerKind kind, Workspace workspace, Path file, boolean write, Progress progress) {
        return importFile(kind, workspace, file, write, progress, null, MeetingLedgerImport.Duplicates.STOP);
    }

    /**
     * {@link #importFile(LedgerKind, Workspace, Path, boolean, Progress)} of a roster describing {@code asOf} (null:
     * as the file says), where a meetings ledger's possible duplicate meetings are skipped, added or (STOP) errors
     * that refuse the file.
     */
    static ImportPreview importFile(LedgerKind kind, Workspace workspace, Path file, boolean write, Progress progress,
                                    LocalDate asOf, MeetingLedgerImport.Duplicates duplicates) {
        return importFile(kind, workspace, file, null, write, progress, asOf, duplicates);
    }

    /**
     * {@link #importFile(LedgerKind, Workspace, Path, boolean, Progress, LocalDate, MeetingLedgerImport.Duplicates)}
     * of one sheet ({@code sheet}; null: every ledger sheet of the workbook).
     */
    static ImportPreview importFile(LedgerKind kind, Workspace workspace, Path file, String sheet, boolean write,
                                    Progress progress, LocalDate asOf, MeetingLedgerImport.Duplicates duplicates) {
        if (kind == LedgerKind.MEETINGS) {
            return write ? MeetingLedgerImport.importAtOnce(workspace, file, sheet, progress, duplicates)
                    : MeetingLedgerImport.open(workspace, file, sheet, progress, duplicates).preview();
        }
        LedgerImporter im = open(kind, workspace, file, sheet, progress, asOf);
        return !write || im.preview().hasErrors() ? im.preview() : im.apply(progress);
    }

    static LedgerImporter open(LedgerKind kind, Workspace workspace, Path file, Progress progress) {
        return open(kind, workspace, file, progress, null);
    }

    /** Opens an import; {@code asOf} is the date a roster describes (null: the date in the file, else today; other kinds ignore it). */
    static LedgerImporter open(LedgerKind kind, Workspace workspace, Path file, Progress progress, LocalDate asOf) {
        return open(kind, workspace, file, null, progress, asOf);
    }

    /**
     * Opens an import of every ledger sheet of {@code file} (only {@code sheet} when not null; sheets without
     * a header, such as 填表说明, are skipped and named in a warning).
     */
    static LedgerImporter open(LedgerKind kind, Workspace workspace, Path file, String sheet, Progress progress,
                               LocalDate asOf) {
        return switch (kind) {
            case MEMBERS -> LedgerImport.members(workspace, file, sheet, asOf);
            case MEETINGS -> MeetingLedgerImport.open(workspace, file, sheet, progress, null);
            case COMMENDATIONS -> CommendationImport.open(workspace, file, sheet);
            case RESPONSIBILITIES -> ResponsibilityImport.open(workspace, file, sheet);
        };
    }
}
