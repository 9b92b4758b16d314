package org.partydesk.store;

/** A failure of the store, with a message a clerk can read (Chinese). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
