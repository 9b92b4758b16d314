package org.partydesk.office.ledgers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The merged cells of a sheet part, found without parsing its sheetData. */
class MergeScanTest {
    private static List<SheetSource.Merge> scan(String xml) throws Exception {
        return XlsxSheetSource.scanMerges(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsMergesAfterTheRowsAsExcelWritesThem() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lt;mergeCell ref=\"A1:Z9\"/&gt; 党员花名册</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row></sheetData>"
                + "<mergeCells count=\"2\"><mergeCell ref=\"A1:J1\"/><mergeCell\n ref='B3:B12' /></mergeCells>"
                + "<pageMargins left=\"0.7\"/></worksheet>";
        assertEquals(List.of(new SheetSource.Merge(1, 1, 0, 9), new SheetSource.Merge(3, 12, 1, 1)), scan(xml));
    }

    @Test
    void findsPrefixedMergesAndIgnoresLookAlikes() throws Exception {
        String xml = "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData/>"
                + "<x:mergeCells><x:mergeCell ref=\"C2:D2\"></x:mergeCell><x:mergeCellar ref=\"A1:B1\"/>"
                + "<x:mergeCell ref=\"E5\"/></x:mergeCells></x:worksheet>";
        assertEquals(List.of(new SheetSource.Merge(2, 2, 2, 3)), scan(xml));
    }

    @Test
    void findsMergesBehindManyRowsAcrossBufferEdges() throws Exception {
        StringBuilder xml = new StringBuilder("<worksheet><sheetData>");
        for (int r = 1; r <= 20_000; r++) {
            xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>第")
                    .append(r).append("行</t></is></c></row>");
        }
        xml.append("</sheetData><mergeCells>");
        for (int r = 1; r <= 300; r++) {
            xml.append("<mergeCell ref=\"A").append(r * 10).append(":A").append(r * 10 + 9).append("\"/>");
        }
        xml.append("</mergeCells></worksheet>");
        List<SheetSource.Merge> merges = scan(xml.toString());
        assertEquals(300, merges.size());
        assertEquals(new SheetSource.Merge(3000, 3009, 0, 0), merges.get(299));
    }
}
