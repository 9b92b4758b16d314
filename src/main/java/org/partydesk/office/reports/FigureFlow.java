package org.partydesk.office.reports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.logic.reports.ReportDocument.Block;

/**
 * Where each chart and photo of a document goes, as a typesetter places figures: where the text puts it when it fits
 * on the rest of the page, else after the paragraphs that follow until one runs onto the next page, so that a figure
 * too tall for the page's foot no longer leaves the rest of the page blank (Word and LibreOffice move a picture that
 * does not fit to the next page and leave the space empty). Figures keep their order (their numbers 图1, 图2 … are
 * given as written) and never come between a heading or an introducing line ("……以下几项工作：") and what follows, nor
 * move past the signature or a line set right.
 * <ul>
 * <li>A chart stays in its part: it never moves past a first-level heading (图3 of the commendations under 五、存在的不足
 * would say something else). One still waiting where its part ends is made smaller to fit the rest of the page, down
 * to {@link #LEAST_CHART_SCALE} of its size (its labels stay readable), else it begins the next page.</li>
 * <li>A photo, with its own dated caption, may move on past one first-level heading into a part that has charts or
 * photos of its own (a part of the year's work, not 存在的不足 or 下一步工作打算), to the end of the first paragraph that
 * runs onto a new page; one that would have to go further is made smaller to fit, down to {@link #LEAST_PHOTO_SCALE},
 * else it begins the next page.</li>
 * </ul>
 *
 * <p>The page is reckoned in lines of the layout's exact line pitch: a paragraph's lines from its characters (a Chinese
 * character one, a digit or Latin letter half of one, two of indent) and the characters of a line, with widow and
 * orphan control as the document sets it; a figure's from its height and its caption's lines. The reckoning is an
 * estimate (line breaking rules move a character now and then), so a figure is placed on the rest of a page only with a
 * line to spare; where the estimate is wrong the figure is where it would have been without this class.
 */
final class FigureFlow {
    /**
     * Lines a figure must leave free at a page's foot to be placed there: the estimate's margin of error (twice this for
     * a figure made smaller to fit, which would otherwise still go to the next page at its smaller size).
     */
    static final double SPARE_LINES = 1.0;
    /** The smallest a photo is made to fit the rest of a page. */
    static final double LEAST_PHOTO_SCALE = 0.6;
    /** The smallest a chart is made to fit the rest of a page: its labels (8.5 pt at full size) still 6.4 pt. */
    static final double LEAST_CHART_SCALE = 0.75;

    /** A block as written: a chart or photo at {@code scale} of its size (1 for every other block). */
    record Placed(Block block, double scale) {
    }

    /** The height in points a chart or photo takes with its caption, its picture at {@code scale} (0 for one not written). */
    interface FigureHeight {
        double points(Block figure, double scale);
    }

    private final PageLayout layout;
    private final FigureHeight figurePoints;
    private final double pageLines;
    private final double charsPerLine;
    private double line;

    private FigureFlow(PageLayout layout, FigureHeight figurePoints) {
        this.layout = layout;
        this.figurePoints = figurePoints;
        double typeAreaPoints = (297 - layout.topMm() - layout.bottomMm()) / 25.4 * 72;
        this.pageLines = Math.floor(typeAreaPoints / layout.linePitch() + 1e-6);
        this.charsPerLine = layout.charsPerLine() > 0 ? layout.charsPerLine()
                : Math.floor(layout.textWidthPoints() / layout.bodySize());
    }

    /** The blocks of {@code doc} in the order they are written: the same blocks, figures moved on as said above. */
    static List<Placed> order(ReportDocument doc, PageLayout layout, FigureHeight figurePoints) {
        FigureFlow flow = new FigureFlow(layout, figurePoints);
        flow.line = flow.titleLines(doc);
        return flow.order(doc.blocks());
    }

    private List<Placed> order(List<Block> blocks) {
        List<Placed> out = new ArrayList<>(blocks.size());
        Deque<Block> waiting = new ArrayDeque<>();
        boolean crossed = false;
        for (int at = 0; at < blocks.size(); at++) {
            Block b = blocks.get(at);
            if (figure(b)) {
                double h = figureLines(b, 1);
                if (waiting.isEmpty() && fits(h)) {
                    out.add(new Placed(b, 1));
                    line += h;
                } else {
                    waiting.add(b);
                }
                continue;
            }
            if (b instanceof ReportDocument.Heading h && h.level() <= 1 && !crossed && illustrated(blocks, at)) {
                // a new part: the charts waiting are placed, with the figures before them; photos after them may go on
                int charts = lastChart(waiting) + 1;
                placeAtPartsEnd(waiting, charts, out);
                crossed = !waiting.isEmpty();
            } else if (closesPart(b)) {
                placeAtPartsEnd(waiting, waiting.size(), out);
                crossed = false;
            }
            int page = page();
            out.add(new Placed(b, 1));
            flow(b);
            if (!waiting.isEmpty() && mayBeFollowedByFigure(b)) {
                // the first waiting figure goes after the paragraph that ran onto a new page even where the estimate
                // says it is too tall for the rest of it; the others only where they fit
                boolean pageTurned = page() > page;
                while (!waiting.isEmpty() && (pageTurned || fits(figureLines(waiting.peek(), 1)))) {
                    Block f = waiting.poll();
                    place(figureLines(f, 1));
                    out.add(new Placed(f, 1));
                    pageTurned = false;
                }
                crossed = crossed && !waiting.isEmpty();
            }
        }
        placeAtPartsEnd(waiting, waiting.size(), out);
        return out;
    }

