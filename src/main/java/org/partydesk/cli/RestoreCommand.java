package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "从备份恢复数据库")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("命令 restore 尚未提供（见项目问题列表）");
    }
}
