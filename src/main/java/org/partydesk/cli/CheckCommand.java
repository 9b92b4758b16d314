package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true, description = "三会一课合规检查（红黄旗），按党支部")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--year", paramLabel = "Y", required = true)
    int year;

    @Option(names = "--quarter", paramLabel = "Q")
    Integer quarter;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("命令 check 尚未提供（见项目问题列表）");
    }
}
