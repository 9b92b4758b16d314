package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, description = "导入 Excel 台账：members | meetings | commendations | responsibilities")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "LEDGER", description = "台账类型：members, meetings, commendations, responsibilities")
    String ledger;

    @Parameters(index = "1", paramLabel = "FILE", description = "Excel 文件（.xlsx 或 .xls）")
    Path file;

    @Option(names = "--dry-run", description = "只预览，不写入")
    boolean dryRun;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("命令 import 尚未提供（见项目问题列表）");
    }
}
