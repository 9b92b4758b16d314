package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.partydesk.app.OutputPaths;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.reports.Reports;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report annual|quarterly|workbook}: the annual summary (Word, from the saved draft or the default
 * outline, with the statistics workbook on request), a branch's quarterly report (Word) and the statistics
 * workbook (Excel).
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "生成 Word / Excel 报告",
        subcommands = {ReportCommand.Annual.class, ReportCommand.Quarterly.class, ReportCommand.Workbook.class})
final class ReportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定 annual、quarterly 或 workbook");
    }


    @Command(name = "annual", mixinStandardHelpOptions = true, description = "年度党建工作总结（Word），可附统计表（Excel）")
    static final class Annual implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions dbOptions;

        @Option(names = "--year", paramLabel = "Y", required = true, description = "年度")
        int year;

        @Option(names = "--out", paramLabel = "FILE.docx", required = true, description = "Word 文件")
        Path out;

        @Option(names = "--xlsx", paramLabel = "FILE.xlsx", description = "同时生成统计表")
        Path xlsx;

        @Option(names = "--outline", paramLabel = "KEY",
                description = "大纲：four-strengths（并列式，一、突出“政治强”……）或 numbered（分级式，一、……（一）……）；"
                        + "给出时按该大纲重新生成，不用已保存的草稿（默认：已保存的草稿，没有时用设置中的大纲）")
        String outline;

        @Option(names = "--bureau", paramLabel = "NAME",
                description = "单位名称，如“某市生态环境局”：写入落款，并保存为设置（窗口和以后的报告同样使用）；"
                        + "与 --outline 一起给出时也写入标题和导语（已保存的草稿的标题不变）")
        String bureau;

        @Mixin
        EmptyYearOption emptyYear;

        @Override
        public Integer call() {
            CheckCommand.checkYear(spec, year);
            try (Workspace ws = dbOptions.openExisting()) {
                OutputPaths.check(ws, out, ".docx"); // a wrong file name is said before an empty year
                if (xlsx != null) {
                    OutputPaths.check(ws, xlsx, ".xlsx");
                }
                emptyYear.require(ws, year);
                if (bureau != null && !bureau.isBlank()) {
                    ws.putSetting(Workspace.BUREAU_NAME_SETTING, bureau);
                }
                Reports reports = new Reports(ws);
                if (outline == null) {
                    reports.writeAnnual(year, out, xlsx, Progress.NONE);
                } else {
                    reports.writeAnnual(reports.draftFromOutline(year, outline.strip()), out, xlsx, Progress.NONE);
                }
            }
            spec.commandLine().getOut().println("已生成 " + out + (xlsx == null ? "" : " 和 " + xlsx));
            return PartyDeskCommand.OK;
        }
    }

    @Command(name = "quarterly", mixinStandardHelpOptions = true, description = "党支部季度报告（Word）")
    static final class Quarterly implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions dbOptions;

        @Option(names = "--branch", paramLabel = "NAME", required = true, description = "党支部名称")
        String branch;

        @Option(names = "--year", paramLabel = "Y", required = true, description = "年度")
        int year;

        @Option(names = "--quarter", paramLabel = "Q", required = true, description = "季度（1-4）")
        int quarter;

        @Option(names = "--out", paramLabel = "FILE.docx", required = true, description = "Word 文件")
        Path out;

        @Mixin
        EmptyYearOption emptyYear;

        @Override
        public Integer call() {
            CheckCommand.checkYear(spec, year);
            CheckCommand.checkQuarter(spec, quarter);
            try (Workspace ws = dbOptions.openExisting()) {
                OutputPaths.check(ws, out, ".docx");
                emptyYear.require(ws, year);
                new Reports(ws).writeQuarterly(branch, year, quarter, out, Progress.NONE);
            }
            spec.commandLine().getOut().println("已生成 " + out);
            return PartyDeskCommand.OK;
        }
    }

    @Command(name = "workbook", mixinStandardHelpOptions = true, description = "统计表（Excel）")
    static final class Workbook implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions dbOptions;

        @Option(names = "--year", paramLabel = "Y", required = true, description = "年度")
        int year;

        @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "Excel 文件")
        Path out;

        @Mixin
        EmptyYearOption emptyYear;

        @Override
        public Integer call() {
            CheckCommand.checkYear(spec, year);
            try (Workspace ws = dbOptions.openExisting()) {
                OutputPaths.check(ws, out, ".xlsx");
                emptyYear.require(ws, year);
                new Reports(ws).writeWorkbook(year, out, Progress.NONE);
            }
            spec.commandLine().getOut().println("已生成 " + out);
            return PartyDeskCommand.OK;
        }
    }
}
