package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "package", mixinStandardHelpOptions = true, description = "生成迎检材料压缩包")
final class PackageCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--year", paramLabel = "Y", required = true)
    int year;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true)
    Path out;

    @Option(names = "--branch", paramLabel = "NAME")
    String branch;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("命令 package 尚未提供（见项目问题列表）");
    }
}
