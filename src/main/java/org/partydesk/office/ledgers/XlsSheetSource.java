package org.partydesk.office.ledgers;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.partydesk.logic.ledgers.LedgerCell;

/**
 * An .xls sheet read with POI HSSF (an .xls holds at most 65,536 rows, so reading it whole is fine).
 * An OLE2 file that holds an encrypted .xlsx is recognised and refused as password-protected.
 */
final class XlsSheetSource implements SheetSource {
    /**
     * Kept in a field (java.util.logging holds loggers weakly): HSSF warns about every .xls without
     * summary properties, which says nothing to a clerk.
     */
    private static final java.util.logging.Logger POI_LOG = java.util.logging.Logger.getLogger("org.apache.poi");

    static {
        POI_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Sheet sheet;

    private XlsSheetSource(Sheet sheet) {
        this.sheet = sheet;
    }

    /** An .xls read whole into memory once; its sheets are read from that. */
    static final class Workbook implements WorkbookSource {
        private final Path file;
        private final HSSFWorkbook workbook;

        private Workbook(Path file, HSSFWorkbook workbook) {
            this.file = file;
            this.workbook = workbook;
        }

        static Workbook open(Path file) {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                if (fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                        || fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                    throw SheetSource.encrypted(file, null);
                }
                if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
                    if (WorkbookSource.wps(file)) {
                        throw WorkbookSource.wpsFile(file);
                    }
                    throw new LedgerFileException(file.getFileName() + "：不是 Excel 表格（可能是 Word 等其他 Office 文件）");
                }
                return new Workbook(file, new HSSFWorkbook(fs.getRoot(), true));
            } catch (EncryptedDocumentException e) {
                throw SheetSource.encrypted(file, e);
            } catch (LedgerFileException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw SheetSource.damaged(file, e);
            }
        }

        @Override
        public List<String> visibleSheets() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    out.add(workbook.getSheetName(i));
                }
            }
            return out;
        }

        @Override
        public List<String> hiddenSheets() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i)) {
                    out.add(workbook.getSheetName(i));
                }
            }
            return out;
        }

        @Override
        public XlsSheetSource sheet(String sheetName) {
            List<String> names = new ArrayList<>();
            Sheet chosen = null;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String n = workbook.getSheetName(i);
                names.add(n);
                boolean visible = !workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i);
                if (chosen == null && (sheetName == null ? visible : n.equals(sheetName))) {
                    chosen = workbook.getSheetAt(i);
                }
            }
            if (chosen == null) {
                throw sheetName == null ? SheetSource.noVisibleSheet(file) : SheetSource.noSuchSheet(file, sheetName, names);
            }
            return new XlsSheetSource(chosen);
        }

        @Override
        public void close() {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // read-only workbook: nothing to lose on close
            }
        }
    }

    @Override
    public String sheetName() {
        return sheet.getSheetName();
    }

    @Override
    public List<Merge> merges() {
        List<Merge> out = new ArrayList<>();
        for (org.apache.poi.ss.util.CellRangeAddress r : sheet.getMergedRegions()) {
            if (out.size() >= MAX_MERGES) {
                break;
            }
            if (r.getNumberOfCells() > 1 && r.getFirstRow() >= 0 && r.getFirstColumn() >= 0) {
                out.add(new Merge(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()));
            }
        }
        return out;
    }

    @Override
    public Iterator<RawRow> rows() {
        Iterator<Row> it = sheet.rowIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public RawRow next() {
                Row row = it.next();
                int last = Math.max(row.getLastCellNum(), 0);
                List<LedgerCell> cells = new ArrayList<>(last);
                for (int i = 0; i < last; i++) {
                    cells.add(convert(row.getCell(i)));
                }
                return new RawRow(row.getRowNum() + 1, cells, row.getZeroHeight());
            }
        };
    }

    @Override
    public java.util.BitSet hiddenColumns() {
        java.util.BitSet hidden = new java.util.BitSet();
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum());
        }
        for (int i = 0; i < last; i++) {
            if (sheet.isColumnHidden(i)) {
                hidden.set(i);
            }
        }
        return hidden;
    }

    private static LedgerCell convert(Cell cell) {
        if (cell == null) {
            return LedgerCell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? LedgerCell.dateTime(cell.getLocalDateTimeCellValue())
                    : LedgerCell.number(SheetSource.numberText(BigDecimal.valueOf(cell.getNumericCellValue())));
            case STRING -> LedgerCell.text(cell.getStringCellValue());
            case BOOLEAN -> LedgerCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            // #REF!, #VALUE! … as the .xlsx reader gives them, for the reader to refuse (not a blank cell)
            case ERROR -> LedgerCell.text(org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> LedgerCell.EMPTY;
        };
    }

    /** The workbook stays open: closing it is the {@link Workbook}'s. */
    @Override
    public void close() {
    }
}
