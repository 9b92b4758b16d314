package org.partydesk.store;

/**
 * The database lies where this process may not write (a read-only file or folder), and what was asked would write:
 * refused before anything is done, saying why and what still works.
 */
public class ReadOnlyDatabaseException extends StoreException {
    public ReadOnlyDatabaseException(String message) {
        super(message);
    }
}
