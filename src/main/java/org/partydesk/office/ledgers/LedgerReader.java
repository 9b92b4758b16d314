package org.partydesk.office.ledgers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.Texts;

/**
 * Reads a ledger sheet as clerks make them: title rows (merged or not) above the header, columns in any
 * order under any known alias, blank rows anywhere, a notes row (注：… / 说明…) at the end, cells merged
 * down the rows (filled down), a group row over the column names (two-row header), instructions anywhere
 * (recognised by content, skipped and named once), and several sheets ({@link #readAll}). The header
 * is the first row among the first {@value #HEADER_SEARCH_ROWS} in which at least two known headers
 * match (decision 0014). Reading stops after {@value #MAX_BLANK_RUN} consecutive blank rows (a sheet formatted down to
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
                         Map<Integer, String> headerTexts, int width, List<String> aboveHeader, String headingsGive) {
        /**
         * This header where the sheet's branch headings give its rows the column {@code key} it does not have
         * ({@link HeaderAliases#branchHeadings}): each row under such a heading has {@code key}, a column of no position.
         */
        Header givenByHeadings(String key) {
            return new Header(file, sheet, rowNumber, columns, headerTexts, width, aboveHeader, key);
        }

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

    /**
     * One data row: its number as Excel shows it and its cells by column key (missing columns absent), an unmodifiable
     * map in the header's column order ({@link RowCells}).
     */
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
    public record Result(Header header, List<LedgerMessage> messages, List<String> aboveHeader, List<String> notes,
                         List<Column> columns) {
    }

    /** How many sample values {@link Column#samples()} keeps of a column. */
    public static final int SAMPLES = 3;

    /**
     * One column of a sheet's header: its index (0-based), its name as the file writes it, the key of the column
     * it was matched to (null: 未识别; {@link HeaderAliases#IGNORE}: mapped to nothing) and up to {@value #SAMPLES}
     * different values under it.
     */
    public record Column(int index, String header, String key, List<String> samples) {
    }

    /** The first different values under each header column, gathered while the rows are read. */
    private static final class Samples {
        /**
         * How many texts as typed each column remembers having looked at: a column with fewer different values than
         * {@link #SAMPLES} (民族: 汉族 in every row) is looked at in every row, and a text looked at before cannot add a
         * sample, so it is not cleaned and compared again.
         */
        private static final int REMEMBERED = 64;
        /**
         * A column that has shown nothing new in this many rows in a row is no longer looked at: 性别 or 民族 of a large
         * roster would otherwise be looked up in every one of its rows, for samples that a row further down adds
         * almost never (issue 21).
         */
        private static final int GIVE_UP_AFTER = 5_000;

        /** One column's samples so far, the texts as typed that gave them or repeated one, and the rows since a new one. */
        private static final class Gathered {
            final List<String> values = new ArrayList<>();
            final Set<String> typed = new HashSet<>();
            int unchanged;
            /** It has its samples, or has shown nothing new for too long: looked at no more. */
            boolean done;
        }

        private final Map<Integer, Gathered> byColumn = new LinkedHashMap<>();
        private int open;

        Samples(Header header) {
            header.headerTexts().keySet().forEach(i -> byColumn.put(i, new Gathered()));
            open = byColumn.size();
        }

        void add(SheetSource.RawRow raw) {
            if (open == 0) {
                return;
            }
            for (Map.Entry<Integer, Gathered> e : byColumn.entrySet()) {
                Gathered g = e.getValue();
                if (g.done) {
                    continue;
                }
                if (++g.unchanged > GIVE_UP_AFTER) {
                    g.done = true;
                    open--;
                    continue;
                }
                LedgerCell cell = raw.cell(e.getKey());
                if (cell == null || cell.isBlank() || g.typed.contains(cell.text())) {
                    continue;
                }
                g.unchanged = 0;
                if (g.typed.size() < REMEMBERED) {
                    g.typed.add(cell.text());
                }
                // a date with its time as a clerk reads it (2025-01-06 09:00), not as stored (2025-01-06T09:00)
                String text = cell.date() != null ? cell.text().replace('T', ' ') : Texts.clean(cell.text());
                text = text.length() > 30 ? text.substring(0, 30) + "…" : text;
                if (!g.values.contains(text)) {
                    g.values.add(text);
                    if (g.values.size() == SAMPLES) {
                        g.done = true;
                        open--;
                    }
                }
            }
        }

        List<Column> columns(Header header, HeaderAliases aliases) {
            List<Column> out = new ArrayList<>();
            for (Map.Entry<Integer, Gathered> e : byColumn.entrySet()) {
                String text = header.headerText(e.getKey());
                String key = aliases.match(text).map(LedgerColumn::key).orElse(null);
                out.add(new Column(e.getKey(), text, key, List.copyOf(e.getValue().values)));
            }
            return List.copyOf(out);
        }
    }

    private LedgerReader() {
    }

    /**
     * Reads the named sheet (null: the first visible one) of {@code file}, handing each non-blank data
     * row to {@code handler}. Throws {@link LedgerFileException} when the file is not a readable
     * spreadsheet or no header is found.
     */
    public static Result read(Path file, String sheetName, HeaderAliases aliases, RowHandler handler) {
        try (WorkbookSource book = WorkbookSource.open(file)) {
            return read(file, book, sheetName, aliases, handler);
        }
    }

    /** {@link #read(Path, String, HeaderAliases, RowHandler)} of a sheet of a workbook already open. */
    private static Result read(Path file, WorkbookSource book, String sheetName, HeaderAliases aliases, RowHandler handler) {
        String name = file.getFileName().toString();
        try (SheetSource source = book.sheet(sheetName)) {
            Iterator<SheetSource.RawRow> parsed = source.rows(); // parsed ahead while the merges are scanned
            List<SheetSource.Merge> merges = source.merges();
            Rows rows = new Rows(parsed, merges);
            List<LedgerMessage> messages = new ArrayList<>();
            List<String> above = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Header header = findHeader(name, source.sheetName(), rows, merges, source::hiddenColumns, aliases, messages, above);
            int lastUsed = header.rowNumber();
            Skipped skipped = new Skipped("是说明文字（“%s”），已跳过，未作为数据导入");
            Skipped beside = new Skipped("数据旁边的说明文字（“%s”）不是表格的列，未导入");
            Skipped sections = new Skipped("是分段的标题或重复的表头（“%s”），已跳过");
            Skipped hiddenRows = new Skipped("在表格中是隐藏的行（“%s”），已照常导入；不需要导入的行请删除后再导入");
            Skipped examples = new Skipped("是模板中的填写示例（“%s”），已跳过，未作为数据导入");
            Skipped branchHeadings = new Skipped("是党支部的标题（“%s”），其下各行按该党支部导入");
            Samples samples = new Samples(header);
            RowCells.Layout layout = new RowCells.Layout(header.columns().keySet());
            int[] positions = header.columns().values().stream().mapToInt(Integer::intValue).toArray();
            // 一、机关第一党支部（4人） above its members in a sheet without the branch's column: the branch of the rows under it
            String headingsKey = aliases.branchHeadingKey() != null && !header.columns().containsKey(aliases.branchHeadingKey())
                    ? aliases.branchHeadingKey() : null;
            RowCells.Layout withBranch = null;
            String branch = null;
            boolean anyData = false;
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
                String only = onlyText(raw); // the row's one text, if it has one: asked by the three checks below
                String branchHeading = headingsKey != null && (!anyData || withBranch != null) ? branchHeading(only) : null;
                if (branchHeading != null) {
                    if (withBranch == null) {
                        header = header.givenByHeadings(headingsKey);
                        List<String> keys = new ArrayList<>(header.columns().keySet());
                        keys.add(headingsKey);
                        withBranch = new RowCells.Layout(keys);
                    }
                    branch = branchHeading;
                    branchHeadings.add(raw.number(), only);
                    continue;
                }
                String heading = aliases.headingKey() != null && header.columns().containsKey(aliases.headingKey())
                        ? heading(only) : null;
                if (heading != null) {
                    // 一、政治建设 across the table: a category above the items under it, read into its column
                    LedgerCell[] cells = new LedgerCell[positions.length];
                    java.util.Arrays.fill(cells, LedgerCell.EMPTY);
                    cells[new ArrayList<>(header.columns().keySet()).indexOf(aliases.headingKey())] = LedgerCell.text(heading);
                    handler.row(header, new Row(raw.number(), new RowCells(layout, cells)));
                    continue;
                }
                // a second table under the first (第二季度 over its own header row): its title and header are no data
                String section = section(raw, only, header, positions);
                if (section != null) {
                    sections.add(raw.number(), section);
                    continue;
                }
                String instruction = instruction(only);
                if (instruction != null) {
                    notes.add(instruction);
                    skipped.add(raw.number(), instruction);
                    continue;
                }
                String example = example(raw, positions);
                if (example != null) {
                    examples.add(raw.number(), example);
                    continue;
                }
                String besideText = besideHeader(raw, header);
                if (besideText != null) {
                    beside.add(raw.number(), besideText);
                }
                samples.add(raw);
                if (raw.hidden()) {
                    StringBuilder read = new StringBuilder(); // what is imported of it, in the columns read
                    for (int p : positions) {
                        if (!raw.cell(p).isBlank()) {
                            read.append(read.isEmpty() ? "" : " ").append(Texts.clean(raw.cell(p).text()));
                        }
                    }
                    hiddenRows.add(raw.number(), read.toString());
                }
                LedgerCell[] cells = new LedgerCell[positions.length];
                for (int i = 0; i < positions.length; i++) {
                    LedgerCell cell = raw.cell(positions[i]);
                    if (cell != null && cell.text() != null && cell.text().length() > MAX_CELL_CHARS) {
                        messages.add(new LedgerMessage(Severity.ERROR, name, source.sheetName(), raw.number(), positions[i],
                                header.headerText(positions[i]), "单元格有 " + cell.text().length()
                                + " 个字符，超过 Excel 单元格的上限 " + MAX_CELL_CHARS + " 个字符，请删减"));
                        cell = LedgerCell.EMPTY;
                    } else if (cell != null && isErrorValue(cell)) {
                        messages.add(new LedgerMessage(Severity.ERROR, name, source.sheetName(), raw.number(), positions[i],
                                header.headerText(positions[i]), "这一格显示“" + cell.text().strip() + "”，是公式出错的结果"
                                + "（如引用的单元格已被删除），不是数据；请在表中改正后再导入"));
                        cell = LedgerCell.EMPTY;
                    } else if (cell == LedgerCell.UNCALCULATED) {
                        messages.add(new LedgerMessage(Severity.ERROR, name, source.sheetName(), raw.number(), positions[i],
                                header.headerText(positions[i]), "这一格是公式，文件中没有保存它的计算结果（文件可能是别的程序"
                                + "生成的）；请用 Excel 或 WPS 打开后保存一次，再导入"));
                    }
                    cells[i] = cell;
                }
                anyData = true;
                if (withBranch != null) {
                    LedgerCell[] more = java.util.Arrays.copyOf(cells, cells.length + 1);
                    more[cells.length] = LedgerCell.text(branch);
                    handler.row(header, new Row(raw.number(), new RowCells(withBranch, more)));
                    continue;
                }
                handler.row(header, new Row(raw.number(), new RowCells(layout, cells)));
            }
            skipped.report(name, source.sheetName(), messages);
            beside.report(name, source.sheetName(), messages);
            sections.report(name, source.sheetName(), messages);
            hiddenRows.report(name, source.sheetName(), messages);
            examples.report(name, source.sheetName(), messages);
            branchHeadings.report(name, source.sheetName(), messages);
            return new Result(header, List.copyOf(messages), List.copyOf(above), List.copyOf(notes),
                    samples.columns(header, aliases));
        }
    }

    /** What reading a workbook's sheets found: each ledger sheet read, and a warning for each sheet skipped. */
    public record Workbook(List<Result> sheets, List<LedgerMessage> skipped) {
    }

    /**
     * Reads every visible sheet of {@code file} that holds a ledger (or only {@code sheetName} when not null),
     * handing each data row with its sheet's header to {@code handler}. A sheet named as instructions (填表说明,
     * 填写须知 …) is skipped unread; one that is empty or has no header is skipped with a warning naming it, as
     * long as another sheet holds a ledger; when none does, the first sheet's reason is thrown as
     * {@link LedgerFileException}.
     */
    public static Workbook readAll(Path file, String sheetName, HeaderAliases aliases, RowHandler handler) {
        try (WorkbookSource book = WorkbookSource.open(file)) {
            if (sheetName != null) {
                return new Workbook(List.of(read(file, book, sheetName, aliases, handler)), List.of());
            }
            List<Result> read = new ArrayList<>();
            List<LedgerMessage> skipped = new ArrayList<>();
            LedgerFileException first = null;
            for (String name : sheetsToRead(file, book)) {
                try {
                    read.add(read(file, book, name, aliases, handler));
                } catch (LedgerFileException e) {
                    if (!e.noLedger()) {
                        throw e;
                    }
                    if (first == null) {
                        first = e;
                    }
                    skipped.add(new LedgerMessage(Severity.WARNING, file.getFileName().toString(), name, 0, null, null,
                            "这个工作表没有台账表头（可能是填表说明或空表），已跳过：" + reason(e.getMessage())));
                }
            }
            if (read.isEmpty()) {
                throw first != null ? first : SheetSource.noVisibleSheet(file);
            }
            for (String name : book.hiddenSheets()) {
                // a hidden sheet holding a ledger is no rubbish: say it was left, and how to read it
                if (headerOf(file, book, name, aliases).isPresent()) {
                    skipped.add(new LedgerMessage(Severity.WARNING, file.getFileName().toString(), name, 0, null, null,
                            "这个工作表是隐藏的，未导入；需要导入时请在表格软件中取消隐藏，或在命令行用 --sheet " + name + " 只导入这一张"));
                }
            }
            return new Workbook(List.copyOf(read), List.copyOf(skipped));
        }
    }

    /**
     * The header {@code aliases} find in the named sheet (null: the first visible ledger sheet), reading no
     * data rows; empty when no sheet has one. Throws {@link LedgerFileException} when the file is unreadable.
     */
    public static Optional<Header> header(Path file, String sheetName, HeaderAliases aliases) {
        List<Header> found = headers(file, sheetName, aliases, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The header {@code aliases} find in each ledger sheet {@link #readAll} would read (only {@code sheetName} when
     * not null), reading no data rows; sheets without one are left out. Throws {@link LedgerFileException} when the
     * file is unreadable.
     */
    public static List<Header> headers(Path file, String sheetName, HeaderAliases aliases) {
        return headers(file, sheetName, aliases, false);
    }

    /** The headers of {@link #headers(Path, String, HeaderAliases)}, only the first one found when {@code first}. */
    private static List<Header> headers(Path file, String sheetName, HeaderAliases aliases, boolean first) {
        List<Header> out = new ArrayList<>();
        try (WorkbookSource book = WorkbookSource.open(file)) {
            for (String name : sheetName != null ? List.of(sheetName) : sheetsToRead(file, book)) {
                Optional<Header> header = headerOf(file, book, name, aliases);
                if (header.isPresent()) {
                    out.add(header.get());
                    if (first) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The ledger header of the sheet {@code name} (its first rows only are read), empty when it has none. */
    private static Optional<Header> headerOf(Path file, WorkbookSource book, String name, HeaderAliases aliases) {
        try (SheetSource source = book.sheet(name)) {
            Iterator<SheetSource.RawRow> parsed = source.rows(); // parsed ahead while the merges are scanned
            List<SheetSource.Merge> merges = source.merges();
            return Optional.of(findHeader(file.getFileName().toString(), source.sheetName(), new Rows(parsed, merges), merges,
                    source::hiddenColumns, aliases, new ArrayList<>(), new ArrayList<>()));
        } catch (LedgerFileException e) {
            if (!e.noLedger()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** The visible sheets, without those named as instructions (unless all are); refused when none is visible. */
    private static List<String> sheetsToRead(Path file, WorkbookSource book) {
        List<String> names = book.visibleSheets();
        if (names.isEmpty()) {
            throw SheetSource.noVisibleSheet(file);
        }
        List<String> ledgers = names.stream().filter(n -> !INSTRUCTIONS_SHEET.matcher(n).matches()).toList();
        return ledgers.isEmpty() ? names : ledgers;
    }

    /** A sheet whose name says it holds instructions (such as the 填表说明 of the app's own templates). */
    private static final java.util.regex.Pattern INSTRUCTIONS_SHEET = java.util.regex.Pattern.compile(
            ".*(说明|须知|注意事项|填表要求|填写要求|填报要求).*");

    /** The message without its "file，工作表“…”：" prefix. */
    private static String reason(String message) {
        int at = message.indexOf("”：");
        return at < 0 ? message : message.substring(at + 2);
    }

    /**
     * The rows of a sheet with vertically merged cells filled down (each row of a merged 所在党支部 gets the
     * merged value, as the printed sheet shows it), one row of look-ahead for a second header row.
     */
    private static final class Rows implements Iterator<SheetSource.RawRow> {
        private final Iterator<SheetSource.RawRow> source;
        /** Vertical merges by their first row, not yet reached. */
        private final java.util.TreeMap<Integer, List<SheetSource.Merge>> waiting = new java.util.TreeMap<>();
        /** Vertical merges being read, with the value of their top cell. */
        private final Map<SheetSource.Merge, LedgerCell> open = new LinkedHashMap<>();
        private SheetSource.RawRow peeked;

        Rows(Iterator<SheetSource.RawRow> source, List<SheetSource.Merge> merges) {
            this.source = source;
            for (SheetSource.Merge m : merges) {
                if (m.vertical()) {
                    waiting.computeIfAbsent(m.firstRow(), k -> new ArrayList<>()).add(m);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return peeked != null || source.hasNext();
        }

        @Override
        public SheetSource.RawRow next() {
            SheetSource.RawRow r = peek();
            peeked = null;
            return r;
        }

        /** The next row without taking it; null at the end. */
        SheetSource.RawRow peek() {
            if (peeked == null && source.hasNext()) {
                peeked = fill(source.next());
            }
            return peeked;
        }

        private SheetSource.RawRow fill(SheetSource.RawRow raw) {
            int n = raw.number();
            while (!waiting.isEmpty() && waiting.firstKey() <= n) {
                Map.Entry<Integer, List<SheetSource.Merge>> first = waiting.pollFirstEntry();
                for (SheetSource.Merge m : first.getValue()) {
                    if (first.getKey() == n && !raw.cell(m.firstColumn()).isBlank()) {
                        open.put(m, raw.cell(m.firstColumn()));
                    }
                }
            }
            open.keySet().removeIf(m -> m.lastRow() < n);
            List<LedgerCell> cells = null;
            for (Map.Entry<SheetSource.Merge, LedgerCell> e : open.entrySet()) {
                SheetSource.Merge m = e.getKey();
                if (m.firstRow() < n && raw.cell(m.firstColumn()).isBlank()) {
                    if (cells == null) {
                        cells = new ArrayList<>(raw.cells());
                    }
                    while (cells.size() <= m.firstColumn()) {
                        cells.add(LedgerCell.EMPTY);
                    }
                    cells.set(m.firstColumn(), e.getValue());
                }
            }
            return cells == null ? raw : new SheetSource.RawRow(n, cells, raw.hidden());
        }
    }

    /** What a row offers as a header: its texts by column, the keys it maps and the warnings about it. */
    private record Candidate(int row, Map<Integer, String> texts, Map<String, Integer> columns,
                             List<LedgerMessage> warnings, long known) {
        static Candidate of(String file, String sheet, int row, Map<Integer, String> texts, HeaderAliases aliases,
                            java.util.BitSet hidden) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<LedgerMessage> notes = new ArrayList<>();
            long known = 0;
            for (Map.Entry<Integer, String> t : texts.entrySet()) {
                int i = t.getKey();
                String text = t.getValue();
                Optional<LedgerColumn> column = aliases.match(text);
                if (column.isEmpty()) {
                    notes.add(new LedgerMessage(Severity.WARNING, file, sheet, row, i, text, "不认识的列名，该列不导入"));
                    continue;
                }
                known++;
                String key = column.get().key();
                if (columns.containsKey(key)) {
                    // 请假 and 请假人员: the bare one is the number on leave (HeaderAliases.elseAs)
                    int taken = columns.get(key);
                    String firstElse = aliases.elseAs(texts.get(taken));
                    String thisElse = aliases.elseAs(text);
                    if (firstElse != null && !columns.containsKey(firstElse)) {
                        columns.put(firstElse, taken);
                        columns.put(key, i);
                        continue;
                    }
                    if (thisElse != null && !columns.containsKey(thisElse)) {
                        columns.put(thisElse, i);
                        continue;
                    }
                }
                if (columns.containsKey(key) && hidden.get(columns.get(key)) && !hidden.get(i)) {
                    // a hidden column the clerk left behind (an old 所在支部) gives way to the visible one
                    int first = columns.get(key);
                    columns.put(key, i);
                    notes.add(new LedgerMessage(Severity.WARNING, file, sheet, row, first, texts.get(first),
                            "是隐藏的列，与" + LedgerMessage.columnLetter(i) + "列（" + text + "）重复，按" + LedgerMessage.columnLetter(i)
                                    + "列导入，该列不导入"));
                } else if (columns.containsKey(column.get().key())) {
                    int first = columns.get(column.get().key());
                    notes.add(new LedgerMessage(Severity.WARNING, file, sheet, row, i, text,
                            "与" + LedgerMessage.columnLetter(first) + "列（" + texts.get(first) + "）重复，该列不导入"));
                } else if (column.get().kind() != LedgerColumn.Kind.IGNORED) {
                    columns.put(column.get().key(), i);
                } else if (!List.of("seq", HeaderAliases.IGNORE).contains(column.get().key())
                        && !HeaderAliases.normalize(text).equals(HeaderAliases.normalize(column.get().header()))) {
                    // a clerk's own column (进展情况) the ledger never reads: say so, where its own export's is silent
                    notes.add(new LedgerMessage(Severity.WARNING, file, sheet, row, i, text, "该列不导入（按“"
                            + column.get().header() + "”列识别：" + column.get().note() + "）"));
                }
            }
            return new Candidate(row, texts, columns, notes, known);
        }
    }

    private static Map<Integer, String> headerTexts(SheetSource.RawRow raw) {
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < raw.cells().size(); i++) {
            String text = Texts.clean(raw.cell(i).text());
            if (!text.isEmpty()) {
                texts.put(i, text);
            }
        }
        return texts;
    }

    private static Header findHeader(String file, String sheet, Rows rows, List<SheetSource.Merge> merges,
                                     java.util.function.Supplier<java.util.BitSet> hiddenColumns,
                                     HeaderAliases aliases, List<LedgerMessage> messages, List<String> above) {
        boolean any = false;
        Candidate closest = null;
        SheetSource.RawRow previous = null;
        Map<Integer, String> previousTexts = Map.of();
        while (rows.hasNext()) {
            if (rows.peek().number() > HEADER_SEARCH_ROWS) {
                break;
            }
            SheetSource.RawRow raw = rows.next();
            any |= !raw.isBlank();
            Map<Integer, String> texts = headerTexts(raw);
            java.util.BitSet hidden = hiddenColumns.get(); // known once the first row is read
            Candidate c = Candidate.of(file, sheet, raw.number(), texts, aliases, hidden);
            if (c.known() >= 2) {
                int width = raw.cells().size();
                SheetSource.RawRow next = rows.peek();
                Map<Integer, String> combined = next == null || next.number() != raw.number() + 1 ? null
                        : subHeader(raw.number(), texts, headerTexts(next), merges, aliases);
                if (combined != null) {
                    rows.next();
                    c = Candidate.of(file, sheet, next.number(), combined, aliases, hidden);
                    width = Math.max(width, next.cells().size());
                } else if (previous != null && previous.number() == raw.number() - 1) {
                    Map<Integer, String> withUpper = groupAbove(previous.number(), previousTexts, texts, merges, aliases);
                    if (withUpper != null) {
                        above.removeAll(previousTexts.values());
                        c = Candidate.of(file, sheet, raw.number(), withUpper, aliases, hidden);
                    }
                }
                messages.addAll(c.warnings());
                return new Header(file, sheet, c.row(), Collections.unmodifiableMap(c.columns()),
                        Collections.unmodifiableMap(c.texts()), width, List.copyOf(above), null);
            }
            if (!texts.isEmpty() && (closest == null || c.known() > closest.known()
                    || c.known() == closest.known() && c.known() > 0 && texts.size() > closest.texts().size())) {
                closest = c;
            }
            above.addAll(texts.values());
            previous = raw;
            previousTexts = texts;
        }
        if (!any) {
            throw new LedgerFileException(file + "，工作表“" + sheet + "”：工作表是空的，没有可导入的内容", true);
        }
        List<String> examples = aliases.columns().stream().filter(c -> c.kind() != LedgerColumn.Kind.IGNORED)
                .limit(4).map(LedgerColumn::header).toList();
        throw new LedgerFileException(file + "，工作表“" + sheet + "”：前" + HEADER_SEARCH_ROWS
                + "行中找不到表头（表头行至少要有两个可识别的列名，如 " + String.join("、", examples) + "）"
                + closest(closest, aliases), true);
    }

    /** "；最接近的是第3行：…，其中认出了“姓名”" — what the row that came closest to a header holds. */
    private static String closest(Candidate c, HeaderAliases aliases) {
        if (c == null) {
            return "";
        }
        List<String> shown = c.texts().values().stream().limit(8)
                .map(t -> "“" + (t.length() > 20 ? t.substring(0, 20) + "…" : t) + "”").toList();
        List<String> known = c.texts().values().stream().filter(t -> aliases.match(t).isPresent())
                .map(t -> "“" + t + "”").toList();
        return "；最接近的是第" + c.row() + "行：" + String.join("", shown) + (c.texts().size() > 8 ? "等" : "")
                + (known.isEmpty() ? "，其中没有一个是可识别的列名" : "，其中只认出了" + String.join("、", known));
    }

    /**
     * The column names of a two-row header, or null when the row under the header is no second header row.
     * It is one when every text in it that differs from the text above stands under a merged upper cell (参会情况
     * over 应到/实到/请假/缺席), or under an empty or unknown upper cell, and at least one of them is a known
     * column name, alone or after the group's name (获奖对象 over 个人 and 集体: 获奖对象个人, 获奖对象集体); those texts are
     * then the names of their columns.
     */
    private static Map<Integer, String> subHeader(int upperRow, Map<Integer, String> upper, Map<Integer, String> lower,
                                                  List<SheetSource.Merge> merges, HeaderAliases aliases) {
        boolean knownBelow = false;
        Map<Integer, String> combined = new java.util.TreeMap<>(upper);
        for (Map.Entry<Integer, String> t : lower.entrySet()) {
            int col = t.getKey();
            String above = upper.get(col);
            if (t.getValue().equals(above)) {
                continue;
            }
            boolean underGroup = above == null || aliases.match(above).isEmpty()
                    || merges.stream().anyMatch(m -> m.across() && m.firstRow() <= upperRow && m.lastRow() >= upperRow
                    && m.contains(upperRow, col));
            if (!underGroup) {
                return null;
            }
            String name = t.getValue();
            String group = groupName(upperRow, col, upper, merges);
            if (aliases.match(name).isEmpty() && group != null && aliases.match(group + name).isPresent()) {
                name = group + name;
            }
            knownBelow |= aliases.match(name).isPresent();
            combined.put(col, name);
        }
        if (!knownBelow) {
            return null;
        }
        // a group name left over a column whose lower cell is empty is no column name
        for (SheetSource.Merge m : merges) {
            if (m.across() && m.firstRow() == upperRow && m.lastRow() == upperRow) {
                for (int col = m.firstColumn(); col <= m.lastColumn(); col++) {
                    if (!lower.containsKey(col)) {
                        combined.remove(col);
                    }
                }
            }
        }
        return combined;
    }

    /** The text of the upper header cell over {@code col}: its own, or that of the merged cell it lies in; null if none. */
    private static String groupName(int upperRow, int col, Map<Integer, String> upper, List<SheetSource.Merge> merges) {
        if (upper.containsKey(col)) {
            return upper.get(col);
        }
        for (SheetSource.Merge m : merges) {
            if (m.across() && m.contains(upperRow, col)) {
                return upper.get(m.firstColumn());
            }
        }
        return null;
    }

    /**
     * The column names of a header under a group row, or null: when the row above the header has a cell merged
     * across columns (基本信息 over 姓名/性别) and, outside such merges, known column names over empty header cells
     * (所在党支部 written once over both rows), those names are the names of their columns.
     */
    private static Map<Integer, String> groupAbove(int upperRow, Map<Integer, String> upper, Map<Integer, String> header,
                                                   List<SheetSource.Merge> merges, HeaderAliases aliases) {
        List<SheetSource.Merge> across = merges.stream()
                .filter(m -> m.across() && m.firstRow() <= upperRow && m.lastRow() >= upperRow).toList();
        if (across.isEmpty() || upper.size() < 2) {
            return null;
        }
        Map<Integer, String> combined = new java.util.TreeMap<>(header);
        for (Map.Entry<Integer, String> t : upper.entrySet()) {
            int col = t.getKey();
            if (!header.containsKey(col) && aliases.match(t.getValue()).isPresent()
                    && across.stream().noneMatch(m -> m.contains(upperRow, col))) {
                combined.put(col, t.getValue());
            }
        }
        return combined.size() > header.size() ? combined : null;
    }

    /** The rows that hold instructions, reported in one warning. */
    private static final class Skipped {
        private final List<Integer> rows = new ArrayList<>();
        /** What the warning says after the rows, with %s for the first instruction's text. */
        private final String what;
        private String first;

        Skipped(String what) {
            this.what = what;
        }

        void add(int row, String text) {
            if (first == null) {
                first = text;
            }
            rows.add(row);
        }

        void report(String file, String sheet, List<LedgerMessage> messages) {
            if (rows.isEmpty()) {
                return;
            }
            String sample = first.length() > 30 ? first.substring(0, 30) + "…" : first;
            messages.add(new LedgerMessage(Severity.WARNING, file, sheet, rows.get(0), null, null,
                    ranges(rows) + what.formatted(sample)));
        }

        /** "第20–22行、第30行". */
        private static String ranges(List<Integer> rows) {
            List<String> out = new ArrayList<>();
            int start = rows.get(0);
            int prev = start;
            for (int i = 1; i <= rows.size(); i++) {
                int r = i < rows.size() ? rows.get(i) : -1;
                if (r != prev + 1) {
                    out.add(start == prev ? "第" + start + "行" : "第" + start + "–" + prev + "行");
                    start = r;
                }
                prev = r;
            }
            return String.join("、", out);
        }
    }

    /** How an instruction starts: 填写注意事项、填表说明、备注：… */
    private static final java.util.regex.Pattern INSTRUCTION = java.util.regex.Pattern.compile(
            "^(填写注意事项|注意事项|填表说明|填写说明|填报说明|填写要求|填表要求|温馨提示|提示|附注|备注)\\s*[：:].*");
    /** A numbered line: 1、… 2.… （3）… 一、… */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^[（(]?([0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)、．.](?![0-9]).{4,}");
    /** Prose this long alone on a row is no data row (no ledger cell holds a sentence by itself). */
    static final int PROSE_CHARS = 30;

    /**
     * The text of a row that is an instruction by its content, or null: a row whose only text (one cell, or the
     * same text in every cell of a merged block) is an instruction (填写注意事项：…), a numbered line (1、…) or
     * long prose.
     */
    /** An instruction in a column without a header name beside the data (a merged text block), or null. */
    private static String besideHeader(SheetSource.RawRow raw, Header header) {
        for (int i = 0; i < raw.cells().size(); i++) {
            LedgerCell c = raw.cell(i);
            if (!header.headerTexts().containsKey(i) && !c.isBlank() && !c.number() && c.date() == null) {
                String t = Texts.clean(c.text());
                if (isInstruction(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static boolean isInstruction(String text) {
        return INSTRUCTION.matcher(text).matches() || NUMBERED.matcher(text).matches()
                || text.codePointCount(0, text.length()) >= PROSE_CHARS;
    }

    /** A heading: 一、政治建设, （二）组织建设, 三．作风建设 (a Chinese outline number, then a short title). */
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "^[（(]?[一二三四五六七八九十]{1,3}[）)]?[、．.]?\\s*[^\\s，,。；;：:]{2,24}$");

    /**
     * A branch's name alone in a row, as a heading over its rows: 一、机关第一党支部（4人）, （二）监测站党支部, 1.离退休干部党支部：3人,
     * 机关第二党支部 共5名, 执法支队党支部（共8名党员）; the outline number and the count are left out of the name.
     */
    private static final java.util.regex.Pattern BRANCH_HEADING = java.util.regex.Pattern.compile(
            "^(?:[（(](?:[一二三四五六七八九十]{1,3}|\\d{1,2})[）)]|(?:[一二三四五六七八九十]{1,3}|\\d{1,2})[、．.])?"
                    + "([\\p{IsHan}A-Za-z0-9·]{0,24}?(?:党支部|党总支|总支部|支部))"
                    + "(?:[（(：:]?(?:共|党员)?\\d{1,4}[人名](?:党员)?[）)]?)?$");

    private static final java.util.regex.Pattern ALL_BRANCHES = java.util.regex.Pattern.compile("各|所属|全体");

    /** The branch a row holding only {@code only} names as a heading ({@link #BRANCH_HEADING}), or null. */
    private static String branchHeading(String only) {
        if (only == null) {
            return null;
        }
        java.util.regex.Matcher m = BRANCH_HEADING.matcher(Texts.compact(only));
        // 各党支部, 所属党支部, 全体…: all the branches, no one of them
        return m.matches() && m.group(1).length() >= 3 && !ALL_BRANCHES.matcher(m.group(1)).find() ? m.group(1) : null;
    }

    /** The text of a row that holds only a numbered heading ({@link #HEADING}), or null; {@code only}: the row's one text. */
    private static String heading(String only) {
        return only != null && HEADING.matcher(only).matches() && !INSTRUCTION.matcher(only).matches() ? only : null;
    }

    /** A section's title in a row of its own: 第二季度, 2025年第三季度, 下半年, 7月份, （本季度无记录）. */
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile(
            "^(\\d{4}年度?)?(第?[一二三四1-4]季度|[上下]半年|(\\d{1,2}|[一二三四五六七八九十]{1,3})月份?)([（(][^）)]*[）)])?[:：]?$"
                    + "|^[（(]?(本(季度|月|年度?|期)|当(季|月))?(无记录|无会议|未召开|暂无记录|无)[^，,。]{0,8}[）)]?$");

    /**
     * What a row is when it is no data but the start of another table under the first: a section title alone in the
     * row ({@link #SECTION}), or the header repeated (half the columns or more, and at least two, as the header
     * writes them); null for any other row.
     */
    private static String section(SheetSource.RawRow raw, String only, Header header, int[] positions) {
        if (only != null) {
            return SECTION.matcher(Texts.compact(only)).matches() ? only : null;
        }
        int same = 0;
        int looked = 0;
        for (int p : positions) {
            LedgerCell c = raw.cell(p);
            String written = header.headerText(p);
            if (!c.isBlank() && !c.number() && c.date() == null && !written.isEmpty()) {
                String text = Texts.clean(c.text());
                if (text.equals(written) || text.length() >= 2 && written.endsWith(text)) { // 请假 under 参会情况
                    same++;
                } else if (++looked == 3 && same == 0) {
                    return null; // a data row: every row is asked, so a few cells tell (issue 21)
                }
            }
        }
        return same >= 2 && 2 * same >= positions.length ? String.join(" ", texts(raw)) : null;
    }

    /** A cell that marks its row as a template's example: 示例, 样例, 填写示例, 例：…, （示例）王某. */
    private static final java.util.regex.Pattern EXAMPLE_MARK = java.util.regex.Pattern.compile(
            "^([（(【\\[](填写|填报)?(示例|样例|范例|举例|例)[）)】\\]].*|(填写|填报)?(示例|样例|范例|举例|例)([：:].*)?)$");

    /**
     * The texts of a row left in a ledger from its template, as an example of how to fill it in (张XX in XX党支部, or a
     * cell saying 示例), or null: a cell in the columns read says so ({@link #EXAMPLE_MARK}), or two of them hold a
     * placeholder (XX, ××, 某某). A real row never has two placeholders; one alone (a theme 学习XX精神) is no example.
     */
    private static String example(SheetSource.RawRow raw, int[] positions) {
        int placeholders = 0;
        boolean marked = false;
        for (int p : positions) {
            LedgerCell c = raw.cell(p);
            if (c == null || c.isBlank() || c.number() || c.date() != null) {
                continue;
            }
            String t = c.text();
            if (t.contains("XX") || t.contains("××") || t.contains("ＸＸ") || t.contains("某某")) {
                placeholders++;
            } else if (t.length() <= 40 && t.indexOf('例') >= 0 && EXAMPLE_MARK.matcher(Texts.compact(t)).matches()) {
                marked = true;
            }
        }
        return marked || placeholders >= 2 ? String.join(" ", texts(raw)) : null;
    }

    private static String instruction(String only) {
        return only != null && isInstruction(only) ? only : null;
    }

    /** The one text of a row (in one cell, or the same in every cell of a merged block), or null: none, several, a number or a date. */
    private static String onlyText(SheetSource.RawRow raw) {
        String only = null;
        for (LedgerCell c : raw.cells()) {
            if (c == null || c.isBlank()) {
                continue;
            }
            if (c.number() || c.date() != null) {
                return null;
            }
            String t = Texts.clean(c.text());
            if (only == null) {
                only = t;
            } else if (!only.equals(t)) {
                return null;
            }
        }
        return only;
    }

    /** How a footer cell under a ledger starts: 填报日期：…, 制表人：…, 审核人：…, 截至… */
    private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile(
            "^(填报|填表|制表|审核|统计时间|统计日期|截至|截止|报送日期|单位负责人|负责人|联系人)\\s*[：:（(]?.*");
    /** The first characters {@link #FOOTER}'s words begin with: a text beginning otherwise is not matched against it. */
    private static final String FOOTER_FIRST = "填制审统截报单负联";

    /**
     * A row whose only text starts with 注 or 说明 (the notes under a ledger), or whose every text is a
     * footer such as 填报日期：2025年12月31日 or 制表人：张三 (a date cell may stand beside one).
     */
    private static boolean isNotesRow(SheetSource.RawRow raw) {
        LedgerCell only = null; // the one non-blank cell, if there is exactly one (asked of every row: no list of texts)
        for (LedgerCell c : raw.cells()) {
            if (c != null && !c.isBlank()) {
                if (only != null) {
                    only = null;
                    break;
                }
                only = c;
            }
        }
        if (only != null) {
            String text = Texts.clean(only.text());
            if (text.startsWith("注") || text.startsWith("说明")) {
                return true;
            }
        }
        if (isTotalsRow(raw)) {
            return true;
        }
        boolean footer = false;
        for (LedgerCell c : raw.cells()) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String text = Texts.clean(c.text());
            if (!text.isEmpty() && FOOTER_FIRST.indexOf(text.charAt(0)) >= 0 && FOOTER.matcher(text).matches()) {
                footer = true;
            } else if (c.date() == null) {
                return false;
            }
        }
        return footer;
    }

    /** 合计, 总计, 小计, 共计 (with a colon and a count or not), or 共2人: the first text of a totals row. */
    private static final java.util.regex.Pattern TOTALS = java.util.regex.Pattern.compile(
            "^(合计|总计|小计|共计)([:：]?共?[\\d,.]+(人|名|次|元|个)?|[:：].*)?$|^共\\d+(人|名|次|个)$");
    /**
     * What else a totals row holds: numbers and counts (2, 2人, 共2人, 1,234.50元), or the error a broken SUM shows
     * (#VALUE!, #REF!).
     */
    private static final java.util.regex.Pattern COUNT_TEXT = java.util.regex.Pattern.compile(
            "^共?[\\d,.]+(人|名|次|元|个)?$|^#(VALUE!|REF!|DIV/0!|N/A|NAME\\?|NUM!|NULL!)$");

    /** What Excel, WPS and LibreOffice show in a cell whose formula failed: #REF!, #VALUE!, #N/A …, Err:502. */
    private static final java.util.regex.Pattern ERROR_VALUE = java.util.regex.Pattern.compile(
            "^(#(VALUE!|REF!|DIV/0!|N/A|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)|Err:\\d{3})$");

    /** Whether a cell holds a failed formula's error ({@link #ERROR_VALUE}), not data. */
    private static boolean isErrorValue(LedgerCell c) {
        String t = c.text();
        return t != null && !t.isEmpty() && !c.number() && c.date() == null && (t.charAt(0) == '#' || t.startsWith("Err:"))
                && ERROR_VALUE.matcher(t.strip()).matches();
    }

    /** A row of totals under a ledger: its first text is 合计 (总计, 小计, 共计), the rest numbers and counts. */
    private static boolean isTotalsRow(SheetSource.RawRow raw) {
        boolean first = true;
        for (LedgerCell c : raw.cells()) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String text = Texts.compact(c.text());
            if (first) {
                if (c.number() || c.date() != null || !TOTALS.matcher(text).matches() || text.matches("^[\\d,.]+$")) {
                    return false;
                }
                first = false;
            } else if (!c.number() && !COUNT_TEXT.matcher(text).matches()) {
                return false;
            }
        }
        return !first;
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
