package org.partydesk.office.ledgers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.partydesk.model.Waits;

/**
 * An .xlsx sheet: the workbook's sheets and styles read by fastexcel-reader, the sheet's rows streamed from its part by
 * {@link XlsxRows}: memory does not grow with the number of rows.
 */
final class XlsxSheetSource implements SheetSource {
    private final Workbook book;
    private final Sheet sheet;
    /** The sheet's part and its parser, while its rows are read. */
    private java.io.InputStream part;
    private javax.xml.stream.XMLStreamReader parser;

    private XlsxSheetSource(Workbook book, Sheet sheet) {
        this.book = book;
        this.sheet = sheet;
    }

    /** The largest part an .xlsx of a ledger may unpack to: a 100,000-row sheet is about a tenth of it. */
    static final long MAX_PART_BYTES = 1L << 30;
    /** The shared strings are read into memory whole: more than this is no ledger. */
    static final long MAX_SHARED_STRINGS_BYTES = 128L << 20;

    /**
     * An .xlsx opened once: its parts' sizes checked, then its content types, workbook, relationships and styles read
     * by fastexcel-reader; each sheet's rows, its merged cells and the shared strings are read through the zip the
     * sizes were checked with.
     */
    static final class Workbook implements WorkbookSource {
        private final Path file;
        /** Opened to check the parts' sizes and kept for the sheets' merged cells. */
        private final java.util.zip.ZipFile zip;
        private final ReadableWorkbook workbook;
        /** Each sheet's part by its relationship id, read by {@link #sheetParts()}. */
        private java.util.Map<String, String> sheetParts;
        /** The shared strings' part, found with the sheets' parts (null when the workbook names none). */
        private String sharedStringsPart;
        /** The shared strings, read when a sheet's first shared string is. */
        private List<String> sharedStrings;

        private Workbook(Path file, java.util.zip.ZipFile zip, ReadableWorkbook workbook) {
            this.file = file;
            this.zip = zip;
            this.workbook = workbook;
        }

        static Workbook open(Path file) {
            java.util.zip.ZipFile zip = checkedParts(file);
            ReadableWorkbook wb;
            try {
                wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            } catch (IOException | RuntimeException e) {
                boolean document = zip.getEntry("word/document.xml") != null || zip.getEntry("ppt/presentation.xml") != null;
                closeQuietly(zip);
                if (document) {
                    throw new LedgerFileException(file.getFileName() + "：是 Word 或 PowerPoint 文件，不是 Excel 表格；"
                            + "请选择台账所在的表格文件（" + WorkbookSource.FORMATS + "）", e);
                }
                throw SheetSource.damaged(file, e);
            }
            return new Workbook(file, zip, wb);
        }

        @Override
        public List<String> visibleSheets() {
            return workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).map(Sheet::getName).toList();
        }

