package org.partydesk.store;

/**
 * The open database is damaged inside (its pages fail SQLite's integrity check), so no copy of it can be made through
 * SQLite: a restore puts the backup in its place with the file itself kept aside, as for a file that cannot be opened.
 */
public class DamagedDatabaseException extends StoreException {
    public DamagedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
