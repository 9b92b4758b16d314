package org.partydesk.office.ledgers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.partydesk.logic.ledgers.LedgerCell;

/**
 * The rows of one worksheet part of an .xlsx, read with the StAX parser (Aalto) straight into the cells a ledger takes
 * (decision 0042). fastexcel-reader, which reads the workbook's sheets and styles, parsed the same rows into its own
 * cells first: an address object, a boxed value and several lambdas per cell, each lambda a call into the JVM on the
 * client compiler the command line runs with; that was about half of the parsing thread of a 100,000-row roster
 * (issue 21). The cells are what fastexcel's gave through {@code XlsxSheetSource}'s conversion
 * ({@code XlsxRowsTest} compares the two on every .xlsx of the tests):
 * <ul>
 *   <li>a row's number is its {@code r}, or the one after the previous row's; a cell's column its {@code r}'s letters, or
 *   the one after the previous cell's; columns without a cell are null;</li>
 *   <li>a shared string ({@code t="s"}) or an inline one is text: the text of its runs, without the phonetic guide
 *   ({@code rPh}) Excel does not show (an inline string some programs write as a value, that value);</li>
 *   <li>a number is a date when its style's number format is one ({@link DateUtil#isADateFormat}) and it is a valid
 *   Excel date; otherwise its plain digits ({@link SheetSource#numberText});</li>
 *   <li>a formula's cached value, or a formula string ({@code t="str"}), is a number or date when it reads as one, else text;</li>
 *   <li>a boolean is TRUE or FALSE; an error its code (#N/A); a date cell ({@code t="d"}, ISO 8601) its date and time.</li>
 * </ul>
 * A cell value that is no number where the cell says it is one, or a shared string that is not there, is a damaged part:
 * {@link IllegalStateException}.
 */
final class XlsxRows {
    private final XMLStreamReader x;
    private final SharedStrings shared;
    private final Styles styles;
    private final boolean date1904;
    private int previousRow;
    /** The hidden columns the sheet declares before its rows ({@code <col hidden="1">}). */
    private volatile java.util.BitSet hiddenColumns = new java.util.BitSet();
    private boolean inSheetData;
    private boolean ended;

    /** The shared strings, read when the first cell needs one. */
    interface SharedStrings {
        List<String> all() throws XMLStreamException;
    }