    /** The figures still waiting where they must be placed: each where it fits, else made smaller to fit, else on the next page. */
    private void placeAtPartsEnd(Deque<Block> waiting, int count, List<Placed> out) {
        for (int i = 0; i < count; i++) {
            Block f = waiting.poll();
            double scale = 1;
            if (!fits(figureLines(f, 1))) {
                double fixed = figureLines(f, 0);
                double picture = figureLines(f, 1) - fixed;
                double fitting = picture <= 0 ? 1 : (room() - 2 * SPARE_LINES - fixed) / picture;
                if (fitting >= (f instanceof ReportDocument.Photo ? LEAST_PHOTO_SCALE : LEAST_CHART_SCALE)) {
                    scale = Math.min(1, fitting);
                }
            }
            place(figureLines(f, scale));
            out.add(new Placed(f, scale));
        }
    }

    private static boolean figure(Block b) {
        return b instanceof ReportDocument.Chart || b instanceof ReportDocument.Photo;
    }

    /**
     * Whether the figures waiting must all be placed before {@code b}: the signature, a line set right, or a
     * first-level heading that photos may not move past (decided by the caller).
     */
    private static boolean closesPart(Block b) {
        return b instanceof ReportDocument.Heading h && h.level() <= 1
                || b instanceof ReportDocument.Signature
                || b instanceof ReportDocument.Note n && n.right();
    }

