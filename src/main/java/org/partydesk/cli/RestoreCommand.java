package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.partydesk.app.BackupService;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "从备份恢复数据库：先检查备份文件（完整性、结构版本），保留当前数据库的副本，再替换")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "FILE", description = "备份文件（.zip）或数据库文件（.db）")
    Path file;

    @picocli.CommandLine.Option(names = "--other-bureau", description = "确认用另一个单位的备份替换本单位的全部数据")
    boolean otherBureau;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        // a new database (no empty one made first and kept as "the one before"), or one that cannot be opened at all,
        // the very case a backup is for: the backup takes its place
        boolean exists = java.nio.file.Files.exists(dbOptions.databaseFile());
        Workspace ws = null;
        String unreadable = null;
        if (exists) {
            try {
                ws = dbOptions.open();
            } catch (InputRejectedException e) {
                unreadable = BackupService.unreadable(e).orElseThrow(() -> e);
            }
        }
        if (ws == null) {
            BackupService.Restored r = BackupService.restoreOverUnreadable(dbOptions.databaseFile(), file, dbOptions.operator,
                    java.time.Clock.systemDefaultZone());
            String figures = "（结构版本 " + r.schemaVersion() + "，佐证材料 " + r.evidenceFiles() + " 个）";
            if (!exists) {
                out.println("已从 " + file + " 恢复到新的数据库 " + dbOptions.databaseFile().toAbsolutePath() + figures);
            } else {
                out.println("当前数据库无法打开（" + unreadable + "），已从 " + file + " 恢复" + figures + "；无法核对备份是否属于本单位");
                out.println("原来的数据库文件已另存为 " + r.previousCopy());
            }
            return PartyDeskCommand.OK;
        }
        try (Workspace open = ws) {
            BackupService.Restored r = new BackupService(open).restore(file, otherBureau);
            out.println("已从 " + file + " 恢复（结构版本 " + r.schemaVersion() + "，佐证材料 " + r.evidenceFiles() + " 个）");
            out.println("恢复前的数据库已另存为 " + r.previousCopy());
            return PartyDeskCommand.OK;
        } catch (RuntimeException e) {
            if (!BackupService.damagedInside(e)) {
                throw e;
            }
            // opened, yet damaged inside: no copy of it can be made through SQLite, so the file itself is kept aside
            BackupService.Restored r = BackupService.restoreOverUnreadable(dbOptions.databaseFile(), file, dbOptions.operator,
                    java.time.Clock.systemDefaultZone());
            out.println("当前数据库已损坏，已从 " + file + " 恢复（结构版本 " + r.schemaVersion() + "，佐证材料 " + r.evidenceFiles()
                    + " 个）；无法核对备份是否属于本单位");
            out.println("原来的数据库文件已另存为 " + r.previousCopy());
            return PartyDeskCommand.OK;
        }
    }
}
