package org.partydesk.office.ledgers;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partydesk.logic.ledgers.LedgerCell;

/**
 * A ledger kept as text: a .csv (comma-separated, as Excel, WPS and most systems export, e.g. the national party member
 * system's lists) or a .txt / .tsv (tab-separated, Excel's "Unicode 文本"). One sheet, named after the file; every cell
 * is text, read as a clerk's typed cell is (dates such as 2019/7/1, numbers, ID numbers). The encoding is found from
 * the file: a byte order mark (UTF-8, UTF-16), else UTF-8 when the whole file is valid UTF-8, else GB18030 (which
 * reads GBK and GB2312, what Chinese Windows saves as "ANSI"). Quoted cells may hold commas, doubled quotes and line
 * breaks, as Excel writes them.
 */
final class CsvSheetSource implements SheetSource {
    /** The extensions read as text ledgers. */
    static final List<String> EXTENSIONS = List.of(".csv", ".txt", ".tsv");

    private final Path file;
    private final String sheetName;
    private CSVParser parser;

    private CsvSheetSource(Path file, String sheetName) {
        this.file = file;
        this.sheetName = sheetName;
    }

    /** Whether {@code file}'s name says it is a text ledger. */
    static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** The one "sheet" of a text file: the file's name without its extension. */
    static String sheetNameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An encoding and the length of the byte order mark before the text. */
    record Encoding(Charset charset, int bom) {
    }

    /** The encoding of a file whose first bytes (up to {@link #HEAD_BYTES}) are {@code b}. */
    static Encoding encoding(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        return new Encoding(utf8(b, b.length < HEAD_BYTES) ? StandardCharsets.UTF_8 : Charset.forName("GB18030"), 0);
    }

    /**
     * Whether {@code b} is UTF-8 throughout; {@code whole}: the file ends there (else a character cut at the end of a
     * file's head is no fault).
     */
    private static boolean utf8(byte[] b, boolean whole) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = d.decode(in, out, whole);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !whole || !d.flush(out).isError();
            }
            out.clear();
        }
    }

    /** Tab-separated when the name says so (.tsv, .txt) or the first line has tabs and no commas; else commas. */
    static char delimiter(Path file, String firstLine) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv") || name.endsWith(".txt")) {
            return firstLine.indexOf(',') >= 0 && firstLine.indexOf('\t') < 0 ? ',' : '\t';
        }
        return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
    }

    /** The workbook of a text file: one sheet. */
    static final class Workbook implements WorkbookSource {
        private final Path file;
        private final String sheet;

        private Workbook(Path file) {
            this.file = file;
            this.sheet = sheetNameOf(file);
        }

        static Workbook open(Path file) {
            return new Workbook(file);
        }

        @Override
        public List<String> visibleSheets() {
            return List.of(sheet);
        }

        @Override
        public List<String> hiddenSheets() {
            return List.of();
        }

        @Override
        public SheetSource sheet(String sheetName) {
            if (sheetName != null && !sheetName.equals(sheet)) {
                throw SheetSource.noSuchSheet(file, sheetName, List.of(sheet));
            }
            return new CsvSheetSource(file, sheet);
        }

        @Override
        public void close() {
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public List<Merge> merges() {
        return List.of();
    }

    /** How much of the file's start is read to find its encoding and delimiter. */
    static final int HEAD_BYTES = 4 << 20;

    @Override
    public Iterator<RawRow> rows() {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            Encoding enc = encoding(head);
            String start = new String(head, enc.bom(), Math.min(head.length - enc.bom(), 64 << 10), enc.charset());
            int end = start.indexOf('\n');
            char delimiter = delimiter(file, end < 0 ? start : start.substring(0, end));
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setTrim(false).get();
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(enc.bom());
            Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, enc.charset()), 1 << 16);
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            return new Rows(parser.iterator());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw unreadable(e, 1);
        }
    }

    /** The refusal of a file the parser stopped in, at the row (as a spreadsheet numbers it) it could not finish. */
    private LedgerFileException unreadable(Exception e, int row) {
        String why = e.getMessage() == null ? "" : e.getMessage();
        if (why.contains("encapsulated token")) {
            return new LedgerFileException(file.getFileName() + "：第" + row + "行有一个引号（\"）没有配对，"
                    + "从这里起的内容无法分清各列；请用 Excel 或 WPS 打开核对后另存为 .xlsx 再导入", e);
        }
        return new LedgerFileException(file.getFileName() + "：文本文件无法读取（" + why + "）；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入", e);
    }

    /** The records as rows numbered by the line each starts on (a cell with a line break spans more lines). */
    private final class Rows implements Iterator<RawRow> {
        private final Iterator<CSVRecord> records;
        private int number;

        Rows(Iterator<CSVRecord> records) {
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            try {
                return number < MAX_ROWS && records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unreadable(e, number + 1);
            }
        }

        @Override
        public RawRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord r;
            try {
                r = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unreadable(e, number + 1);
            }
            number++;
            List<LedgerCell> cells = new ArrayList<>(Math.min(r.size(), MAX_COLUMNS));
            for (int c = 0; c < r.size() && c < MAX_COLUMNS; c++) {
                String v = r.get(c);
                cells.add(v.isEmpty() ? LedgerCell.EMPTY : LedgerCell.text(v));
            }
            return new RawRow(number, cells);
        }
    }

    @Override
    public void close() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // closing a file only read: nothing is lost
            }
        }
    }
}
