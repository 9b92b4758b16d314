package org.partydesk.app.ledgers;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of Excel ledger (台账) the app imports and exports, by their command-line name. */
public enum LedgerKind {
    MEMBERS("members", "花名册", true),
    MEETINGS("meetings", "三会一课台账", true),
    COMMENDATIONS("commendations", "评先创优台账", true),
    RESPONSIBILITIES("responsibilities", "责任清单台账", true);

    /** What the command line prints for a kind that is not provided yet. */
    public static final String NOT_YET_AVAILABLE = "该台账类型将在后续版本提供";

    private final String id;
    private final String label;
    private final boolean available;

    LedgerKind(String id, String label, boolean available) {
        this.id = id;
        this.label = label;
        this.available = available;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether this version imports, exports and writes templates of this kind. */
    public boolean available() {
        return available;
    }

    public static Optional<LedgerKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
