package org.partydesk.cli;

/** Runs the command line from tests of other packages, as {@link LedgerCliTest#on} does. */
public final class LedgerCliAccess {
    private LedgerCliAccess() {
    }

    /** Exit code and output of {@code partydesk args… --db db --operator 测试}. */
    public record Result(int code, String out, String err) {
    }

    public static Result on(java.nio.file.Path db, String... args) {
        LedgerCliTest.Run run = LedgerCliTest.on(db, args);
        return new Result(run.code(), run.out(), run.err());
    }
}
