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
 * An .xlsx, .xls or .ods workbook opened once for the whole read: its sheets are listed and read, one after another, from
 * this one opening (an .xlsx's parts sizes checked once, its workbook, styles and relationships read once). Opening
 * checks that the file is a readable, unencrypted spreadsheet; closing closes everything it opened.
 */
interface WorkbookSource extends Closeable {
    /** The formats a ledger is read from, as messages name them (.txt / .tsv, tab-separated text, too). */
    String FORMATS = ".xlsx、.xls、.ods 或 .csv";

    /** The names of the workbook's visible sheets, in workbook order. */
    List<String> visibleSheets();

    /** The names of the sheets hidden by hand (取消隐藏 shows them again), in workbook order. */
    List<String> hiddenSheets();

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
        String odf;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(128);
            if (head.length == 0) {
                throw new LedgerFileException(name + "：文件是空的（0 字节），不是 Excel 表格");
            }
            magic = head.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(Arrays.copyOf(head, 8));
            odf = openDocumentType(head);
        } catch (NoSuchFileException e) {
            throw new LedgerFileException(name + "：找不到文件（" + file.toAbsolutePath() + "）", e);
        } catch (IOException e) {
            throw new LedgerFileException(name + "：文件无法读取（" + e.getMessage() + "）", e);
        }
        if (odf != null && odf.startsWith(OdsSheetSource.MEDIA_TYPE)) {
            return OdsSheetSource.Workbook.open(file);
        } else if (odf != null) {
            throw new LedgerFileException(name + "：是 OpenDocument 文档（" + odf + "），不是表格；请选择台账所在的表格文件（"
                    + FORMATS + "）");
        }
        return switch (magic) {
            case OOXML -> XlsxSheetSource.Workbook.open(file);
            case OLE2 -> XlsSheetSource.Workbook.open(file);
            default -> {
                if (CsvSheetSource.isText(file)) {
                    yield CsvSheetSource.Workbook.open(file);
                }
                if (wps(file)) {
                    throw wpsFile(file);
                }
                throw new LedgerFileException(name + "：不是 Excel 表格（应为 " + FORMATS + "）；"
                        + "如果是 WPS 的 .et 或其他格式，请在 Excel 或 WPS 中另存为 .xlsx 后再导入");
            }
        };
    }

    /** Whether the file's name says WPS 表格's own format (.et, or its template .ett). */
    static boolean wps(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".et") || n.endsWith(".ett");
    }

    /** The refusal of a WPS 表格 file that is no Excel workbook inside, with how to save it as one. */
    static LedgerFileException wpsFile(Path file) {
        return new LedgerFileException(file.getFileName() + "：是 WPS 表格自己的格式（.et），无法直接读取；请在 WPS 表格中打开，"
                + "用“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”，再导入另存的文件");
    }

    /**
     * The media type an OpenDocument file names in its first zip entry ("mimetype", stored unpacked so that it can be
     * read so: ODF 1.2 part 3, 3.3), e.g. {@code application/vnd.oasis.opendocument.spreadsheet}; null for anything else.
     */
    static String openDocumentType(byte[] head) {
        byte[] name = "mimetype".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // a zip's local file header: signature, …, method at 8, size at 18, name length at 26, extra length at 28, name at 30
        if (head.length < 30 + name.length || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4
                || le(head, 8, 2) != 0 || le(head, 26, 2) != name.length
                || !Arrays.equals(head, 30, 30 + name.length, name, 0, name.length)) {
            return null;
        }
        int from = 30 + name.length + le(head, 28, 2);
        long size = le(head, 18, 4);
        if (size <= 0 || from + size > head.length) {
            return null;
        }
        String type = new String(head, from, (int) size, java.nio.charset.StandardCharsets.US_ASCII);
        return type.startsWith("application/vnd.oasis.opendocument.") ? type : null;
    }

    /** The little-endian number of {@code bytes} bytes at {@code at}. */
    private static int le(byte[] b, int at, int bytes) {
        int v = 0;
        for (int i = bytes - 1; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }
}
