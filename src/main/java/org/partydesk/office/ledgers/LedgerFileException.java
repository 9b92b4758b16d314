package org.partydesk.office.ledgers;

/** A ledger file that cannot be read or written at all; the message is Chinese and names the file. */
public final class LedgerFileException extends RuntimeException {
    public LedgerFileException(String message) {
        super(message);
    }

    public LedgerFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
