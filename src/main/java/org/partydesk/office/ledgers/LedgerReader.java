package org.partydesk.office.ledgers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.Texts;

/**
 * Reads a ledger sheet as clerks make them: title rows (merged or not) above the header, columns in any
 * order under any known alias, blank rows anywhere, a notes row (注：… / 说明…) at the end. The header
 * is the first row among the first {@value #HEADER_SEARCH_ROWS} in which at least two known headers
 * match. Reading stops after {@value #MAX_BLANK_RUN} consecutive blank rows (a sheet formatted down to
 * its millionth row is read in a moment). .xlsx files are streamed, .xls read with POI HSSF. The texts
 * above the header (title, 填报单位, 截至… lines) and of the notes and footer rows (注：…, 填报日期：…,
 * 制表人：…) are kept for the import, which may find the ledger's date there.
 */
public final class LedgerReader {
    public static final int HEADER_SEARCH_ROWS = 15;
    public static final int MAX_BLANK_RUN = 1000;
    /** Excel's limit for the text of one cell; a longer one (written by another program) is refused. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** Where the header is and which column holds which key (0-based column index). */
    public record Header(String file, String sheet, int rowNumber, Map<String, Integer> columns,
                         Map<Integer, String> headerTexts, int width) {
        /** The header text as the file spells it, for messages. */
        public String headerText(int column) {
            return headerTexts.getOrDefault(column, "");
        }

        /** A message about a cell, a row (key null) or the sheet (row 0). */
        public LedgerMessage message(Severity severity, int row, String key, String reason) {
            Integer col = key == null ? null : columns.get(key);
            return new LedgerMessage(severity, file, sheet, row, col, col == null ? null : headerText(col), reason);
        }
    }

    /** One data row: its number as Excel shows it and its cells by column key (missing columns absent). */
    public record Row(int number, Map<String, LedgerCell> cells) {
    }

    /** Receives the data rows in order, with the header they sit under. */
    @FunctionalInterface
    public interface RowHandler {
        void row(Header header, Row row);
    }

    /**
     * The header found, what reading noticed (unknown or repeated columns, an early stop), and the texts of
     * the cells above the header and of the notes and footer rows under the data, in sheet order.
     */
    public record Result(Header header, List<LedgerMessage> messages, List<String> aboveHeader, List<String> notes) {
    }

    private LedgerReader() {
    }

