package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.RowCheck;
import org.partydesk.office.ledgers.AnnotatedCopy;
import org.partydesk.office.ledgers.LedgerFileException;
import org.partydesk.office.ledgers.LedgerReader;

/**
 * A ledger sheet read and every row checked, the part every kind's import shares: the header, the valid
 * rows with their numbers, and the messages about the file and its rows (a missing required column is an
 * error and drops all rows). It also orders messages, turns them into {@link ImportMessage}s, refuses
 * when there are errors and writes the annotated copy.
 */
final class CheckedSheet<E> {
    /** A valid row: its number as Excel shows it and its entry. */
    record Row<E>(int number, E entry) {
    }

    private final Path file;
    private final LedgerReader.Header header;
    private final List<LedgerMessage> messages = new ArrayList<>();
    private final List<Row<E>> rows = new ArrayList<>();
    private final List<String> aboveHeader;
    private final List<String> notes;

    private CheckedSheet(Path file, HeaderAliases aliases, List<String> required,
                         Function<Map<String, LedgerCell>, RowCheck<E>> validate) {
        this.file = file;
        List<LedgerMessage> rowMessages = new ArrayList<>();
        LedgerReader.Result result;
        try {
            result = LedgerReader.read(file, null, aliases, (h, r) -> {
                RowCheck<E> checked = validate.apply(r.cells());
                checked.problems().forEach(p -> rowMessages.add(h.message(p.severity(), r.number(), p.key(), p.reason())));
                if (checked.entry() != null) {
                    rows.add(new Row<>(r.number(), checked.entry()));
                }
            });
        } catch (LedgerFileException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
        this.header = result.header();
        this.aboveHeader = result.aboveHeader();
        this.notes = result.notes();
        messages.addAll(result.messages());
        List<LedgerMessage> missing = missingColumns(header, aliases, required);
        messages.addAll(missing);
        if (missing.isEmpty()) {
            messages.addAll(rowMessages);
        } else {
            rows.clear();
        }
    }

    /** An error for each required column the header does not have. */
    static List<LedgerMessage> missingColumns(LedgerReader.Header header, HeaderAliases aliases, List<String> required) {
        List<LedgerMessage> out = new ArrayList<>();
        for (String key : required) {
            if (!header.columns().containsKey(key)) {
                LedgerColumn c = aliases.column(key);
                out.add(new LedgerMessage(Severity.ERROR, header.file(), header.sheet(), header.rowNumber(), null, null,
                        "缺少必填的列“" + c.header() + "”" + (c.aliases().isEmpty() ? ""
                                : "（也可写作：" + String.join("、", c.aliases()) + "）")));
            }
        }
        return out;
    }

    /**
     * Reads the first visible sheet of {@code file} under {@code aliases}, checking each row with
     * {@code validate}; {@link InputRejectedException} when the file is not a readable ledger at all.
     */
    static <E> CheckedSheet<E> read(Path file, HeaderAliases aliases, List<String> required,
                                    Function<Map<String, LedgerCell>, RowCheck<E>> validate) {
        return new CheckedSheet<>(file, aliases, required, validate);
    }

    Path file() {
        return file;
    }

    LedgerReader.Header header() {
        return header;
    }

    /** The texts above the header (title, 填报单位 …), in sheet order. */
    List<String> aboveHeader() {
        return aboveHeader;
    }

    /** The texts of the notes and footer rows under the data (注：…, 填报日期：…), in sheet order. */
    List<String> notes() {
        return notes;
    }

    /** The valid rows, in file order; an import may drop some (duplicates) with {@link #keep}. */
    List<Row<E>> rows() {
        return rows;
    }

    void keep(List<Row<E>> kept) {
        List<Row<E>> copy = List.copyOf(kept);
        rows.clear();
        rows.addAll(copy);
    }

    /** Adds a message about the file's rows (found after reading, e.g. a duplicate). */
    void add(Severity severity, int row, String key, String reason) {
        messages.add(header.message(severity, row, key, reason));
    }

    /** A message about a cell ({@code key}) or a row (null key) of this sheet. */
    LedgerMessage message(Severity severity, int row, String key, String reason) {
        return header.message(severity, row, key, reason);
    }

    /** The file's messages and {@code more} (from matching against the database), by row, then column. */
    List<LedgerMessage> all(List<LedgerMessage> more) {
        List<LedgerMessage> all = new ArrayList<>(messages);
        all.addAll(more);
        all.sort(Comparator.comparingInt(LedgerMessage::row).thenComparing(m -> m.column() == null ? -1 : m.column()));
        return all;
    }

    List<ImportMessage> warnings(List<LedgerMessage> more) {
        return all(more).stream().filter(m -> !m.isError()).map(CheckedSheet::toImportMessage).toList();
    }

    List<ImportMessage> errors(List<LedgerMessage> more) {
        return all(more).stream().filter(LedgerMessage::isError).map(CheckedSheet::toImportMessage).toList();
    }

    static ImportMessage toImportMessage(LedgerMessage m) {
        return new ImportMessage(m.isError(), m.sheet(), m.row(),
                m.column() == null ? null : LedgerMessage.columnLetter(m.column()), m.header(), m.reason(), m.text());
    }

    /** Refuses with every error listed when there is any; nothing has been written. */
    static void rejectIfErrors(ImportPreview preview) {
        rejectIfErrors(preview.errors());
    }

    /** Refuses with every error listed when there is any; nothing has been written. */
    static void rejectIfErrors(List<ImportMessage> errors) {
        if (!errors.isEmpty()) {
            throw new InputRejectedException("台账有 " + errors.size() + " 处错误，未写入任何数据：\n"
                    + errors.stream().map(ImportMessage::text).collect(Collectors.joining("\n")));
        }
    }

    /**
     * Writes a copy of the sheet to {@code out} (.xlsx) with a 导入结果 column beside the last column,
     * holding each row's errors and warnings (the file's and {@code more}).
     */
    void writeAnnotated(List<LedgerMessage> more, Path out) {
        annotate(file, header, all(more), out);
    }

    /** The annotated copy of {@code file}: each message in a 导入结果 column beside its row. */
    static void annotate(Path file, LedgerReader.Header header, List<LedgerMessage> messages, Path out) {
        Map<Integer, List<String>> byRow = new TreeMap<>();
        for (LedgerMessage m : messages) {
            int row = m.row() <= header.rowNumber() ? header.rowNumber() : m.row();
            String where = m.column() == null ? "" : m.columnLabel() + "：";
            byRow.computeIfAbsent(row, k -> new ArrayList<>()).add((m.isError() ? "错误：" : "提醒：") + where + m.reason());
        }
        Map<Integer, String> texts = byRow.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, en -> String.join("；", en.getValue())));
        int resultColumn = header.headerTexts().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        try {
            AnnotatedCopy.write(file, header.sheet(), header.rowNumber(), resultColumn, texts, out);
        } catch (LedgerFileException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
    }

    /** A JSON string literal body for the IMPORT audit row. */
    static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
