package org.partydesk.app.ledgers;

import java.nio.file.Path;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;

/**
 * An import of one ledger file of any kind: created by reading and checking the whole file, then
 * {@link #preview()} (nothing written), {@link #apply} (one transaction, or nothing at all when there is
 * an error or the user cancels) and {@link #writeAnnotated} (the workbook back with a 导入结果 column).
 */
public interface LedgerImporter {
    Path file();

    ImportPreview preview();

    ImportPreview apply(Progress progress);

    void writeAnnotated(Path out);

    /**
     * Reads and checks {@code file} as a ledger of {@code kind}; {@link org.partydesk.app.InputRejectedException}
     * when it cannot be read as a ledger at all or the kind is not provided yet.
     */
    static LedgerImporter open(LedgerKind kind, Workspace workspace, Path file) {
        return switch (kind) {
            case MEMBERS -> LedgerImport.members(workspace, file);
            case COMMENDATIONS -> CommendationImport.open(workspace, file);
            case RESPONSIBILITIES -> ResponsibilityImport.open(workspace, file);
            default -> throw new org.partydesk.app.InputRejectedException(kind.label() + "：" + LedgerKind.NOT_YET_AVAILABLE);
        };
    }
}
