package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true, description = "生成 Word / Excel 报告",
        subcommands = {ReportCommand.Annual.class, ReportCommand.Quarterly.class})
final class ReportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "请指定 annual 或 quarterly");
    }

    @Command(name = "annual", mixinStandardHelpOptions = true, description = "年度党建工作总结（Word），可附统计表（Excel）")
    static final class Annual implements Callable<Integer> {
        @Mixin
        DatabaseOptions dbOptions;

        @Option(names = "--year", paramLabel = "Y", required = true)
        int year;

        @Option(names = "--out", paramLabel = "FILE.docx", required = true)
        Path out;

        @Option(names = "--xlsx", paramLabel = "FILE.xlsx")
        Path xlsx;

        @Override
        public Integer call() {
            throw new UnsupportedOperationException("命令 report annual 尚未提供（见项目问题列表）");
        }
    }

    @Command(name = "quarterly", mixinStandardHelpOptions = true, description = "党支部季度报告（Word）")
    static final class Quarterly implements Callable<Integer> {
        @Mixin
        DatabaseOptions dbOptions;

        @Option(names = "--branch", paramLabel = "NAME", required = true)
        String branch;

        @Option(names = "--year", paramLabel = "Y", required = true)
        int year;

        @Option(names = "--quarter", paramLabel = "Q", required = true)
        int quarter;

        @Option(names = "--out", paramLabel = "FILE.docx", required = true)
        Path out;

        @Override
        public Integer call() {
            throw new UnsupportedOperationException("命令 report quarterly 尚未提供（见项目问题列表）");
        }
    }
}
