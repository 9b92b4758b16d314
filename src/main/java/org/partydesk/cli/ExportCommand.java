package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.LedgerExport;
import org.partydesk.app.ledgers.LedgerKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export LEDGER FILE [--year Y] [--branch NAME] [--unmasked]}: writes the ledger as .xlsx. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "导出 Excel 台账")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "LEDGER", description = "台账类型：members, meetings, commendations, responsibilities, recruitment, dues")
    String ledger;

    @Parameters(index = "1", paramLabel = "FILE", description = "导出的 .xlsx 文件")
    Path file;

    @Option(names = "--year", paramLabel = "Y", description = "花名册：该年年末在册的党员（默认今天在册）；其他台账：该年的记录（默认全部）")
    Integer year;

    @Option(names = "--branch", paramLabel = "NAME", description = "只导出该党组织及其下级组织（的党员）的记录")
    String branch;

    @Option(names = "--unmasked", description = "导出完整身份证号（默认脱敏）")
    boolean unmasked;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LedgerKind kind = LedgerKinds.parse(spec, ledger);
        try (Workspace ws = dbOptions.openExisting()) {
            int n = LedgerExport.export(kind, ws, file, new LedgerExport.Options(year, branch, unmasked), Progress.NONE);
            spec.commandLine().getOut().println(switch (kind) {
                case COMMENDATIONS -> "已导出 " + n + " 条表彰记录（每个获奖对象一行）到 " + file;
                case RESPONSIBILITIES -> "已导出 " + n + " 个责任清单条目到 " + file;
                case MEETINGS -> "已导出 " + n + " 次会议到 " + file;
                case RECRUITMENT -> "已导出 " + n + " 人的发展党员记录到 " + file
                        + (unmasked ? "（含完整身份证号，请妥善保管）" : "（身份证号已脱敏）");
                case DUES -> "已导出 " + n + " 条党费收缴记录到 " + file;
                default -> "已导出 " + n + " 名党员到 " + file + (unmasked ? "（含完整身份证号，请妥善保管）" : "（身份证号已脱敏）");
            });
            return PartyDeskCommand.OK;
        }
    }
}
