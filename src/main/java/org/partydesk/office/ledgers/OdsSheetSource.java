package org.partydesk.office.ledgers;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.partydesk.logic.ledgers.LedgerCell;

/**
 * A sheet of an OpenDocument spreadsheet (.ods: the format LibreOffice saves in, and WPS when asked; on 统信UOS and
 * 麒麟 office PCs a clerk's ledger is often one), streamed from the file's content.xml like an .xlsx's sheet, so memory
 * does not grow with the rows. The workbook is opened with one pass over content.xml that lists its sheets (a sheet
 * whose table style says {@code table:display="false"} is hidden) and gathers each sheet's merged cells (the
 * {@code number-columns-spanned} and {@code number-rows-spanned} of a cell); each sheet's rows are a second pass.
 * <p>A row or cell repeated ({@code number-rows-repeated}, {@code number-columns-repeated}: LibreOffice writes the
 * empty rest of every row and of the sheet so) counts as that many; empty ones are skipped, not listed. A cell reads as
 * the same {@link LedgerCell} an .xlsx gives for it: a number its value as Excel shows it in General format, a date its
 * day (with its time when it has one), a time of day Excel's day 0 at that time, a truth value TRUE or FALSE, anything
 * else its text, paragraphs one a line. A cell's comment (office:annotation) and drawings are not its text.
 */
final class OdsSheetSource implements SheetSource {
    /** The media type an .ods names in its first entry; a template (.ots) names this followed by -template. */
    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    /** LibreOffice's own attributes: {@code calcext:value-type="error"} on a cell whose formula failed. */
    private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    /** A time of day is a day's fraction in Excel: shown, with no date, as on Excel's day 0. */
    private static final LocalDateTime EXCEL_DAY_ZERO = LocalDateTime.of(1899, 12, 31, 0, 0);

    private final Workbook book;
    private final Table table;
    private InputStream in;
    private XMLStreamReader reader;

    private OdsSheetSource(Workbook book, Table table) {
        this.book = book;
        this.table = table;
    }

    /** A sheet as the first pass saw it: its place among the sheets, name, whether shown, merged cells. */
    private record Table(int index, String name, boolean visible, List<Merge> merges, java.util.BitSet hiddenColumns) {
    }

    /** An .ods opened once: its parts' sizes checked, its sheets listed; each sheet's rows are read from the zip. */
    static final class Workbook implements WorkbookSource {
        private final Path file;
        private final ZipFile zip;
        private final List<Table> tables;

        private Workbook(Path file, ZipFile zip, List<Table> tables) {
            this.file = file;
            this.zip = zip;
            this.tables = tables;
        }

        static Workbook open(Path file) {
            ZipFile zip = XlsxSheetSource.checkedParts(file);
            try {
                if (encrypted(zip)) {
                    throw new LedgerFileException(file.getFileName() + "：文件设置了打开密码，无法读取；请在 LibreOffice 或 WPS "
                            + "中打开，另存一份不设密码的（另存为时不勾选“使用密码保存”）后再导入");
                }
                ZipEntry content = zip.getEntry("content.xml");
                if (content == null) {
                    throw SheetSource.damaged(file, null);
                }
                try (InputStream in = zip.getInputStream(content)) {
                    return new Workbook(file, zip, tables(in));
                }
            } catch (LedgerFileException e) {
                XlsxSheetSource.closeQuietly(zip);
                throw e;
            } catch (IOException | XMLStreamException | RuntimeException e) {
                XlsxSheetSource.closeQuietly(zip);
                throw SheetSource.damaged(file, e);
            }
        }

