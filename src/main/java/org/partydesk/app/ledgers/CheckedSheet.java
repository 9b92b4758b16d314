package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The ledger sheets of a workbook read and every row checked, the part every kind's import shares: the
 * headers, the valid rows with their numbers (naming their sheet, {@link #SHEET_ROWS}), and the messages about
 * the file and its rows (a missing required column is an error and drops all rows; a header of another
 * kind is the one error). It also orders messages, turns them into {@link ImportMessage}s, refuses
 * when there are errors and writes the annotated copy.
 */
final class CheckedSheet<E> {
    /** A valid row: its number (as Excel shows it on the first sheet, see {@link #SHEET_ROWS}) and its entry. */
    record Row<E>(int number, E entry) {
    }

    /**
     * Rows of later sheets are numbered {@code sheet × SHEET_ROWS + row} (more rows than Excel has), so a row
     * number names its sheet too; the first sheet's rows keep their numbers as Excel shows them.
     */
    static final int SHEET_ROWS = 1 << 21;
    /** At most this many sheets are read from one workbook (a row number must stay an int). */
    static final int MAX_SHEETS = 1000;

    private final Path file;
    /** The headers of the sheets read, by the sheet part of their row numbers. */
    private final List<LedgerReader.Header> headers = new ArrayList<>();
    /** What reading each sheet found (its columns with samples among it). */
    private final List<LedgerReader.Result> sheets = new ArrayList<>();
    private final List<LedgerMessage> messages = new ArrayList<>();
    private final List<Row<E>> rows = new ArrayList<>();
    private final List<String> aboveHeader = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> sheetOrder = new java.util.HashMap<>();
    /** Whether the header is another kind's (its one error says so; nothing else about the file is said). */
    private boolean wrongKind;

    private CheckedSheet(Path file, String sheetName, HeaderAliases aliases, List<String> required, SheetGiven given,
                         java.util.function.BiFunction<LedgerReader.Header, Map<String, LedgerCell>, RowCheck<E>> validate,
                         java.util.function.Consumer<Row<E>> onRow) {
        this.file = file;
        List<LedgerMessage> rowMessages = new ArrayList<>();
        LedgerReader.Workbook book;
        Map<String, Map<String, LedgerCell>> givenOf = new java.util.HashMap<>();
        try {
            book = LedgerReader.readAll(file, sheetName, aliases, (h, r) -> {
                int sheet = sheetIndex(h);
                // no lambda made per row: on the client compiler each capturing lambda made is a call into the JVM (issue 21)
                Map<String, LedgerCell> sheetGives = givenOf.get(h.sheet());
                if (sheetGives == null) {
                    sheetGives = given.of(h);
                    givenOf.put(h.sheet(), sheetGives);
                }
                RowCheck<E> check = validate.apply(h, SheetGiven.cells(r.cells(), sheetGives));
                for (var p : check.problems()) {
                    rowMessages.add(h.message(p.severity(), r.number(), p.key(), p.reason()));
                }
                if (check.entry() != null) {
                    Row<E> row = new Row<>(sheet * SHEET_ROWS + r.number(), check.entry());
                    rows.add(row);
                    onRow.accept(row);
                }
            });
        } catch (LedgerFileException e) {
            throw rejected(e, KindGuess.of(aliases), file, sheetName);
        }
        Map<String, List<LedgerMessage>> missingOf = new java.util.HashMap<>();
        Map<String, List<String>> requiredOf = new java.util.HashMap<>();
        List<LedgerReader.Header> read = new ArrayList<>();
        for (LedgerReader.Result result : book.sheets()) {
            // what the sheet gives, as read for its rows (a sheet without rows is asked now)
            List<String> sheetRequired = SheetGiven.required(required,
                    givenOf.computeIfAbsent(result.header().sheet(), k -> given.of(result.header())), aliases);
            requiredOf.put(result.header().sheet(), sheetRequired);
            missingOf.put(result.header().sheet(), missingColumns(result.header(), aliases, sheetRequired));
            read.add(result.header());
        }
        // a 汇总 sheet beside complete ones is skipped: its rows, messages and missing columns are dropped
        java.util.Set<String> totals = TotalsSheets.toSkip(read, missingOf);
        List<LedgerMessage> missing = new ArrayList<>();
        sheets.addAll(book.sheets());
        for (LedgerReader.Result result : book.sheets()) {
            LedgerReader.Header h = result.header();
            int index = sheetIndex(h);
            sheetOrder.put(h.sheet(), sheetOrder.size());
            if (totals.contains(h.sheet())) {
                rows.removeIf(r -> r.number() / SHEET_ROWS == index);
                rowMessages.removeIf(m -> h.sheet().equals(m.sheet()));
                messages.add(TotalsSheets.warning(h, aliases, requiredOf.get(h.sheet())));
                continue;
            }
            aboveHeader.addAll(result.aboveHeader());
            notes.addAll(result.notes());
            messages.addAll(result.messages());
            missing.addAll(missingOf.get(h.sheet()));
        }
        messages.addAll(book.skipped());
        messages.addAll(missing);
        if (missing.isEmpty()) {
            messages.addAll(rowMessages);
        } else {
            rows.clear();
            Optional<LedgerMessage> other = otherKind(KindGuess.of(aliases), file, sheetName, headers.get(0).sheet());
            if (other.isPresent()) {
                messages.clear();
                messages.add(other.get());
                wrongKind = true;
            }
        }
    }

    /** The refusal of a file that cannot be read as the chosen kind, saying which kind it looks like. */
    static InputRejectedException rejected(LedgerFileException e, LedgerKind chosen, Path file, String sheetName) {
        String other = e.noLedger() ? KindGuess.otherKind(chosen, file, sheetName).orElse(null) : null;
        return new InputRejectedException(other == null ? e.getMessage() : file.getFileName() + "：" + other, e);
    }

    /** The one error for a file whose header is another kind's (it replaces the missing columns and unknown ones). */
    static Optional<LedgerMessage> otherKind(LedgerKind chosen, Path file, String sheetName, String sheet) {
        return KindGuess.otherKind(chosen, file, sheetName).map(reason -> new LedgerMessage(Severity.ERROR,
                file.getFileName().toString(), sheet, 0, null, null, reason));
    }

    /** The sheet part of row numbers for rows under {@code h}, given on first sight. */
    private int sheetIndex(LedgerReader.Header h) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).sheet().equals(h.sheet())) {
                return i;
            }
        }
        if (headers.size() >= MAX_SHEETS) {
            throw new InputRejectedException(file.getFileName() + "：工作表超过 " + MAX_SHEETS + " 个，请只导入其中的台账工作表（--sheet）");
        }
        headers.add(h);
        return headers.size() - 1;
    }

    /** The header of the sheet a row number lies in. */
    private LedgerReader.Header headerOf(int row) {
        return headers.get(Math.min(row / SHEET_ROWS, headers.size() - 1));
    }

    /** Whether the sheet of the row {@code row} has the column {@code key}. */
    boolean hasColumn(int row, String key) {
        return headerOf(row).columns().containsKey(key);
    }

    /** The sheet a row number lies in. */
    String sheetOf(int row) {
        return headerOf(row).sheet();
    }

    /** The row as Excel shows it. */
    static int excelRow(int row) {
        return row % SHEET_ROWS;
    }

    /** "第5行", or "工作表“第二党支部”第5行" when several sheets were read. */
    String rowText(int row) {
        return (headers.size() == 1 ? "" : "工作表“" + sheetOf(row) + "”") + "第" + excelRow(row) + "行";
    }

    /** An error for each required column the header does not have. */
    static List<LedgerMessage> missingColumns(LedgerReader.Header header, HeaderAliases aliases, List<String> required) {
        List<LedgerMessage> out = new ArrayList<>();
        for (String key : required) {
            if (aliases.lacks(header.columns().keySet(), key)) {
                LedgerColumn c = aliases.column(key);
                out.add(new LedgerMessage(Severity.ERROR, header.file(), header.sheet(), header.rowNumber(), null, null,
                        "缺少必填的列“" + c.header() + "”" + (c.aliases().isEmpty() ? ""
                                : "（也可写作：" + String.join("、", c.aliases()) + "）")
                                + aliases.standInFor(key).map(s -> "，或者有“" + s.header() + "”列").orElse("")
                                + aliases.whenMissing(key)));
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
        return read(file, null, aliases, required, SheetGiven.NONE, validate);
    }

    /**
     * Reads every ledger sheet of {@code file} (only {@code sheetName} when not null); a sheet's rows take what its
     * name or title gives ({@code given}) for the columns it does not have.
     */
    static <E> CheckedSheet<E> read(Path file, String sheetName, HeaderAliases aliases, List<String> required,
                                    SheetGiven given, Function<Map<String, LedgerCell>, RowCheck<E>> validate) {
        return read(file, sheetName, aliases, required, given, validate, row -> { });
    }

    /**
     * {@link #read(Path, String, HeaderAliases, List, String, Function)} handing each valid row to {@code onRow} as soon
     * as it is checked, in file order (an import that writes while the file is still being read). What the whole
     * reading finds may still drop rows afterwards (a 汇总 sheet, missing columns): the sheet's {@link #rows()} are what
     * counts.
     */
    static <E> CheckedSheet<E> read(Path file, String sheetName, HeaderAliases aliases, List<String> required,
                                    SheetGiven given, Function<Map<String, LedgerCell>, RowCheck<E>> validate,
                                    java.util.function.Consumer<Row<E>> onRow) {
        return new CheckedSheet<>(file, sheetName, aliases, required, given, (header, cells) -> validate.apply(cells), onRow);
    }

    /**
     * {@link #read(Path, String, HeaderAliases, List, SheetGiven, Function)} checking each row with the header of its sheet
     * (whose title may give a year a date was written without).
     */
    static <E> CheckedSheet<E> readWithHeader(Path file, String sheetName, HeaderAliases aliases, List<String> required,
                                              SheetGiven given,
                                              java.util.function.BiFunction<LedgerReader.Header, Map<String, LedgerCell>, RowCheck<E>> validate) {
        return readWithHeader(file, sheetName, aliases, required, given, validate, row -> { });
    }

    /** {@link #readWithHeader} handing each valid row to {@code onRow} as soon as it is checked. */
    static <E> CheckedSheet<E> readWithHeader(Path file, String sheetName, HeaderAliases aliases, List<String> required,
                                              SheetGiven given,
                                              java.util.function.BiFunction<LedgerReader.Header, Map<String, LedgerCell>, RowCheck<E>> validate,
                                              java.util.function.Consumer<Row<E>> onRow) {
        return new CheckedSheet<>(file, sheetName, aliases, required, given, validate, onRow);
    }

    Path file() {
        return file;
    }

    boolean wrongKind() {
        return wrongKind;
    }

    /** What reading each sheet found, in workbook order. */
    List<LedgerReader.Result> sheets() {
        return sheets;
    }

    /** The headers of the sheets read, in workbook order. */
    List<LedgerReader.Header> headers() {
        return List.copyOf(headers);
    }

    /** The first sheet's header. */
    LedgerReader.Header header() {
        return headers.get(0);
    }

    /** The texts above the header (title, 填报单位 …), in sheet order, sheet after sheet. */
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
        messages.add(message(severity, row, key, reason));
    }

    /** A message about a cell ({@code key}) or a row (null key) of this sheet. */
    LedgerMessage message(Severity severity, int row, String key, String reason) {
        return headerOf(row).message(severity, excelRow(row), key, reason);
    }

    /** The file's messages and {@code more} (from matching against the database), by row, then column. */
    List<LedgerMessage> all(List<LedgerMessage> more) {
        List<LedgerMessage> all = new ArrayList<>(messages);
        all.addAll(more);
        all.sort(bySheetAndRow(sheetOrder));
        return all;
    }

    /** Messages sheet by sheet (in workbook order), then by row and column. */
    static Comparator<LedgerMessage> bySheetAndRow(Map<String, Integer> sheetOrder) {
        return Comparator.<LedgerMessage>comparingInt(m -> sheetOrder.getOrDefault(m.sheet(), -1))
                .thenComparingInt(LedgerMessage::row).thenComparing(m -> m.column() == null ? -1 : m.column());
    }

    /**
     * The warnings, the same warning about the same column in more than {@value #REPEATS} rows of a sheet given once with
     * its rows (出生年月 written as months in every row of a roster), and the same warning at the same place of several
     * sheets given once with the sheets (a column 缴纳比例 nobody reads in each month's sheet): each row's own note stays
     * in the annotated copy.
     */
    List<ImportMessage> warnings(List<LedgerMessage> more) {
        return collapsed(all(more).stream().filter(m -> !m.isError()).toList());
    }

    /** How many rows may repeat a warning before it is given once for them all. */
    static final int REPEATS = 3;

    static List<ImportMessage> collapsed(List<LedgerMessage> messages) {
        Map<List<Object>, List<LedgerMessage>> same = new java.util.LinkedHashMap<>();
        for (LedgerMessage m : messages) {
            if (m.row() > 0 && m.column() != null) {
                same.computeIfAbsent(java.util.Arrays.asList(m.sheet(), m.column(), m.reason()), k -> new ArrayList<>()).add(m);
            }
        }
        // the same warning at the same row and column of several sheets (each sheet once), not already given with its rows
        Map<List<Object>, List<LedgerMessage>> sheets = new java.util.LinkedHashMap<>();
        for (LedgerMessage m : messages) {
            List<LedgerMessage> rows = m.row() > 0 && m.column() != null
                    ? same.get(java.util.Arrays.asList(m.sheet(), m.column(), m.reason())) : null;
            if (m.sheet() != null && (rows == null || rows.size() <= REPEATS)) {
                sheets.computeIfAbsent(java.util.Arrays.asList(m.row(), m.column(), m.reason()), k -> new ArrayList<>()).add(m);
            }
        }
        sheets.values().removeIf(g -> g.size() < 2 || g.stream().map(LedgerMessage::sheet).distinct().count() < g.size());
        Map<LedgerMessage, List<LedgerMessage>> acrossSheets = new java.util.IdentityHashMap<>();
        sheets.values().forEach(g -> g.forEach(m -> acrossSheets.put(m, g)));
        List<ImportMessage> out = new ArrayList<>();
        for (LedgerMessage m : messages) {
            List<LedgerMessage> across = acrossSheets.get(m);
            if (across != null) {
                if (across.get(0) == m) {
                    String named = across.stream().map(x -> "“" + x.sheet() + "”").collect(java.util.stream.Collectors.joining());
                    String text = m.text().replace("工作表“" + m.sheet() + "”", "工作表" + named);
                    out.add(new ImportMessage(m.isError(), m.sheet(), m.row(),
                            m.column() == null ? null : LedgerMessage.columnLetter(m.column()), m.header(), m.reason(), text));
                }
                continue;
            }
            List<LedgerMessage> group = m.row() > 0 && m.column() != null
                    ? same.get(java.util.Arrays.asList(m.sheet(), m.column(), m.reason())) : null;
            if (group == null || group.size() <= REPEATS) {
                out.add(toImportMessage(m));
            } else if (group.get(0) == m) {
                String text = m.file() + (m.sheet() == null ? "" : "，工作表“" + m.sheet() + "”") + "，"
                        + rowsText(group.stream().map(LedgerMessage::row).distinct().sorted().toList()) + "，"
                        + m.columnLabel() + "：" + m.reason();
                out.add(new ImportMessage(m.isError(), m.sheet(), m.row(), LedgerMessage.columnLetter(m.column()), m.header(),
                        m.reason(), text));
            }
        }
        return out;
    }

    /** "第3—27行（共25行）", "第3—5、8、10—12行（共7行）": the rows in runs, the first six runs and 等 for more. */
    static String rowsText(List<Integer> rows) {
        List<String> runs = new ArrayList<>();
        int start = rows.get(0);
        int last = start;
        for (int r : rows.subList(1, rows.size())) {
            if (r != last + 1) {
                runs.add(start == last ? String.valueOf(start) : start + "—" + last);
                start = r;
            }
            last = r;
        }
        runs.add(start == last ? String.valueOf(start) : start + "—" + last);
        return "第" + String.join("、", runs.subList(0, Math.min(6, runs.size()))) + (runs.size() > 6 ? "等" : "")
                + "行（共" + rows.size() + "行）";
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
        annotate(file, headers, all(more), out);
    }

    /** The annotated copy of {@code file}: each message in a 导入结果 column beside its row, on its sheet. */
    static void annotate(Path file, List<LedgerReader.Header> headers, List<LedgerMessage> messages, Path out) {
        List<AnnotatedCopy.SheetNotes> sheets = new ArrayList<>();
        for (LedgerReader.Header header : headers) {
            Map<Integer, List<String>> byRow = new TreeMap<>();
            for (LedgerMessage m : messages) {
                if (!header.sheet().equals(m.sheet()) && !(m.sheet() == null && header == headers.get(0))) {
                    continue;
                }
                int row = m.row() <= header.rowNumber() ? header.rowNumber() : m.row();
                String where = m.column() == null ? "" : m.columnLabel() + "：";
                byRow.computeIfAbsent(row, k -> new ArrayList<>()).add((m.isError() ? "错误：" : "提醒：") + where + m.reason());
            }
            Map<Integer, String> texts = byRow.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, en -> String.join("；", en.getValue())));
            int resultColumn = header.headerTexts().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            sheets.add(new AnnotatedCopy.SheetNotes(header.sheet(), header.rowNumber(), resultColumn, texts));
        }
        try {
            AnnotatedCopy.write(file, sheets, out);
        } catch (LedgerFileException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
    }

    /**
     * The IMPORT audit row of a ledger import, which becomes its batch's summary (decision 0013): the file, how many
     * records were added and updated, then {@code more} (JSON members, e.g. {@code "asOf":"2025-12-31"}).
     */
    /** The writing of an import inside its transaction: matches the rows again, writes them, and returns what it did. */
    @FunctionalInterface
    interface BatchWork {
        ImportSummary write(org.partydesk.store.Tx tx) throws Exception;
    }

    /**
     * The write of a ledger import of {@code kind} (commendations, responsibility lists, 发展党员, 党费): refused when
     * {@code preview} has errors; else one transaction that opens the import batch, runs {@code work} (which refuses
     * errors found on matching again) and writes the IMPORT audit row of {@code table}; then the sheet's column
     * mapping is remembered.
     */
    ImportSummary writeImport(org.partydesk.app.Workspace ws, LedgerKind kind, ColumnMaps columnMaps, ImportSummary preview,
                              String table, BatchWork work) {
        rejectIfErrors(preview.errors());
        ImportSummary written = ws.database().write(ws.operator(), tx -> {
            tx.beginBatch(kind.name(), file.getFileName().toString());
            ImportSummary done = work.write(tx);
            auditImport(tx, table, file, done.adds(), done.updates());
            return done;
        });
        columnMaps.remember(headers());
        return written;
    }

    static void auditImport(org.partydesk.store.Tx tx, String table, Path file, int added, int updated, String... more) {
        StringBuilder json = new StringBuilder("{\"file\":\"").append(jsonEscape(file.getFileName().toString()))
                .append("\",\"added\":").append(added).append(",\"updated\":").append(updated);
        for (String m : more) {
            json.append(',').append(m);
        }
        tx.audit(table, null, "IMPORT", null, json.append('}').toString());
    }

    /** A JSON string literal body for the IMPORT audit row. */
    static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
