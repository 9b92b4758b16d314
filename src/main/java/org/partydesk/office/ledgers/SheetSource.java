package org.partydesk.office.ledgers;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.partydesk.logic.ledgers.LedgerCell;

/**
 * The rows of one sheet of an .xlsx or .ods (streamed) or .xls workbook, each with its cells by column
 * index, read from a {@link WorkbookSource} (which checks that the file is a readable, unencrypted spreadsheet
 * and picks the sheet: the named one, else the first visible one). Closing it leaves the workbook open.
 */
interface SheetSource extends Closeable {
    /** The columns of a sheet in Excel and LibreOffice (A to XFD): no cell is read beyond them. */
    int MAX_COLUMNS = 16_384;
    /** The rows of a sheet in Excel: no row is read beyond them. */
    int MAX_ROWS = 1_048_576;

    /**
     * One physical row: its number as Excel shows it (1-based), its cells by 0-based column, and whether the sheet hides
     * it (hidden by hand or filtered out).
     */
    record RawRow(int number, List<LedgerCell> cells, boolean hidden) {
        RawRow(int number, List<LedgerCell> cells) {
            this(number, cells, false);
        }

        LedgerCell cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : LedgerCell.EMPTY;
        }

        boolean isBlank() {
            for (LedgerCell c : cells) { // asked of every row: no stream
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A merged range: rows as Excel shows them (1-based), columns 0-based, both ends included. Only ranges
     * over more than one cell are kept.
     */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        boolean vertical() {
            return lastRow > firstRow;
        }

        boolean across() {
            return lastColumn > firstColumn;
        }

        boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    /** At most this many merged ranges are read from a sheet; a sheet with more is no ledger a clerk keeps. */
    int MAX_MERGES = 100_000;

    String sheetName();

    /** The sheet's merged ranges (may be read before the rows, or after {@link #rows} has started parsing them). */
    List<Merge> merges();

    /**
     * The sheet's hidden columns (0-based), known once {@link #rows} has handed its first row (an .xlsx declares them
     * before its rows).
     */
    default java.util.BitSet hiddenColumns() {
        return new java.util.BitSet();
    }

    /** The physical rows in order; may throw {@link LedgerFileException} while reading a damaged file. */
    Iterator<RawRow> rows();

    @Override
    void close();

    static LedgerFileException damaged(Path file, Throwable cause) {
        return new LedgerFileException(file.getFileName() + "：文件已损坏或不完整（可能没有复制或下载完整），"
                + "请用 Excel 打开后另存为 .xlsx 再导入", cause);
    }

    static LedgerFileException encrypted(Path file, Throwable cause) {
        return new LedgerFileException(file.getFileName() + "：文件设置了打开密码，无法读取；请在 Excel 中取消密码"
                + "（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再导入", cause);
    }

    static LedgerFileException noSuchSheet(Path file, String sheetName, List<String> sheets) {
        return new LedgerFileException(file.getFileName() + "：没有名为“" + sheetName + "”的工作表（有："
                + String.join("、", sheets) + "）");
    }

    static LedgerFileException noVisibleSheet(Path file) {
        return new LedgerFileException(file.getFileName() + "：没有可见的工作表");
    }

    /** A number as Excel shows it in General format, without exponent or grouping: 13800138000, 2019.07, 1. */
    static String numberText(java.math.BigDecimal n) {
        java.math.BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