    /**
     * Reads the named sheet (null: the first visible one) of {@code file}, handing each non-blank data
     * row to {@code handler}. Throws {@link LedgerFileException} when the file is not a readable
     * spreadsheet or no header is found.
     */
    public static Result read(Path file, String sheetName, HeaderAliases aliases, RowHandler handler) {
        String name = file.getFileName().toString();
        try (SheetSource source = SheetSource.open(file, sheetName)) {
            Iterator<SheetSource.RawRow> rows = source.rows();
            List<LedgerMessage> messages = new ArrayList<>();
            List<String> above = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Header header = findHeader(name, source.sheetName(), rows, aliases, messages, above);
            int lastUsed = header.rowNumber();
            while (rows.hasNext()) {
                SheetSource.RawRow raw = rows.next();
                if (raw.number() - lastUsed > MAX_BLANK_RUN) {
                    messages.add(new LedgerMessage(Severity.WARNING, name, source.sheetName(), raw.number(), null, null,
                            "第" + (lastUsed + 1) + "行起连续" + MAX_BLANK_RUN + "多行为空，其后的内容未读取"));
                    break;
                }
                if (raw.isBlank()) {
                    continue;
                }
                lastUsed = raw.number();
                if (isNotesRow(raw)) {
                    notes.addAll(texts(raw));
                    continue;
                }
                Map<String, LedgerCell> cells = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> column : header.columns().entrySet()) {
                    LedgerCell cell = raw.cell(column.getValue());
                    if (cell != null && cell.text() != null && cell.text().length() > MAX_CELL_CHARS) {
                        messages.add(new LedgerMessage(Severity.ERROR, name, source.sheetName(), raw.number(), column.getValue(),
                                header.headerText(column.getValue()), "单元格有 " + cell.text().length()
                                + " 个字符，超过 Excel 单元格的上限 " + MAX_CELL_CHARS + " 个字符，请删减"));
                        cell = LedgerCell.EMPTY;
                    }
                    cells.put(column.getKey(), cell);
                }
                handler.row(header, new Row(raw.number(), cells));
            }
            return new Result(header, List.copyOf(messages), List.copyOf(above), List.copyOf(notes));
        }
    }

    private static Header findHeader(String file, String sheet, Iterator<SheetSource.RawRow> rows,
                                     HeaderAliases aliases, List<LedgerMessage> messages, List<String> above) {
        boolean any = false;
        while (rows.hasNext()) {
            SheetSource.RawRow raw = rows.next();
            if (raw.number() > HEADER_SEARCH_ROWS) {
                break;
            }
            any |= !raw.isBlank();
            Map<String, Integer> columns = new LinkedHashMap<>();
            Map<Integer, String> texts = new LinkedHashMap<>();
            List<LedgerMessage> notes = new ArrayList<>();
            for (int i = 0; i < raw.cells().size(); i++) {
                String text = Texts.clean(raw.cell(i).text());
                if (text.isEmpty()) {
                    continue;
                }
                texts.put(i, text);
                Optional<LedgerColumn> column = aliases.match(text);
                if (column.isEmpty()) {
                    notes.add(new LedgerMessage(Severity.WARNING, file, sheet, raw.number(), i, text, "不认识的列名，该列不导入"));
                } else if (columns.containsKey(column.get().key())) {
                    int first = columns.get(column.get().key());
                    notes.add(new LedgerMessage(Severity.WARNING, file, sheet, raw.number(), i, text,
                            "与" + LedgerMessage.columnLetter(first) + "列（" + texts.get(first) + "）重复，该列不导入"));
                } else if (column.get().kind() != LedgerColumn.Kind.IGNORED) {
                    columns.put(column.get().key(), i);
                }
            }
            long known = texts.values().stream().filter(t -> aliases.match(t).isPresent()).count();
            if (known >= 2) {
                messages.addAll(notes);
                return new Header(file, sheet, raw.number(), Collections.unmodifiableMap(columns),
                        Collections.unmodifiableMap(texts), raw.cells().size());
            }
            above.addAll(texts.values());
        }
        if (!any) {
            throw new LedgerFileException(file + "，工作表“" + sheet + "”：工作表是空的，没有可导入的内容");
        }
        List<String> examples = aliases.columns().stream().filter(c -> c.kind() != LedgerColumn.Kind.IGNORED)
                .limit(4).map(LedgerColumn::header).toList();
        throw new LedgerFileException(file + "，工作表“" + sheet + "”：前" + HEADER_SEARCH_ROWS
                + "行中找不到表头（表头行至少要有两个可识别的列名，如 " + String.join("、", examples) + "）");
    }

    /** How a footer cell under a ledger starts: 填报日期：…, 制表人：…, 审核人：…, 截至… */
    private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile(
            "^(填报|填表|制表|审核|统计时间|统计日期|截至|截止|报送日期|单位负责人|负责人|联系人)\\s*[：:（(]?.*");

    /**
     * A row whose only text starts with 注 or 说明 (the notes under a ledger), or whose every text is a
     * footer such as 填报日期：2025年12月31日 or 制表人：张三 (a date cell may stand beside one).
     */
    private static boolean isNotesRow(SheetSource.RawRow raw) {
        List<String> texts = texts(raw);
        if (texts.size() == 1 && (texts.get(0).startsWith("注") || texts.get(0).startsWith("说明"))) {
            return true;
        }
        boolean footer = false;
        for (LedgerCell c : raw.cells()) {
            if (c == null || c.isBlank()) {
                continue;
            }
            if (FOOTER.matcher(Texts.clean(c.text())).matches()) {
                footer = true;
            } else if (c.date() == null) {
                return false;
            }
        }
        return footer;
    }

    private static List<String> texts(SheetSource.RawRow raw) {
        List<String> out = new ArrayList<>();
        for (LedgerCell c : raw.cells()) {
            if (c != null && !c.isBlank()) {
                out.add(Texts.clean(c.text()));
            }
        }
        return out;
    }
}
