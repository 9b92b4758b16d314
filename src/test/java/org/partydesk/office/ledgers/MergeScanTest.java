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

    @Test
    void findsTheSameMergesAsAReadingOfEveryTagWhereverTheBufferEdgesFall() throws Exception {
        // lookalikes of every kind around the merges, each row's text a different length, so that the 64 KB buffer's
        // edges fall inside names, prefixes and tags: the scan must agree with a plain reading of each tag
        java.util.Random random = new java.util.Random(21);
        String[] texts = {"mergeCell", "mergeCells", "&lt;mergeCell ref=\"A1:B2\"/&gt;", "x:mergeCell", "合并单元格mergeCell",
                "党员", "mergeCel", "ergeCell"};
        for (int round = 0; round < 6; round++) {
            StringBuilder xml = new StringBuilder("<x:worksheet xmlns:x=\"urn:x\"><x:sheetData>");
            List<SheetSource.Merge> expected = new java.util.ArrayList<>();
            for (int r = 1; r <= 3_000; r++) {
                xml.append("<x:row r=\"").append(r).append("\"><x:c t=\"inlineStr\"><x:is><x:t>")
                        .append("填".repeat(random.nextInt(40))).append(texts[random.nextInt(texts.length)])
                        .append("</x:t></x:is></x:c></x:row>");
                if (random.nextInt(50) == 0) {
                    // a merge among the rows (not where Excel writes them, but a tag all the same)
                    String prefix = random.nextBoolean() ? "" : "p" + "q".repeat(random.nextInt(20)) + ":";
                    xml.append("<").append(prefix).append("mergeCell").append(random.nextBoolean() ? " " : "\n ")
                            .append("ref=\"A").append(r).append(":C").append(r + 1).append("\"/>");
                    expected.add(new SheetSource.Merge(r, r + 1, 0, 2));
                }
                if (random.nextInt(70) == 0) {
                    xml.append("</x:mergeCell><x:mergeCells count=\"1\"><x:mergeCellar ref=\"A1:B1\"/>");
                }
            }
            xml.append("</x:sheetData><x:mergeCells><x:mergeCell ref=\"B2:D2\"/></x:mergeCells></x:worksheet>");
            expected.add(new SheetSource.Merge(2, 2, 1, 3));
            assertEquals(expected, scan(xml.toString()), "round " + round);
        }
    }

    @Test
    void aMergeAtTheVeryStartOrEndOfThePartAndAPrefixTooLongForAName() throws Exception {
        assertEquals(List.of(new SheetSource.Merge(1, 2, 0, 0)), scan("<mergeCell ref=\"A1:A2\"/>"));
        assertEquals(List.of(), scan("mergeCell ref=\"A1:A2\"/>"));
        assertEquals(List.of(), scan("<worksheet><mergeCell"));
        String longPrefix = "p".repeat(60) + ":";
        assertEquals(List.of(), scan("<" + longPrefix + "mergeCell ref=\"A1:A2\"/>"));
    }
}