    /**
     * Whether the part that begins at {@code heading} has a chart or photo of its own: a part of the year's work, where
     * a photo of the part before may stand, unlike a part of text alone (存在的不足, 下一步工作打算).
     */
    private static boolean illustrated(List<Block> blocks, int heading) {
        for (int i = heading + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof ReportDocument.Heading h && h.level() <= 1) {
                return false;
            }
            if (figure(b)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last chart waiting, -1 for none. */
    private static int lastChart(Deque<Block> waiting) {
        int i = 0;
        int last = -1;
        for (Block f : waiting) {
            if (f instanceof ReportDocument.Chart) {
                last = i;
            }
            i++;
        }
        return last;
    }

    /** A figure may follow a paragraph or a table, not a heading or a line that introduces what comes next. */
    private static boolean mayBeFollowedByFigure(Block b) {
        if (b instanceof ReportDocument.Paragraph p) {
            return p.text() == null || !p.text().strip().endsWith("：");
        }
        return b instanceof ReportDocument.Table;
    }

    private int page() {
        return (int) Math.floor(line / pageLines + 1e-9);
    }

    private double room() {
        return (page() + 1) * pageLines - line;
    }

    private boolean fits(double lines) {
        return lines + SPARE_LINES <= room();
    }

    /**
     * Text set on from the current line as Word and LibreOffice set it with widow and orphan control: a paragraph split
     * at a page's foot keeps at least two lines on each page (one that cannot moves to the next page whole, or gives a
     * line more to the next), and a heading goes to the next page unless two lines of what follows fit under it.
     */
    private void flow(Block b) {
        double n = lines(b);
        double room = room();
        int whole = (int) Math.floor(room + 1e-6);
        if (b instanceof ReportDocument.Heading) {
            if (n + 2 > whole) {
                line = (page() + 1) * pageLines;
            }
            line += n;
        } else if (n <= room + 1e-6 || !(b instanceof ReportDocument.Paragraph)) {
            line += n;
        } else if (whole < 2 || n < 4 && n - whole < 2) {
            line = (page() + 1) * pageLines + n;
        } else {
            double rest = Math.max(2, n - whole);
            line = (page() + 1) * pageLines + rest;
        }
    }

    /** A figure is never split: one that does not fit begins the next page. */
    private void place(double lines) {
        if (lines > room()) {
            line = (page() + 1) * pageLines;
        }
        line += lines;
    }

    private double figureLines(Block b, double scale) {
        return figurePoints.points(b, scale) / layout.linePitch();
    }

    private double titleLines(ReportDocument doc) {
        double pitch = Math.max(layout.linePitch(), layout.titleSize() * 1.35);
        double title = DocxWriter.linesAcross(doc.title(), layout.titleSize(), layout) * pitch / layout.linePitch();
        double subtitle = doc.subtitle() == null || doc.subtitle().isBlank() ? 0
                : DocxWriter.linesAcross(doc.subtitle(), layout.subtitleSize(), layout);
        return title + subtitle + 1;
    }

    private double lines(Block b) {
        if (b instanceof ReportDocument.Heading h) {
            return textLines(h.number() + h.text(), 2);
        } else if (b instanceof ReportDocument.Paragraph p) {
            return textLines((p.topic() == null ? "" : p.topic()) + (p.text() == null ? "" : p.text()), 2);
        } else if (b instanceof ReportDocument.Note n) {
            return textLines(n.text(), 0);
        } else if (b instanceof ReportDocument.Signature) {
            return 3;
        } else if (b instanceof ReportDocument.Table t) {
            return tableLines(t);
        }
        return 0;
    }

    /** Marks that never begin a line: the one before them goes down with them, unless they hang in the margin. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’%…—·";
    /** Marks Word and LibreOffice hang past the line's end (the document sets overflowPunct). */
    private static final String HANGING = "，。、；：？！";
    /** Marks that never end a line: they go down with what follows them. */
    private static final String NO_LINE_END = "（《「『“‘";
    /**
     * The space Word and LibreOffice put between a Chinese character and a digit or Latin letter (autoSpaceDE/DN, on in
     * the official layout), in characters: measured in LibreOffice's PDF of the summary, where it set 29 of 30 body
     * paragraphs on as many lines as this reckoning.
     */
    private static final double LATIN_GAP = 0.4;

    /**
     * The lines of a paragraph set as Word and LibreOffice set Chinese text: character by character, a run of digits or
     * Latin letters never broken (numbers are tagged Latin), the marks above kept off a line's start or end, and the
     * gap between Chinese and Latin text where the layout has it.
     */
    /** The lines of a body paragraph ({@code text} after two characters of indent) in {@code layout}, reckoned as above. */
    static double paragraphLines(String text, PageLayout layout) {
        return new FigureFlow(layout, (b, scale) -> 0).textLines(text, 2);
    }

    /** The characters of a body line in {@code layout}. */
    static double lineChars(PageLayout layout) {
        return new FigureFlow(layout, (b, scale) -> 0).charsPerLine;
    }

    private double textLines(String text, int indent) {
        double gap = layout.charsPerLine() > 0 ? LATIN_GAP : 0;
        int lines = 1;
        double pos = indent;
        String last = null;
        int i = 0;
        while (i < text.length()) {
            int end = i + 1;
            if (!DocxWriter.fullWidth(text.charAt(i)) && text.charAt(i) != ' ') {
                while (end < text.length() && !DocxWriter.fullWidth(text.charAt(end)) && text.charAt(end) != ' ') {
                    end++;
                }
            }
            String token = text.substring(i, end);
            double w = tokenWidth(token);
            double g = last != null && (latin(last) && ideograph(token) || ideograph(last) && latin(token)) ? gap : 0;
            if (pos + g + w <= charsPerLine + 1e-9 || HANGING.indexOf(token.charAt(0)) >= 0 && token.length() == 1) {
                pos += g + w;
            } else {
                lines++;
                pos = w;
                if (last != null && NO_LINE_START.indexOf(token.charAt(0)) >= 0) {
                    pos += tokenWidth(last);
                } else if (last != null && NO_LINE_END.indexOf(last.charAt(0)) >= 0) {
                    pos += tokenWidth(last);
                }
            }
            last = token;
            i = end;
        }
        return lines;
    }

    private static boolean latin(String token) {
        return !DocxWriter.fullWidth(token.charAt(0)) && token.charAt(0) != ' ';
    }

    private static boolean ideograph(String token) {
        char c = token.charAt(0);
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    /** A character one; a run of digits and Latin letters half of one each (% one). */
    private static double tokenWidth(String token) {
        if (DocxWriter.fullWidth(token.charAt(0))) {
            return 1;
        }
        double w = 0;
        for (int i = 0; i < token.length(); i++) {
            w += token.charAt(i) == '%' ? 1 : 0.5;
        }
        return w;
    }

    /** A table's rows in its own line pitch, each as high as its fullest cell, and the paragraph after it. */
    private double tableLines(ReportDocument.Table t) {
        double textPoints = layout.textWidthPoints();
        int weight = t.widths().stream().mapToInt(Integer::intValue).sum();
        double points = 0;
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.header());
        rows.addAll(t.rows());
        for (List<String> row : rows) {
            double most = 1;
            for (int c = 0; c < row.size() && c < t.header().size(); c++) {
                double width = weight == 0 ? textPoints / t.header().size() : textPoints * t.widths().get(c) / weight;
                double chars = Math.max(1, Math.floor((width - 11) / layout.tableSize()));
                String cell = row.get(c) == null ? "" : row.get(c);
                most = Math.max(most, Math.ceil(DocxWriter.widthInChars(cell) / chars));
            }
            points += most * layout.tableLine() + 2;
        }
        return (points + layout.tableLine()) / layout.linePitch();
    }
}