    XlsxRows(XMLStreamReader x, SharedStrings shared, Styles styles, boolean date1904) {
        this.x = x;
        this.shared = shared;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** The next row of the sheet (rows without cells too), or null after the last. */
    SheetSource.RawRow next() throws XMLStreamException {
        if (ended) {
            return null;
        }
        if (!inSheetData) {
            inSheetData = toSheetData();
            if (!inSheetData) {
                ended = true;
                return null;
            }
        }
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(x.getLocalName())) {
                return row();
            } else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(x.getLocalName())) {
                break;
            }
        }
        ended = true;
        return null;
    }

    /** The hidden columns (0-based) the sheet declared before its rows. */
    java.util.BitSet hiddenColumns() {
        return hiddenColumns;
    }

    /** Moves to the start of the rows, noting the hidden columns on the way; false when the document ends first. */
    private boolean toSheetData() throws XMLStreamException {
        java.util.BitSet hidden = new java.util.BitSet();
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    if ("sheetData".equals(x.getLocalName())) {
                        return true;
                    }
                    if ("col".equals(x.getLocalName()) && isTrue(x.getAttributeValue(null, "hidden"))) {
                        int min = positive(x.getAttributeValue(null, "min"), "col");
                        int max = positive(x.getAttributeValue(null, "max"), "col");
                        hidden.set(Math.min(min, SheetSource.MAX_COLUMNS) - 1, Math.min(max, SheetSource.MAX_COLUMNS));
                    }
                }
            }
            return false;
        } finally {
            hiddenColumns = hidden;
        }
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }

    /** Moves to the start of the element {@code name}; false when the document ends first. */
    private boolean to(String name) throws XMLStreamException {
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && name.equals(x.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private SheetSource.RawRow row() throws XMLStreamException {
        String r = x.getAttributeValue(null, "r");
        int number = r == null ? previousRow + 1 : positive(r, "row");
        if (number > SheetSource.MAX_ROWS) { // it would run into the next sheet's row numbers in CheckedSheet
            throw new IllegalStateException("row number out of range: " + number);
        }
        previousRow = number;
        boolean hidden = isTrue(x.getAttributeValue(null, "hidden"));
        List<LedgerCell> cells = new ArrayList<>();
        int column = 0;
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(x.getLocalName())) {
                String ref = x.getAttributeValue(null, "r");
                if (ref != null) {
                    column = column(ref, column);
                }
                LedgerCell cell = cell();
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, cell);
                column++;
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(x.getLocalName())) {
                return new SheetSource.RawRow(number, cells, hidden);
            }
        }
    }

    /** The 0-based column of a cell reference such as AB12; {@code otherwise} when it has no column letters. */
    static int column(String ref, int otherwise) {
        int column = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > SheetSource.MAX_COLUMNS) {
                throw new IllegalStateException("cell reference out of range: " + ref);
            }
        }
        return i == 0 ? otherwise : column - 1;
    }

    /** The cell at the parser's {@code <c>}, read up to its end. */
    private LedgerCell cell() throws XMLStreamException {
        String type = x.getAttributeValue(null, "t");
        String style = x.getAttributeValue(null, "s");
        String value = null;
        String inline = null;
        boolean formula = false;
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                if ("v".equals(name)) {
                    value = x.getElementText();
                    value = value.isEmpty() ? null : value; // an empty value is none
                } else if ("is".equals(name)) {
                    inline = runs("is");
                } else {
                    formula |= "f".equals(name);
                    skip(x);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(x.getLocalName())) {
                break;
            }
        }
        if ("inlineStr".equals(type)) {
            // some programs write an inline string's text as a value instead of in <is>
            return LedgerCell.text(inline != null ? inline : value != null ? value : "");
        } else if ("s".equals(type)) {
            return value == null ? LedgerCell.EMPTY : LedgerCell.text(sharedString(value));
        } else if (formula || "str".equals(type)) {
            if (value == null) {
                return formula ? LedgerCell.UNCALCULATED : LedgerCell.EMPTY;
            }
            try {
                return number(value, style);
            } catch (NumberFormatException e) {
                return LedgerCell.text(value);
            }
        } else if (type == null || "n".equals(type)) {
            return value == null ? LedgerCell.EMPTY : number(value, style);
        } else if ("b".equals(type)) {
            return value == null ? LedgerCell.EMPTY
                    : LedgerCell.text("1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()) ? "TRUE" : "FALSE");
        } else if ("e".equals(type)) {
            return value == null ? LedgerCell.EMPTY : LedgerCell.text(value);
        } else if ("d".equals(type)) {
            return value == null ? LedgerCell.EMPTY : LedgerCell.dateTime(isoDate(value));
        }
        throw new IllegalStateException("unknown cell type: " + type);
    }

    /** The text of the runs up to the end of {@code element}: its {@code <t>}s, those of a phonetic guide left out. */
    private String runs(String element) throws XMLStreamException {
        StringBuilder text = null;
        String only = null;
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                if ("t".equals(name)) {
                    String t = x.getElementText();
                    if (only == null && text == null) {
                        only = t;
                    } else {
                        if (text == null) {
                            text = new StringBuilder(only);
                        }
                        text.append(t);
                    }
                } else if (!"r".equals(name)) {
                    skip(x); // rPh, phoneticPr, a run's properties
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && element.equals(x.getLocalName())) {
                return text != null ? text.toString() : only == null ? "" : only;
            }
        }
    }

    /** Moves {@code x} from an element's start to its end, past everything in it (the .ods reader's too). */
    static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the part ended inside an element");
            }
        }
    }

    private String sharedString(String index) throws XMLStreamException {
        int i = positive(index, "shared string");
        List<String> all = shared.all();
        if (i >= all.size()) {
            throw new IllegalStateException("no shared string " + i + " of " + all.size());
        }
        return all.get(i);
    }

    /** A number of the cell's style: a date when the style's format is one, otherwise its plain digits. */
    private LedgerCell number(String raw, String style) {
        if (style != null && styles.isDate(style)) {
            BigDecimal value = new BigDecimal(raw.strip());
            if (DateUtil.isValidExcelDate(value.doubleValue())) {
                return LedgerCell.dateTime(DateUtil.getLocalDateTime(value.doubleValue(), date1904));
            }
            return LedgerCell.number(SheetSource.numberText(value));
        }
        return LedgerCell.number(plainNumber(raw));
    }

    /** {@link SheetSource#numberText} of a number as written; a whole number of up to 15 digits is already that. */
    static String plainNumber(String raw) {
        int n = raw.length();
        int start = n > 1 && raw.charAt(0) == '-' ? 1 : 0;
        boolean whole = n - start >= 1 && n - start <= 15 && (raw.charAt(start) != '0' || n - start == 1 && start == 0);
        for (int i = start; whole && i < n; i++) {
            char c = raw.charAt(i);
            whole = c >= '0' && c <= '9';
        }
        return whole ? raw : SheetSource.numberText(new BigDecimal(raw.strip()));
    }

    private static java.time.LocalDateTime isoDate(String value) {
        String v = value.strip();
        try {
            return v.length() <= 10 ? java.time.LocalDate.parse(v).atStartOfDay()
                    : java.time.LocalDateTime.parse(v.endsWith("Z") ? v.substring(0, v.length() - 1) : v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("not an ISO 8601 date: " + value, e);
        }
    }

    private static int positive(String text, String what) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalStateException("not a " + what + " number: " + text);
    }

    /** The shared strings of a part: each {@code <si>}'s runs. */
    static List<String> sharedStrings(XMLStreamReader x) throws XMLStreamException {
        XlsxRows reader = new XlsxRows(x, null, null, false);
        List<String> out = new ArrayList<>();
        while (reader.to("si")) {
            out.add(reader.runs("si"));
        }
        return out;
    }

    /** Which cell styles ({@code s}, the index of a cellXfs entry) format numbers as dates; one per sheet read. */
    static final class Styles {
        /** Each style's number format id (fastexcel-reader's {@code getFormats}). */
        private final List<String> formatIds;
        /** The format codes of the workbook's own number formats by id. */
        private final Map<String, String> formats;
        private final Map<String, Boolean> dates = new java.util.HashMap<>();

        Styles(List<String> formatIds, Map<String, String> formats) {
            this.formatIds = formatIds;
            this.formats = formats;
        }

        boolean isDate(String style) {
            Boolean known = dates.get(style);
            if (known == null) {
                known = dateFormat(style);
                dates.put(style, known);
            }
            return known;
        }

        private boolean dateFormat(String style) {
            try {
                int index = Integer.parseInt(style.strip());
                if (index < 0 || index >= formatIds.size() || formatIds.get(index) == null) {
                    return false;
                }
                String id = formatIds.get(index);
                return DateUtil.isADateFormat(Integer.parseInt(id.strip()), formats.get(id));
            } catch (NumberFormatException e) {
                return false; // a style or format that is no number formats no date
            }
        }
    }
}
