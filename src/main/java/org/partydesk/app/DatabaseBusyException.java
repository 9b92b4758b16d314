package org.partydesk.app;

/**
 * The database is open in another PartyDesk window or command (only one writer at a time): nothing was
 * read or written. Command line exit code 4; the window says so and offers to try again.
 */
public class DatabaseBusyException extends RuntimeException {
    public DatabaseBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
