package org.partydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.ledgers.ColumnMapping;
import org.partydesk.app.ledgers.ImportMessage;
import org.partydesk.app.ledgers.ImportOptions;
import org.partydesk.app.ledgers.LedgerFields;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.ImportRecord;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.MeetingLedgerImport;
import org.partydesk.app.ledgers.ReadAhead;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import LEDGER FILE [--dry-run] [--verbose] [--as-of DATE] [--sheet NAME] [--map 列名=字段 …]}: prints the preview
 * (新增/更新/警告/错误, with {@code --verbose} each column's field and each record) and imports in one transaction; any error prints every message and
 * exits 3 with nothing written. {@code --as-of} gives the date a roster describes (decision 0011). Every
 * ledger sheet of the workbook is read, {@code --sheet} limits it to one (decision 0014); records and
 * messages are listed sheet by sheet. {@code --map} reads a column as a field (decision 0016).
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "导入 Excel 台账：members | meetings | commendations | responsibilities | recruitment | dues")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "LEDGER", description = "台账类型：members, meetings, commendations, responsibilities, recruitment, dues")
    String ledger;

    @Parameters(index = "1", paramLabel = "FILE", description = "台账表格文件（.xlsx、.xls、.ods，或 .csv 等文本）")
    Path file;

    @Option(names = "--dry-run", description = "只预览，不写入")
    boolean dryRun;

    @Option(names = "--verbose", description = "逐条列出将写入的记录（新增/更新/未变）")
    boolean verbose;

    @Option(names = "--as-of", paramLabel = "DATE", description = "花名册所描述的日期，如 2025-12-31（优先于表中“截至…”；默认取表中日期，没有时按今天）")
    LocalDate asOf;

    @Option(names = "--sheet", paramLabel = "NAME", description = "只导入这个工作表（默认导入所有含台账表头的可见工作表）")
    String sheet;

    @Option(names = "--duplicates", paramLabel = "skip|add",
            description = "三会一课台账中可能重复的会议（同一党组织、同一天、会议类型相同或有重合，主题写法不同）：skip 跳过这些行，add 仍然新增；不写时列出这些行并停止（退出码 3）")
    String duplicates;

    @Option(names = "--map", paramLabel = "列名=字段",
            description = "指定某列对应的字段，可写多次，如 --map \"行政职务=职务\"；不导入某列写 --map \"备注=忽略\"；导入成功后记住，下次表头相同的文件自动套用")
    java.util.List<String> maps = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LedgerKind kind = LedgerKinds.parse(spec, ledger);
        if (asOf != null && kind != LedgerKind.MEMBERS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--as-of 只用于花名册（import members）");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MeetingLedgerImport.Duplicates policy = duplicatesPolicy();
        ImportOptions options = new ImportOptions(sheet, asOf, policy, columnMap(kind));
        // a roster is read on a second thread while the database opens
        try (ReadAhead ahead = ReadAhead.start(kind, file, options); Workspace ws = dbOptions.open()) {
            ImportPreview p = LedgerImporter.importFile(kind, ws, file, options, !dryRun, Progress.NONE, ahead);
            out.println((dryRun ? "预览（未写入）：" : "检查结果：") + p.summary());
            if (p.mappingNote() != null) {
                out.println(p.mappingNote());
            }
            for (String header : LedgerFields.notInFile(p, options.columns().keySet())) {
                out.println("警告：--map 中的列名“" + header + "”在文件的表头中没有找到，未起作用（--verbose 列出各列的列名）");
            }
            boolean bySheet = java.util.stream.Stream.concat(p.records().stream().map(ImportRecord::sheet),
                    java.util.stream.Stream.concat(p.warnings().stream(), p.errors().stream()).map(ImportMessage::sheet))
                    .filter(java.util.Objects::nonNull).distinct().count() > 1
                    || p.columns().stream().map(ColumnMapping::sheet).distinct().count() > 1;
            if (verbose) {
                printColumns(out, p, bySheet);
                String shown = null;
                for (ImportRecord r : p.records()) {
                    if (bySheet && r.sheet() != null && !r.sheet().equals(shown)) {
                        shown = r.sheet();
                        out.println("工作表“" + shown + "”：");
                    }
                    out.println(bySheet ? "  " + r.line() : r.line());
                }
                if (p.recordsOmitted() > 0) {
                    out.println("……另有 " + p.recordsOmitted() + " 条记录未列出");
                }
            }
            p.warnings().forEach(w -> out.println("警告：" + w.text()));
            if (p.hasErrors()) {
                for (ImportMessage e : p.errors()) {
                    err.println("错误：" + e.text());
                }
                if (p instanceof MeetingLedgerImport.Preview mp && !mp.duplicates().isEmpty() && policy == MeetingLedgerImport.Duplicates.STOP) {
                    err.println("可能重复的会议：" + mp.duplicateRows() + "；确认后用 --duplicates skip 跳过这些行，或 --duplicates add 仍然新增");
                }
                err.println("输入被拒绝：台账有 " + p.errors().size() + " 处错误，未写入任何数据");
                return PartyDeskCommand.REJECTED;
            }
            if (!dryRun) {
                out.println("已导入 " + file.getFileName() + "：" + p.counts());
            }
            return PartyDeskCommand.OK;
        }
    }

    /** The --map options as header text → field (a bad field: a usage error naming the kind's fields). */
    private java.util.Map<String, String> columnMap(LedgerKind kind) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String m : maps) {
            int eq = m.indexOf('=');
            if (eq <= 0 || eq == m.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--map 应写作 列名=字段，如 --map \"行政职务=职务\"，不是“" + m + "”");
            }
            String header = m.substring(0, eq).strip();
            try {
                map.put(header, LedgerFields.key(kind, m.substring(eq + 1).strip()));
            } catch (InputRejectedException e) {
                throw new ParameterException(spec.commandLine(), "--map “" + m + "”：" + e.getMessage());
            }
        }
        return map;
    }

    /** "列对应：" and each column → its field (or 未识别, with samples), under a heading per sheet when several. */
    private static void printColumns(PrintWriter out, ImportPreview p, boolean bySheet) {
        if (p.columns().isEmpty()) {
            return;
        }
        out.println("列对应：");
        String shown = null;
        for (ColumnMapping c : p.columns()) {
            if (bySheet && !c.sheet().equals(shown)) {
                shown = c.sheet();
                out.println("  工作表“" + shown + "”：");
            }
            out.println((bySheet ? "    " : "  ") + c.line());
        }
    }

    private MeetingLedgerImport.Duplicates duplicatesPolicy() {
        if (duplicates == null) {
            return MeetingLedgerImport.Duplicates.STOP;
        }
        return switch (duplicates.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "skip" -> MeetingLedgerImport.Duplicates.SKIP;
            case "add" -> MeetingLedgerImport.Duplicates.ADD;
            default -> throw new ParameterException(spec.commandLine(),
                    "--duplicates 应为 skip（跳过可能重复的行）或 add（仍然新增），不是“" + duplicates + "”");
        };
    }
}
