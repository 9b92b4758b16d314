package org.partydesk.app.ledgers;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of Excel ledger (台账) the app imports and exports, by their command-line name. */
public enum LedgerKind {
    MEMBERS("members", "花名册"),
    MEETINGS("meetings", "三会一课台账"),
    COMMENDATIONS("commendations", "评先创优台账"),
    RESPONSIBILITIES("responsibilities", "责任清单台账"),
    RECRUITMENT("recruitment", "发展党员台账"),
    DUES("dues", "党费收缴台账");

    private final String id;
    private final String label;

    LedgerKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<LedgerKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
