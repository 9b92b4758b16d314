package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "template", mixinStandardHelpOptions = true, description = "生成空白台账模板（表头、下拉选项、填表说明）")
final class TemplateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "LEDGER")
    String ledger;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("命令 template 尚未提供（见项目问题列表）");
    }
}
