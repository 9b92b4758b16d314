package org.partydesk.cli;

import java.util.concurrent.Callable;

import org.partydesk.app.VerifyDatabase;
import org.partydesk.app.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "检查数据库：SQLite 完整性、外键、结构版本；以及佐证材料文件")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = dbOptions.openExisting()) {
            VerifyDatabase.Result result = VerifyDatabase.run(ws);
            var out = spec.commandLine().getOut();
            for (String line : result.lines()) {
                out.println(line);
            }
            if (!result.ok()) {
                spec.commandLine().getErr().println("检查未通过：发现 " + result.problems().size() + " 个问题");
                return PartyDeskCommand.FAILED;
            }
            out.println("检查通过：" + ws.databaseFile());
            return PartyDeskCommand.OK;
        }
    }
}
