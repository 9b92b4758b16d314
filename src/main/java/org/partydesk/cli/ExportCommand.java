package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, description = "导出 Excel 台账")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "LEDGER")
    String ledger;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--year", paramLabel = "Y")
    Integer year;

    @Option(names = "--branch", paramLabel = "NAME")
    String branch;

    @Option(names = "--unmasked", description = "导出完整身份证号（默认脱敏）")
    boolean unmasked;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("命令 export 尚未提供（见项目问题列表）");
    }
}
