package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.partydesk.app.BackupService;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "备份数据库和佐证材料（窗口打开时请在窗口的“设置”里备份）；不给 --out 时存入备份文件夹并只保留最近 N 份")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--out", paramLabel = "FILE.zip", description = "备份文件")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = dbOptions.openExisting()) {
            BackupService.Done done = new BackupService(ws).backup(out, Progress.NONE);
            spec.commandLine().getOut().println("已备份到 " + done.file());
            if (!done.pruned().isEmpty()) {
                spec.commandLine().getOut().println("已删除较早的备份 " + done.pruned().size() + " 份");
            }
            return PartyDeskCommand.OK;
        }
    }
}