        @Override
        public List<String> hiddenSheets() {
            return workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.HIDDEN).map(Sheet::getName).toList();
        }

        @Override
        public XlsxSheetSource sheet(String sheetName) {
            try {
                List<Sheet> sheets = workbook.getSheets().toList();
                Sheet chosen;
                if (sheetName != null) {
                    chosen = sheets.stream().filter(s -> s.getName().equals(sheetName)).findFirst()
                            .orElseThrow(() -> SheetSource.noSuchSheet(file, sheetName, sheets.stream().map(Sheet::getName).toList()));
                } else {
                    chosen = sheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                            .orElseThrow(() -> SheetSource.noVisibleSheet(file));
                }
                return new XlsxSheetSource(this, chosen);
            } catch (RuntimeException e) {
                throw e instanceof LedgerFileException l ? l : SheetSource.damaged(file, e);
            }
        }

        /** The zip's entry of the sheet with relationship id {@code id}; null when the relationships or the zip have none. */
        private java.util.zip.ZipEntry sheetEntry(String id) {
            String name = sheetParts().get(id);
            return name == null ? null : zip.getEntry(name);
        }

        /**
         * Each sheet's part by its relationship id, and the shared strings' part with them: the relationships are read
         * once, for the first sheet or shared string asked for; when they are damaged, the parts whose relationship
         * stands before the damage are kept.
         */
        private synchronized java.util.Map<String, String> sheetParts() {
            if (sheetParts == null) {
                java.util.Map<String, String> parts = new java.util.HashMap<>();
                try {
                    javax.xml.stream.XMLInputFactory xml = xmlInput();
                    String[] workbookPart = {"xl/workbook.xml"};
                    relationships(zip, xml, "_rels/.rels", "", r -> {
                        boolean found = r.type().endsWith("/officeDocument");
                        if (found) {
                            workbookPart[0] = r.target();
                        }
                        return !found;
                    });
                    int slash = workbookPart[0].lastIndexOf('/');
                    String dir = slash < 0 ? "" : workbookPart[0].substring(0, slash + 1);
                    String rels = dir + "_rels/" + workbookPart[0].substring(slash + 1) + ".rels";
                    relationships(zip, xml, rels, dir, r -> {
                        parts.putIfAbsent(r.id(), r.target());
                        if (r.type().endsWith("/sharedStrings") && sharedStringsPart == null) {
                            sharedStringsPart = r.target();
                        }
                        return true;
                    });
                } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
                    // damaged: the parts found before the damage
                }
                sheetParts = parts;
            }
            return sheetParts;
        }

        /**
         * The workbook's shared strings, read whole the first time a sheet asks (their part's size was checked when the
         * file was opened); none when the workbook has no such part.
         */
        synchronized List<String> sharedStrings() throws javax.xml.stream.XMLStreamException {
            if (sharedStrings == null) {
                sheetParts(); // finds the shared strings' part
                String part = sharedStringsPart != null ? sharedStringsPart : "xl/sharedStrings.xml";
                java.util.zip.ZipEntry entry = zip.getEntry(part);
                if (entry == null) {
                    sharedStrings = List.of();
                } else if (entry.getSize() > MAX_SHARED_STRINGS_BYTES) {
                    throw tooLarge(file, entry, MAX_SHARED_STRINGS_BYTES); // a part not named sharedStrings.xml
                } else {
                    try (java.io.InputStream in = zip.getInputStream(entry)) {
                        javax.xml.stream.XMLStreamReader x = xmlInput().createXMLStreamReader(in);
                        try {
                            sharedStrings = XlsxRows.sharedStrings(x);
                        } finally {
                            x.close();
                        }
                    } catch (IOException e) {
                        throw new javax.xml.stream.XMLStreamException(e);
                    }
                }
            }
            return sharedStrings;
        }

        @Override
        public void close() {
            closeQuietly(workbook);
            closeQuietly(zip);
        }
    }

    /**
     * Opens the zip and refuses, before anything is unpacked, a file whose parts unpack to more than a ledger could hold
     * (a few MB can hold gigabytes of one repeated letter, which would exhaust the memory): each part's size is in the
     * zip's central directory.
     */
    static java.util.zip.ZipFile checkedParts(Path file) {
        java.util.zip.ZipFile zip;
        try {
            zip = new java.util.zip.ZipFile(file.toFile());
        } catch (IOException e) {
            throw SheetSource.damaged(file, e);
        }
        try {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                long limit = e.getName().endsWith("sharedStrings.xml") ? MAX_SHARED_STRINGS_BYTES : MAX_PART_BYTES;
                if (e.getSize() > limit) {
                    throw tooLarge(file, e, limit);
                }
            }
            return zip;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static LedgerFileException tooLarge(Path file, java.util.zip.ZipEntry part, long limit) {
        return new LedgerFileException(file.getFileName() + "：文件内容异常，其中的 " + part.getName() + " 展开后有 "
                + part.getSize() / (1 << 20) + " MB，远超任何台账（上限 " + limit / (1 << 20)
                + " MB）；文件可能已损坏或被刻意构造，未读取");
    }

    @Override
    public String sheetName() {
        return sheet.getName();
    }

    /**
     * The sheet's mergeCells, which stand after its rows: the sheet's part is scanned once for them before
     * the rows are streamed ({@link XlsxRows} reads only the rows). A part that cannot be found or read
     * gives no merges; reading the rows then reports the damage.
     */
    @Override
    public List<Merge> merges() {
        try {
            java.util.zip.ZipEntry entry = book.sheetEntry(sheet.getId());
            if (entry == null) {
                return List.of();
            }
            try (java.io.InputStream in = book.zip.getInputStream(entry)) {
                return scanMerges(in);
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The mergeCell elements of a sheet part, found without parsing it: the part is mostly sheetData (every cell of
     * every row), which an XML parser would decode in full just to be skipped. The bytes are searched for the name
     * mergeCell (Horspool's search, which steps over most bytes without looking at them: reading every tag's name was
     * a quarter of a 100,000-row roster's checking thread, issue 21), and a find counts when it is a tag's name: right
     * after its '<', or after a prefix ({@code <x:mergeCell>}), and ending there. A '<' in XML always opens markup (in
     * text and attribute values it is escaped), so no text can pass for such a tag.
     */
    static List<Merge> scanMerges(java.io.InputStream in) throws IOException {
        List<Merge> out = new ArrayList<>();
        int m = MERGE_CELL.length;
        byte[] buf = new byte[1 << 16];
        int len = 0;
        int pos = 0; // where the next find may start
        boolean ended = false;
        StringBuilder tag = new StringBuilder();
        while (out.size() < MAX_MERGES) {
            if (!ended && len - pos < m + TAG_MAX) {
                // keep the bytes a name's prefix may stand in, and read on behind them
                int keep = Math.max(0, pos - NAME_MAX);
                System.arraycopy(buf, keep, buf, 0, len - keep);
                len -= keep;
                pos -= keep;
                int room = buf.length - len;
                int n = in.readNBytes(buf, len, room);
                len += n;
                ended = n < room;
                continue;
            }
            // a find starting at or before last has the whole rest of its tag in the buffer, or the part has ended
            int last = ended ? len - m : len - m - TAG_MAX;
            int at = find(buf, pos, last);
            if (at < 0) {
                if (ended) {
                    break;
                }
                pos = last + 1;
                continue;
            }
            int i = at + m;
            pos = i;
            if (!opensTag(buf, at) || i < len && !endsName(buf[i])) {
                continue; // in a text, a closing tag, or another name (mergeCells)
            }
            tag.setLength(0);
            while (i < len && buf[i] != '>' && buf[i] != '<' && tag.length() < TAG_MAX) {
                tag.append((char) (buf[i] & 0xff));
                i++;
            }
            pos = i;
            Merge merge = merge(ref(tag));
            if (merge != null) {
                out.add(merge);
            }
        }
        return out;
    }

    private static final byte[] MERGE_CELL = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** At most this many bytes of a tag's name (a prefix and mergeCell). */
    private static final int NAME_MAX = 64;
    /** At most this many bytes of a mergeCell tag after its name are read for its ref. */
    private static final int TAG_MAX = 1024;
    /** Horspool's shifts for mergeCell: how far the search moves on when the last byte it compared is b. */
    private static final int[] SHIFT = shifts();

    private static int[] shifts() {
        int m = MERGE_CELL.length;
        int[] shift = new int[256];
        java.util.Arrays.fill(shift, m);
        for (int j = 0; j < m - 1; j++) {
            shift[MERGE_CELL[j] & 0xff] = m - 1 - j;
        }
        return shift;
    }

    /** The first place from {@code from} to {@code last} where mergeCell stands in {@code buf}; -1 when none. */
    private static int find(byte[] buf, int from, int last) {
        int m = MERGE_CELL.length;
        int i = from;
        while (i <= last) {
            int j = m - 1;
            while (buf[i + j] == MERGE_CELL[j]) {
                if (j == 0) {
                    return i;
                }
                j--;
            }
            i += SHIFT[buf[i + m - 1] & 0xff];
        }
        return -1;
    }

    /**
     * Whether the mergeCell at {@code at} begins a tag's name: right after its '<', or after a prefix and ':' whose
     * '<' stands before them, the whole name at most {@link #NAME_MAX} bytes.
     */
    private static boolean opensTag(byte[] buf, int at) {
        if (at == 0) {
            return false;
        }
        if (buf[at - 1] == '<') {
            return true;
        }
        if (buf[at - 1] != ':') {
            return false;
        }
        for (int i = at - 2; i >= 0 && at + MERGE_CELL.length - i - 1 <= NAME_MAX; i--) {
            if (buf[i] == '<') {
                return i < at - 2;
            }
            if (endsName(buf[i])) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code b} ends a tag's name: '<', '>', '/' or a space. */
    private static boolean endsName(byte b) {
        return b == '<' || b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** The ref attribute of a mergeCell tag (after its name): a cell range such as A1:C1. */
    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("(?:^|\\s)ref\\s*=\\s*([\"'])([^\"']*)\\1");

    private static String ref(CharSequence tag) {
        java.util.regex.Matcher m = REF.matcher(tag);
        return m.find() ? m.group(2) : null;
    }

    private record Relationship(String id, String type, String target) {
    }

    /**
     * Hands the relationships of {@code relsPart} that have a target to {@code more}, in order, the target resolved
     * against {@code dir}, until {@code more} says no more; none when there is no such part.
     */
    private static void relationships(java.util.zip.ZipFile zip, javax.xml.stream.XMLInputFactory xml, String relsPart,
                                      String dir, java.util.function.Predicate<Relationship> more)
            throws IOException, javax.xml.stream.XMLStreamException {
        java.util.zip.ZipEntry entry = zip.getEntry(relsPart);
        if (entry == null) {
            return;
        }
        try (java.io.InputStream in = zip.getInputStream(entry)) {
            javax.xml.stream.XMLStreamReader x = xml.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.getLocalName())) {
                    String target = x.getAttributeValue(null, "Target");
                    if (target != null && !more.test(new Relationship(String.valueOf(x.getAttributeValue(null, "Id")),
                            String.valueOf(x.getAttributeValue(null, "Type")),
                            target.startsWith("/") ? target.substring(1) : dir + target))) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * The XML parser fastexcel-reader itself reads the workbook with (Aalto), made directly: looking a factory up
     * through {@code XMLInputFactory.newInstance()} costs about 10 ms of a command's start. No DTDs, no external entities.
     */
    static javax.xml.stream.XMLInputFactory xmlInput() {
        javax.xml.stream.XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** "B3:B7" as a merge; null when it is not a range over more than one cell. */
    private static Merge merge(String ref) {
        if (ref == null || !ref.contains(":")) {
            return null;
        }
        try {
            org.apache.poi.ss.util.CellRangeAddress r = org.apache.poi.ss.util.CellRangeAddress.valueOf(ref);
            if (r.getFirstRow() < 0 || r.getFirstColumn() < 0 || r.getLastRow() < r.getFirstRow()
                    || r.getLastColumn() < r.getFirstColumn() || r.getNumberOfCells() <= 1) {
                return null;
            }
            return new Merge(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Rows parsed ahead are handed over this many at a time. */
    static final int ROWS_PER_HANDOVER = 256;
    /** At most this many handovers wait to be read (the parsing thread waits while they do). */
    static final int HANDOVERS_AHEAD = 8;

    /**
     * The rows, parsed on a thread of their own (unzipping the part, parsing its XML and converting the cells, about
     * half of reading a large sheet) while the caller checks the rows already parsed (decision 0025). They come in the
     * same order with the same values; a damaged part is reported when the caller reaches the place where it broke.
     */
    @Override
    public Iterator<RawRow> rows() {
        try {
            java.util.zip.ZipEntry entry = book.sheetEntry(sheet.getId());
            if (entry == null) {
                throw new IllegalStateException("the part of sheet " + sheet.getName() + " is missing: "
                        + book.sheetParts().get(sheet.getId()));
            }
            part = book.zip.getInputStream(entry);
            parser = xmlInput().createXMLStreamReader(part);
        } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
            closePart();
            throw SheetSource.damaged(book.file, e);
        }
        xlsxRows = new XlsxRows(parser, book::sharedStrings,
                new XlsxRows.Styles(book.workbook.getFormats(), book.workbook.getNumFmtIdToFormat()), book.workbook.isDate1904());
        ahead = new ParsedAhead(xlsxRows);
        return ahead;
    }

    private ParsedAhead ahead;
    private XlsxRows xlsxRows;

    @Override
    public java.util.BitSet hiddenColumns() {
        return xlsxRows == null ? new java.util.BitSet() : xlsxRows.hiddenColumns();
    }

    /** A batch of parsed rows, or how parsing ended: {@code end} after the last batch, with the failure if any. */
    private record Handover(List<RawRow> rows, Throwable failure, boolean end) {
    }

    /** The rows parsed on a thread of its own, read here in order. */
    private final class ParsedAhead implements Iterator<RawRow> {
        private final java.util.concurrent.BlockingQueue<Handover> queue = new java.util.concurrent.ArrayBlockingQueue<>(HANDOVERS_AHEAD);
        private final Thread thread;
        private volatile boolean stopped;
        private List<RawRow> current = List.of();
        private int next;
        private Handover last;

        ParsedAhead(XlsxRows rows) {
            thread = new Thread(() -> parse(rows), "partydesk-sheet-rows");
            thread.setDaemon(true);
            thread.start();
        }

        private void parse(XlsxRows rows) {
            Handover end;
            try {
                List<RawRow> batch = new ArrayList<>(ROWS_PER_HANDOVER);
                RawRow row;
                while (!stopped && (row = rows.next()) != null) {
                    batch.add(row);
                    if (batch.size() == ROWS_PER_HANDOVER) {
                        hand(new Handover(batch, null, false));
                        batch = new ArrayList<>(ROWS_PER_HANDOVER);
                    }
                }
                end = new Handover(batch, null, true);
            } catch (LedgerFileException e) {
                end = new Handover(List.of(), e, true);
            } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
                // the XML parser and the zip below it report a damaged part in many ways
                end = new Handover(List.of(), SheetSource.damaged(book.file, e), true);
            } catch (Error e) {
                end = new Handover(List.of(), e, true); // e.g. out of memory: the reader must not wait for rows that never come
            }
            hand(end);
        }

        /** Waits for room for {@code h}, unless the reader has stopped. */
        private void hand(Handover h) {
            try {
                while (!stopped && !queue.offer(h, 20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    // the reader is busy with earlier rows
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean hasNext() {
            while (next == current.size()) {
                if (last != null) {
                    if (last.failure() instanceof RuntimeException e) {
                        throw e;
                    } else if (last.failure() instanceof Error e) {
                        throw e;
                    }
                    return false;
                }
                Handover h = Waits.take(queue);
                current = h.rows();
                next = 0;
                if (h.end()) {
                    last = h;
                }
            }
            return true;
        }

        @Override
        public RawRow next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.get(next++);
        }

        /** Stops the parsing and waits for its thread to end. */
        void stop() {
            stopped = true;
            Waits.join(thread);
        }
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.stop(); // before the part it parses is closed
        }
        closePart();
    }

    private void closePart() {
        closeQuietly(parser, part);
        parser = null;
        part = null;
    }

    /** Closes a part's parser and then the part (either may be null), as {@link #closeQuietly(java.io.Closeable)} does. */
    static void closeQuietly(javax.xml.stream.XMLStreamReader parser, java.io.InputStream part) {
        if (parser != null) {
            try {
                parser.close();
            } catch (javax.xml.stream.XMLStreamException ignored) {
                // read only: the part is closed below
            }
        }
        if (part != null) {
            closeQuietly(part);
        }
    }

    static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // closing after a failed read: the first failure is what the user needs to see
        }
    }
}
