package org.partydesk.app.ledgers;

import java.nio.file.Path;

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
        return importFile(kind, workspace, file, ImportOptions.NONE, write, progress);
    }

    /**
     * {@link #importFile(LedgerKind, Workspace, Path, boolean, Progress)} as {@code options} say: one sheet, a
     * roster's date, what to do with a meetings ledger's possible duplicate meetings (null: STOP, each is an error
     * that refuses the file) and the clerk's column mapping (remembered when the import is written).
     */
    static ImportPreview importFile(LedgerKind kind, Workspace workspace, Path file, ImportOptions options, boolean write,
                                    Progress progress) {
        return importFile(kind, workspace, file, options, write, progress, ReadAhead.NONE);
    }

    /**
     * {@link #importFile(LedgerKind, Workspace, Path, ImportOptions, boolean, Progress)} taking the file's reading
     * from {@code ahead} (started before the database was opened) where it fits.
     */
    static ImportPreview importFile(LedgerKind kind, Workspace workspace, Path file, ImportOptions options, boolean write,
                                    Progress progress, ReadAhead ahead) {
        if (kind == LedgerKind.MEETINGS) {
            ImportOptions stop = options.duplicates() == null
                    ? options.withDuplicates(MeetingLedgerImport.Duplicates.STOP) : options;
            return write ? MeetingLedgerImport.importAtOnce(workspace, file, stop, progress)
                    : MeetingLedgerImport.open(workspace, file, stop, progress).preview();
        }
        if (kind == LedgerKind.MEMBERS && write) {
            return LedgerImport.importAtOnce(workspace, file, options, progress, ahead);
        }
        LedgerImporter im = kind == LedgerKind.MEMBERS ? LedgerImport.members(workspace, file, options, ahead)
                : open(kind, workspace, file, options, progress);
        return !write || im.preview().hasErrors() ? im.preview() : im.apply(progress);
    }

    static LedgerImporter open(LedgerKind kind, Workspace workspace, Path file, Progress progress) {
        return open(kind, workspace, file, ImportOptions.NONE, progress);
    }

    /**
     * Opens an import of every ledger sheet of {@code file} (sheets without a header, such as 填表说明, are
     * skipped and named in a warning) as {@code options} say: only one sheet, the date a roster describes (null:
     * the date in the file, else today), a meetings ledger's possible duplicates (null: listed as warnings for the
     * clerk to choose) and the column mapping.
     */
    static LedgerImporter open(LedgerKind kind, Workspace workspace, Path file, ImportOptions options, Progress progress) {
        return switch (kind) {
            case MEMBERS -> LedgerImport.members(workspace, file, options);
            case MEETINGS -> MeetingLedgerImport.open(workspace, file, options, progress);
            case COMMENDATIONS -> CommendationImport.open(workspace, file, options);
            case RESPONSIBILITIES -> ResponsibilityImport.open(workspace, file, options);
            case RECRUITMENT -> RecruitmentImport.open(workspace, file, options);
            case DUES -> DuesImport.open(workspace, file, options);
        };
    }
}