        /** Whether the manifest says a part is encrypted (a password was set when the file was saved). */
        private static boolean encrypted(ZipFile zip) throws IOException {
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(manifest)) {
                return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).contains("encryption-data");
            }
        }

        @Override
        public List<String> visibleSheets() {
            return tables.stream().filter(Table::visible).map(Table::name).toList();
        }

        @Override
        public List<String> hiddenSheets() {
            return tables.stream().filter(t -> !t.visible()).map(Table::name).toList();
        }

        @Override
        public OdsSheetSource sheet(String sheetName) {
            Table chosen = tables.stream().filter(t -> sheetName == null ? t.visible() : t.name().equals(sheetName))
                    .findFirst().orElseThrow(() -> sheetName == null ? SheetSource.noVisibleSheet(file)
                            : SheetSource.noSuchSheet(file, sheetName, tables.stream().map(Table::name).toList()));
            return new OdsSheetSource(this, chosen);
        }

        @Override
        public void close() {
            XlsxSheetSource.closeQuietly(zip);
        }
    }

    /**
     * The first pass: the styles that hide a sheet (they stand before the sheets), then each sheet's name and merged
     * cells, counting rows and columns as {@link Rows} does.
     */
    private static List<Table> tables(InputStream in) throws XMLStreamException {
        XMLStreamReader x = XlsxSheetSource.xmlInput().createXMLStreamReader(in);
        try {
            List<Table> out = new ArrayList<>();
            Set<String> hidden = new HashSet<>();
            String style = null;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(x, STYLE, "style")) {
                    style = "table".equals(x.getAttributeValue(STYLE, "family")) ? x.getAttributeValue(STYLE, "name") : null;
                } else if (is(x, STYLE, "table-properties") && style != null
                        && "false".equals(x.getAttributeValue(TABLE, "display"))) {
                    hidden.add(style);
                } else if (is(x, TABLE, "table")) {
                    String name = String.valueOf(x.getAttributeValue(TABLE, "name"));
                    boolean visible = !hidden.contains(x.getAttributeValue(TABLE, "style-name"));
                    java.util.BitSet hiddenColumns = new java.util.BitSet();
                    out.add(new Table(out.size(), name, visible, merges(x, hiddenColumns), hiddenColumns));
                }
            }
            return List.copyOf(out);
        } finally {
            x.close();
        }
    }

    /**
     * The merged cells of the sheet whose start {@code x} stands at, noting its hidden columns in {@code hiddenColumns};
     * leaves {@code x} at its end.
     */
    private static List<Merge> merges(XMLStreamReader x, java.util.BitSet hiddenColumns) throws XMLStreamException {
        List<Merge> out = new ArrayList<>();
        int row = 1;
        int depth = 0;
        int columnDeclared = 0;
        while (depth >= 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT && is(x, TABLE, "table-column")) {
                int repeated = count(x, "number-columns-repeated");
                int end = (int) Math.min(MAX_COLUMNS, (long) columnDeclared + repeated);
                if (hidden(x) && columnDeclared < end) {
                    hiddenColumns.set(columnDeclared, end);
                }
                columnDeclared = end;
            }
            if (event == XMLStreamConstants.START_ELEMENT && is(x, TABLE, "table-row")) {
                int repeated = count(x, "number-rows-repeated");
                int column = 0;
                while (nextTag(x) == XMLStreamConstants.START_ELEMENT) {
                    int columns = count(x, "number-columns-repeated");
                    int across = count(x, "number-columns-spanned");
                    int down = count(x, "number-rows-spanned");
                    if ((across > 1 || down > 1) && is(x, TABLE, "table-cell") && out.size() < MAX_MERGES) {
                        out.add(new Merge(row, row + down - 1, column, column + across - 1));
                    }
                    column = (int) Math.min(MAX_COLUMNS, (long) column + columns);
                    XlsxRows.skip(x);
                }
                row = (int) Math.min(MAX_ROWS + 1L, (long) row + repeated);
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String sheetName() {
        return table.name();
    }

    @Override
    public List<Merge> merges() {
        return table.merges();
    }

    @Override
    public java.util.BitSet hiddenColumns() {
        return (java.util.BitSet) table.hiddenColumns().clone();
    }

    /** Whether the row or column {@code x} stands at is hidden (collapsed by hand, or filtered out). */
    private static boolean hidden(XMLStreamReader x) {
        String visibility = x.getAttributeValue(TABLE, "visibility");
        return "collapse".equals(visibility) || "filter".equals(visibility);
    }

    @Override
    public Iterator<RawRow> rows() {
        ZipEntry content = book.zip.getEntry("content.xml");
        try {
            in = book.zip.getInputStream(content);
            reader = XlsxSheetSource.xmlInput().createXMLStreamReader(in);
            int seen = 0;
            while (true) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && is(reader, TABLE, "table")) {
                    if (seen++ == table.index()) {
                        return new Rows(reader);
                    }
                    XlsxRows.skip(reader); // an earlier sheet, counted as the first pass counted it
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw SheetSource.damaged(book.file, e);
        }
    }

    /** The rows of the sheet {@code x} stands at the start of, read as they are asked for. */
    private final class Rows implements Iterator<RawRow> {
        private final XMLStreamReader x;
        /** The number the next physical row has, as the spreadsheet shows it. */
        private int number = 1;
        /** Elements open inside the sheet; below zero once the sheet has ended. */
        private int depth;
        /** A row repeated: its cells and how many more times it stands. */
        private List<LedgerCell> repeatedCells;
        private boolean repeatedHidden;
        private int repeats;
        private RawRow next;

        Rows(XMLStreamReader x) {
            this.x = x;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = advance();
                } catch (XMLStreamException | RuntimeException e) {
                    depth = -1;
                    throw SheetSource.damaged(book.file, e);
                }
            }
            return next != null;
        }

        @Override
        public RawRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRow r = next;
            next = null;
            return r;
        }

        private RawRow advance() throws XMLStreamException {
            if (repeats > 0) {
                repeats--;
                return new RawRow(number++, repeatedCells, repeatedHidden);
            }
            while (depth >= 0 && number <= MAX_ROWS) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT && is(x, TABLE, "table-row")) {
                    int repeated = count(x, "number-rows-repeated");
                    boolean hidden = hidden(x);
                    List<LedgerCell> cells = cells(x);
                    if (cells.isEmpty()) {
                        number = (int) Math.min(MAX_ROWS + 1L, (long) number + repeated);
                        continue;
                    }
                    repeatedCells = cells;
                    repeatedHidden = hidden;
                    repeats = (int) Math.min(repeated - 1L, MAX_ROWS - number);
                    return new RawRow(number++, cells, hidden);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    depth = -1;
                }
            }
            return null;
        }
    }

    /**
     * The cells of the row whose start {@code x} stands at, by column (null where empty, none after the last that is
     * not); empty when every cell is. Leaves {@code x} at the row's end.
     */
    private static List<LedgerCell> cells(XMLStreamReader x) throws XMLStreamException {
        List<LedgerCell> cells = new ArrayList<>();
        int column = 0;
        while (nextTag(x) == XMLStreamConstants.START_ELEMENT) {
            int columns = count(x, "number-columns-repeated");
            // a cell merged over reads empty, as the spreadsheet shows it (LibreOffice may keep what it held)
            LedgerCell cell = is(x, TABLE, "table-cell") ? cell(x) : skipped(x);
            if (cell.isBlank()) {
                column = (int) Math.min(MAX_COLUMNS, (long) column + columns);
                continue;
            }
            while (cells.size() < column) {
                cells.add(null);
            }
            for (int i = 0; i < columns && cells.size() < MAX_COLUMNS; i++) {
                cells.add(cell);
            }
            column = cells.size();
        }
        return cells;
    }

    /** Skips the element {@code x} stands at the start of; an empty cell. */
    private static LedgerCell skipped(XMLStreamReader x) throws XMLStreamException {
        XlsxRows.skip(x);
        return LedgerCell.EMPTY;
    }

    /** The value of the cell whose start {@code x} stands at; leaves {@code x} at the cell's end. */
    private static LedgerCell cell(XMLStreamReader x) throws XMLStreamException {
        String type = x.getAttributeValue(OFFICE, "value-type");
        String value = x.getAttributeValue(OFFICE, "value");
        String date = x.getAttributeValue(OFFICE, "date-value");
        String time = x.getAttributeValue(OFFICE, "time-value");
        String truth = x.getAttributeValue(OFFICE, "boolean-value");
        String string = x.getAttributeValue(OFFICE, "string-value");
        boolean failed = "error".equals(x.getAttributeValue(CALCEXT, "value-type"));
        String shown = text(x);
        if (failed) {
            return LedgerCell.text(shown); // #REF!, Err:502 as shown (its string value is empty), for the reader to refuse
        }
        try {
            switch (type == null ? "" : type) {
                case "float", "percentage", "currency":
                    return LedgerCell.number(SheetSource.numberText(new BigDecimal(value.trim())));
                case "date":
                    String d = date.trim();
                    return d.contains("T") ? LedgerCell.dateTime(LocalDateTime.parse(d)) : LedgerCell.date(LocalDate.parse(d));
                case "time":
                    return LedgerCell.dateTime(EXCEL_DAY_ZERO.plus(Duration.parse(time.trim())));
                case "boolean":
                    return LedgerCell.text("true".equalsIgnoreCase(truth.trim()) ? "TRUE" : "FALSE");
                default:
                    return LedgerCell.text(string != null ? string : shown);
            }
        } catch (RuntimeException e) {
            return LedgerCell.text(shown); // a value the file's own writer got wrong: what the cell shows
        }
    }

    /**
     * The text of the cell whose start {@code x} stands at: its paragraphs, one a line, with their spaces, tabs and
     * line breaks; not its comment, drawings or anything else in it. Leaves {@code x} at the cell's end.
     */
    private static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        paragraphs(x, out);
        return out.toString();
    }

    /**
     * Appends the paragraphs inside the element {@code x} stands at the start of, one a line, looking into lists and
     * sections for theirs; leaves {@code x} at the element's end.
     */
    private static void paragraphs(XMLStreamReader x, StringBuilder out) throws XMLStreamException {
        while (nextTag(x) == XMLStreamConstants.START_ELEMENT) {
            if (is(x, TEXT, "p") || is(x, TEXT, "h")) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                paragraph(x, out);
            } else if (is(x, TEXT, "list") || is(x, TEXT, "list-item") || is(x, TEXT, "list-header") || is(x, TEXT, "section")) {
                paragraphs(x, out);
            } else {
                XlsxRows.skip(x);
            }
        }
    }

    /** Appends the text of the paragraph (or span within one) {@code x} stands at the start of; leaves it at its end. */
    private static void paragraph(XMLStreamReader x, StringBuilder out) throws XMLStreamException {
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                out.append(x.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(x, TEXT, "s")) {
                    int spaces = count(x, TEXT, "c");
                    for (int i = 0; i < Math.min(spaces, 1024); i++) {
                        out.append(' ');
                    }
                    XlsxRows.skip(x);
                } else if (is(x, TEXT, "tab")) {
                    out.append('\t');
                    XlsxRows.skip(x);
                } else if (is(x, TEXT, "line-break")) {
                    out.append('\n');
                    XlsxRows.skip(x);
                } else if (is(x, TEXT, "span") || is(x, TEXT, "a") || is(x, TEXT, "ruby-base")) {
                    paragraph(x, out);
                } else {
                    XlsxRows.skip(x); // a comment, a note, a drawing, a field's hidden parts
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("content.xml ended inside a paragraph");
            }
        }
    }

    /**
     * The next start or end of an element, past any text between elements (a well-formed sheet has none where this
     * is asked).
     */
    private static int nextTag(XMLStreamReader x) throws XMLStreamException {
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("content.xml ended inside an element");
            }
        }
    }

    private static boolean is(XMLStreamReader x, String namespace, String name) {
        return name.equals(x.getLocalName()) && namespace.equals(x.getNamespaceURI());
    }

    /** A table:… count attribute of the element {@code x} stands at: 1 when absent or not a positive number. */
    private static int count(XMLStreamReader x, String name) {
        return count(x, TABLE, name);
    }

    private static int count(XMLStreamReader x, String namespace, String name) {
        String v = x.getAttributeValue(namespace, name);
        if (v == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void close() {
        XlsxSheetSource.closeQuietly(reader, in);
    }
}
