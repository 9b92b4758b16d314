package org.partydesk.cli;

import org.partydesk.app.ledgers.LedgerKind;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The LEDGER parameter of import, export and template: an unknown name is a usage error. */
final class LedgerKinds {
    private LedgerKinds() {
    }

    /** The kind named {@code name}; exit 2 when there is none. */
    static LedgerKind parse(CommandSpec spec, String name) {
        return LedgerKind.byId(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "未知的台账类型“" + name + "”，应为 members、meetings、commendations、responsibilities、recruitment 或 dues"));
    }
}
