package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.partydesk.app.OutputPaths;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.LedgerTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code template LEDGER FILE}: an empty ledger with headers, dropdowns and notes. */
@Command(name = "template", mixinStandardHelpOptions = true, description = "生成空白台账模板（表头、下拉选项、填表说明）")
final class TemplateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "LEDGER", description = "台账类型：members, meetings, commendations, responsibilities, recruitment, dues")
    String ledger;

    @Parameters(index = "1", paramLabel = "FILE", description = "生成的空白模板 .xlsx 文件")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LedgerKind kind = LedgerKinds.parse(spec, ledger);
        OutputPaths.check(dbOptions.databaseFile(), null, file, ".xlsx");
        LedgerTemplate.write(kind, file);
        spec.commandLine().getOut().println("已生成空白" + kind.label() + "模板：" + file);
        return PartyDeskCommand.OK;
    }
}
