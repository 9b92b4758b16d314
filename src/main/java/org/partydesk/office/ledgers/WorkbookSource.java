package org.partydesk.office.ledgers;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * An .xlsx or .xls workbook opened once for the whole read: its sheets are listed and read, one after another, from
 * this one opening (an .xlsx's parts sizes checked once, its workbook, styles and relationships read once). Opening
 * checks that the file is a readable, unencrypted spreadsheet; closing closes everything it opened.
 */
interface WorkbookSource extends Closeable {
    /** The names of the workbook's visible sheets, in workbook order. */
    List<String> visibleSheets();

    /**
     * The named sheet (null: the first visible one), its rows not yet read. Read one sheet at a time: close it before
     * asking for the next. Closing it leaves the workbook open.
     */
    SheetSource sheet(String sheetName);

    @Override
    void close();

    static WorkbookSource open(Path file) {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new LedgerFileException(name + "：找不到文件（" + file.toAbsolutePath() + "）");
        }
        if (Files.isDirectory(file)) {
            throw new LedgerFileException(name + "：这是一个文件夹，不是 Excel 表格");
        }
        FileMagic magic;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length == 0) {
                throw new LedgerFileException(name + "：文件是空的（0 字节），不是 Excel 表格");
            }
            magic = head.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(Arrays.copyOf(head, 8));
        } catch (NoSuchFileException e) {
            throw new LedgerFileException(name + "：找不到文件（" + file.toAbsolutePath() + "）", e);
        } catch (IOException e) {
            throw new LedgerFileException(name + "：文件无法读取（" + e.getMessage() + "）", e);
        }
        return switch (magic) {
            case OOXML -> XlsxSheetSource.Workbook.open(file);
            case OLE2 -> XlsSheetSource.Workbook.open(file);
            default -> throw new LedgerFileException(name + "：不是 Excel 表格（应为 .xlsx 或 .xls）；"
                    + "如果是 WPS、CSV 或其他格式，请在 Excel 中另存为 .xlsx 后再导入");
        };
    }
}
