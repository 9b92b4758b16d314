package org.partydesk.logic.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * The content of a Word report, ready to be laid out: a title, an optional subtitle and blocks in order.
 * Built by the app from the figures and the draft; written by {@code office.reports.DocxWriter}.
 */
public record ReportDocument(DocumentStyle style, String title, String subtitle, List<Block> blocks) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** A piece of the document. */
    public sealed interface Block permits Heading, Paragraph, Photo, Chart, Table, Note, Signature {
    }

    /** A heading; {@code number} is "一、", "（一）", "1." … (empty for none). */
    public record Heading(int level, String number, String text) implements Block {
    }

    /** A body paragraph; {@code topic}, when not null, is the bold topic sentence that opens it. */
    public record Paragraph(String topic, String text) implements Block {
    }

    /** A photo from the evidence store with its caption line. */
    public record Photo(Path file, String caption) implements Block {
    }

    /** A chart rendered to an image, with its caption ("图1 …"). */
    public record Chart(ChartSpec spec, String caption) implements Block {
    }

    /** A table with a header row; cells are plain text. {@code widths} are relative column widths. */
    public record Table(List<String> header, List<List<String>> rows, List<Integer> widths) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
        }
    }

    /**
     * The signature (发文机关署名) and the date of writing (成文日期) at the end of a document without a seal,
     * placed as GB/T 9704-2012 7.3.5.2 says: one line below the text; {@code signer} may be empty.
     */
    public record Signature(String signer, String date) implements Block {
    }

    /** A line without first-line indent, aligned right when {@code right} (signature, date). */
    public record Note(String text, boolean right) implements Block {
    }
}
