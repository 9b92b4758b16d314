package org.partydesk.office.ledgers;

/** A ledger file that cannot be read or written at all; the message is Chinese and names the file. */
public final class LedgerFileException extends RuntimeException {
    /** The sheet was read but holds no ledger (empty, or no header): another sheet of the workbook may. */
    private final boolean noLedger;

    public LedgerFileException(String message) {
        this(message, false);
    }

    LedgerFileException(String message, boolean noLedger) {
        super(message);
        this.noLedger = noLedger;
    }

    /** Whether the sheet read holds no ledger (it is empty or has no header), rather than the file being unreadable. */
    public boolean noLedger() {
        return noLedger;
    }

    public LedgerFileException(String message, Throwable cause) {
        super(message, cause);
        this.noLedger = false;
    }
}
