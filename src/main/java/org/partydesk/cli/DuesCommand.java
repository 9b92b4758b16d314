package org.partydesk.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.dues.DuesReceipts;
import org.partydesk.app.org.Organisation;
import org.partydesk.model.OrgUnit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dues receipts FILE.docx --branch NAME --month yyyy-mm}: a branch's 党费收据 of a month to print. */
@Command(name = "dues", mixinStandardHelpOptions = true, description = "党费", subcommands = {DuesCommand.Receipts.class})
final class DuesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定 receipts");
    }

    @Command(name = "receipts", mixinStandardHelpOptions = true, description = "打印党支部某月的党费收据（Word，每人一张）")
    static final class Receipts implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions dbOptions;

        @Parameters(index = "0", paramLabel = "FILE.docx")
        Path out;

        @Option(names = "--branch", paramLabel = "NAME", required = true, description = "党支部，如 第一党支部")
        String branch;

        @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "交纳月份，如 2026-03")
        String month;

        @Override
        public Integer call() {
            YearMonth m;
            try {
                m = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--month 应写作 2026-03，而不是“" + month + "”");
            }
            int n;
            try (Workspace ws = dbOptions.openExisting()) {
                OrgUnit unit = Organisation.named(ws, branch);
                n = DuesReceipts.write(ws, unit, m, out, Progress.NONE);
            }
            spec.commandLine().getOut().println("已生成 " + out + "：" + branch + m.getYear() + "年" + m.getMonthValue() + "月党费收据 "
                    + n + " 张");
            return PartyDeskCommand.OK;
        }
    }
}
