package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "年度统计数据（年度总结所用的全部数字）")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--year", paramLabel = "Y", required = true)
    int year;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("命令 stats 尚未提供（见项目问题列表）");
    }
}
