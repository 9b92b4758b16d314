package org.partydesk.cli;

import java.util.concurrent.Callable;

import org.partydesk.app.VerifyDatabase;
import org.partydesk.app.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "检查数据库：SQLite 完整性、外键、审计日志、结构升级记录与版本；以及佐证材料文件。数据库已损坏或被改动过（恢复会拒绝它的备份）时退出码为 3")
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
            if (result.damaged()) {
                // as for a damaged database given to any command (exit 3): a restore would refuse its backups
                spec.commandLine().getErr().println("检查未通过：数据库 " + ws.databaseFile() + " 已损坏或被改动过（发现 "
                        + result.problems().size() + " 个问题），它的备份恢复时会被拒绝，backup 也不会为它生成备份。"
                        + "请用最近一份完好的备份恢复（restore）");
                return PartyDeskCommand.REJECTED;
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
