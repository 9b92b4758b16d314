package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true, description = "备份数据库和佐证材料")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("命令 backup 尚未提供（见项目问题列表）");
    }
}
