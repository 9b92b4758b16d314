package org.partydesk.app;

/**
 * The user's input was refused and nothing was written (command line exit code 3). The message is
 * Chinese and names the file, and where it applies the sheet, row and column.
 */
public class InputRejectedException extends RuntimeException {
    public InputRejectedException(String message) {
        super(message);
    }

    public InputRejectedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Refuses with {@code problem}'s sentence when there is one. */
    public static void refuseIf(java.util.Optional<String> problem) {
        if (problem.isPresent()) {
            throw new InputRejectedException(problem.get());
        }
    }
}
