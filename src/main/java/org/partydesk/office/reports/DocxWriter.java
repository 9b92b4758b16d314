package org.partydesk.office.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.partydesk.logic.reports.ChartSpec;
import org.partydesk.logic.reports.ReportDocument;
import org.partydesk.logic.reports.ReportDocument.Block;

/**
 * Writes a {@link ReportDocument} as .docx with POI XWPF in the layout of its style ({@link PageLayout}):
 * A4 page and margins, a line grid of 22 lines with the body condensed to 28 characters a line for GB/T 9704, fonts set for East Asian
 * text (w:eastAsia, and Latin too) with the language zh-CN on every run and in the defaults, first-line
 * indent of two characters, headings numbered 一、（一）1.（1）, page numbers "— 1 —" in 四号 宋体, odd pages
 * on the right and even pages on the left (each one character in from the edge of the type area).
 */
public final class DocxWriter {
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final String LANG = "zh-CN";
    /**
     * The language of Latin text (digits, %, Latin letters): tagged zh-CN, LibreOffice broke numbers across lines
     * ("参会率 9|3.7%"); tagged en-US it keeps them whole.
     */
    private static final String LATIN_LANG = "en-US";
    /** Paragraph styles that carry the layout (pasted text keeps it; headings give the navigation pane and a table of contents). */
    static final String TITLE_STYLE = "Title";
    static final String SUBTITLE_STYLE = "Subtitle";
    static final String BODY_STYLE = "Body";
    static final String CAPTION_STYLE = "Caption";
    static final String[] HEADING_STYLES = {"Heading1", "Heading2", "Heading3"};
    private static final int CHART_WIDTH_PX = 1200;
    private static final int CHART_HEIGHT_PX = 640;

    private final PageLayout layout;
    private final ReportDocument content;
    private final Map<ChartSpec, byte[]> drawn;
    private final XWPFDocument doc = org.partydesk.office.Authorship.sign(new XWPFDocument());
    private int figureNo;

    private DocxWriter(ReportDocument content, Map<ChartSpec, byte[]> drawn) {
        this.content = content;
        this.drawn = drawn;
        this.layout = PageLayout.of(content.style());
    }

    /**
     * Writes {@code content} to {@code out}. {@code cancelled} is asked between blocks; when it says yes
     * the writing stops with {@link java.util.concurrent.CancellationException}.
     */
    public static void write(ReportDocument content, OutputStream out, BooleanSupplier cancelled) throws IOException {
        write(content, out, cancelled, Map.of());
    }

    /**
     * {@link #write(ReportDocument, OutputStream, BooleanSupplier)} with charts already drawn ({@link #draw}): a chart
     * of the document whose spec is among them takes those pictures; any other is drawn here.
     */
    public static void write(ReportDocument content, OutputStream out, BooleanSupplier cancelled, Map<ChartSpec, byte[]> drawn)
            throws IOException {
        DocxWriter w = new DocxWriter(content, drawn);
        try (XWPFDocument d = w.doc) {
            w.build(cancelled);
            w.fontTable();
            d.write(out);
        }
    }

    /**
     * The charts as a document draws them (PNG pictures of its size), so that a caller can have them drawn on another
     * thread while it reads the rest of the document's figures, and pass them to {@link #write}.
     */
    public static Map<ChartSpec, byte[]> draw(Collection<ChartSpec> specs) {
        Map<ChartSpec, byte[]> out = new HashMap<>();
        for (ChartSpec spec : specs) {
            out.computeIfAbsent(spec, x -> Charts.png(x, CHART_WIDTH_PX, CHART_HEIGHT_PX));
        }
        return out;
    }

    /**
     * Loads what the first document needs (POI's Word classes and schema, the zip writer) by writing an empty document,
     * thrown away, so that a caller can have it done on another thread while it reads the figures of the document; the
     * charts are drawn ahead by {@link #draw}. Never fails: a problem met here is met again, and said, by the document
     * itself.
     */
    public static void prepare() {
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("党建");
            d.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException | LinkageError e) {
            // nothing: see above
        }
    }

    /** Fonts a PC may lack and the font Word or WPS should take instead (GB2312 charset). */
    private static final String[][] FALLBACKS = {
            {PageLayout.XIAOBIAOSONG, "宋体"}, {PageLayout.FANGSONG, "仿宋"}, {PageLayout.KAITI, "楷体"},
            {PageLayout.HEITI, "SimHei"}, {PageLayout.SONGTI, "SimSun"}};

    /**
     * A font table naming, for each font of the layout, an alternative (w:altName) and the GB2312 character
     * set, so a PC without 方正小标宋简体 or 仿宋_GB2312 substitutes 宋体 or 仿宋 rather than a Latin font.
     */
    private void fontTable() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (String[] f : FALLBACKS) {
            xml.append("<w:font w:name=\"").append(f[0]).append("\"><w:altName w:val=\"").append(f[1])
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("</w:fonts>");
        try {
            var pkg = doc.getPackage();
            var name = org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/fontTable.xml");
            if (pkg.containPart(name)) {
                return;
            }
            var part = pkg.createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream o = part.getOutputStream()) {
                o.write(xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("无法写入字体表", e);
        }
    }

    private void build(BooleanSupplier cancelled) throws IOException {
        defaults();
        page();
        footers();
        title();
        List<FigureFlow.Placed> blocks = FigureFlow.order(content, layout, this::figurePoints);
        for (int at = 0; at < blocks.size(); at++) {
            FigureFlow.Placed placed = blocks.get(at);
            Block b = placed.block();
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            if (b instanceof ReportDocument.Heading h) {
                heading(h);
            } else if (b instanceof ReportDocument.Paragraph p) {
                paragraph(p, signed(blocks, at));
            } else if (b instanceof ReportDocument.Photo p) {
                photo(p, placed.scale());
            } else if (b instanceof ReportDocument.Chart c) {
                chart(c, placed.scale());
            } else if (b instanceof ReportDocument.Table t) {
                table(t);
            } else if (b instanceof ReportDocument.Note n) {
                note(n);
            } else if (b instanceof ReportDocument.Signature sig) {
                signature(sig);
            }
        }
    }

    // ---- document setup -------------------------------------------------------------------------------

    private void defaults() {
        var styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(layout.bodyFont());
        fonts.setHAnsi(layout.bodyFont());
        fonts.setEastAsia(layout.bodyFont());
        fonts.setCs(layout.bodyFont());
        styles.setDefaultFonts(fonts);
        styles.setEastAsia(LANG);
        styles.setSpellingLanguage(LATIN_LANG);
        // the default size is the body's: Word and LibreOffice lay the character grid out on it
        CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        BigInteger halfPoints = BigInteger.valueOf(Math.round(layout.bodySize() * 2));
        (defaults.sizeOfSzArray() > 0 ? defaults.getSzArray(0) : defaults.addNewSz()).setVal(halfPoints);
        (defaults.sizeOfSzCsArray() > 0 ? defaults.getSzCsArray(0) : defaults.addNewSzCs()).setVal(halfPoints);
        // overflowPunct written out as on, Word's own default (a 。 may hang in the margin, and Word draws it there):
        // LibreOffice (统信UOS, 麒麟) reads it the other way round and wraps the line instead of hanging the mark, which
        // its PDF would drop from the page; unset, it hangs it (a 。 or 、 at the end of a full line went missing)
        var defaultsP = styles.getCtStyles().getDocDefaults();
        var pDefault = defaultsP.isSetPPrDefault() ? defaultsP.getPPrDefault() : defaultsP.addNewPPrDefault();
        var pprAll = pDefault.isSetPPr() ? pDefault.getPPr() : pDefault.addNewPPr();
        (pprAll.isSetOverflowPunct() ? pprAll.getOverflowPunct() : pprAll.addNewOverflowPunct()).setVal(
                org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
        // widow and orphan control written out (Word's own setting in its templates; unset, Word leaves a paragraph's last
        // line alone at the top of a page, where LibreOffice moves it): both keep two lines of a paragraph together at a
        // page's foot and head, as FigureFlow reckons
        (pprAll.isSetWidowControl() ? pprAll.getWidowControl() : pprAll.addNewWidowControl()).setVal(
                org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
        if (content.style() == org.partydesk.logic.reports.DocumentStyle.RECORD) {
            // a record's dates and counts read as written (8月8日, 9/8): no space added between Chinese and digits or
            // Latin letters, which Word and LibreOffice otherwise put in (8 月 8 日)
            var docDefaults = styles.getCtStyles().getDocDefaults();
            var pPrDefault = docDefaults.isSetPPrDefault() ? docDefaults.getPPrDefault() : docDefaults.addNewPPrDefault();
            var ppr = pPrDefault.isSetPPr() ? pPrDefault.getPPr() : pPrDefault.addNewPPr();
            (ppr.isSetAutoSpaceDE() ? ppr.getAutoSpaceDE() : ppr.addNewAutoSpaceDE()).setVal(
                    org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
            (ppr.isSetAutoSpaceDN() ? ppr.getAutoSpaceDN() : ppr.addNewAutoSpaceDN()).setVal(
                    org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        }
        paragraphStyles(styles);
    }

    /**
     * The paragraph styles: 标题 (Title), 副标题, 正文 (Body: first-line indent of two characters, the exact line
     * pitch, justified), 标题 1–3 (Heading1–3, outline levels 1–3, kept with the next paragraph) and 题注 (Caption).
     */
    private void paragraphStyles(org.apache.poi.xwpf.usermodel.XWPFStyles styles) {
        // the default paragraph style (Normal) every unstyled paragraph has, as Word writes it; without properties, so
        // the document defaults still apply; readers that resolve a paragraph's style (python-docx) need it
        var normal = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        normal.setStyleId("Normal");
        normal.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(normal));
        long indent = Math.round(layout.bodySize() * 20 * 2);
        styles.addStyle(style(TITLE_STYLE, "Title", layout.titleFont(), layout.titleSize(), false, -1,
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER, 0,
                Math.max(layout.linePitch(), layout.titleSize() * 1.35), 0));
        styles.addStyle(style(SUBTITLE_STYLE, "Subtitle", layout.subtitleFont(), layout.subtitleSize(), false, -1,
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER, 0, layout.linePitch(), 0));
        styles.addStyle(style(BODY_STYLE, "Body Text", layout.bodyFont(), layout.bodySize(), false, -1,
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.BOTH, indent, layout.linePitch(), bodyCondense()));
        for (int i = 0; i < HEADING_STYLES.length; i++) {
            int font = Math.min(i, layout.headingFonts().length - 1);
            styles.addStyle(style(HEADING_STYLES[i], "heading " + (i + 1), layout.headingFonts()[font], layout.bodySize(),
                    layout.headingBold()[font], i, org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT, indent,
                    layout.linePitch(), bodyCondense()));
        }
        styles.addStyle(style(CAPTION_STYLE, "caption", layout.captionFont(), layout.captionSize(), false, -1,
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER, 0, layout.linePitch(), 0));
    }

    private static org.apache.poi.xwpf.usermodel.XWPFStyle style(String id, String name, String font, double size,
            boolean bold, int outlineLevel, org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.Enum align,
            long firstLine, double linePoints, int condense) {
        var ct = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        if (!BODY_STYLE.equals(id)) {
            ct.addNewNext().setVal(BODY_STYLE);
        }
        var ppr = ct.addNewPPr();
        if (outlineLevel >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        ppr.addNewJc().setVal(align);
        var sp = ppr.addNewSpacing();
        sp.setBefore(BigInteger.ZERO);
        sp.setAfter(BigInteger.ZERO);
        sp.setLine(BigInteger.valueOf(Math.round(linePoints * 20)));
        sp.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
        if (firstLine > 0) {
            CTInd ind = ppr.addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(200));
            ind.setFirstLine(BigInteger.valueOf(firstLine));
        }
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        if (bold) {
            rpr.addNewB();
        }
        if (condense != 0) {
            rpr.addNewSpacing().setVal(BigInteger.valueOf(condense));
        }
        BigInteger half = BigInteger.valueOf(Math.round(size * 2));
        rpr.addNewSz().setVal(half);
        rpr.addNewSzCs().setVal(half);
        CTLanguage lang = rpr.addNewLang();
        lang.setVal(LATIN_LANG);
        lang.setEastAsia(LANG);
        return new org.apache.poi.xwpf.usermodel.XWPFStyle(ct);
    }

    private static void style(XWPFParagraph p, String styleId) {
        p.setStyle(styleId);
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(PageLayout.twipsOfMm(layout.topMm())));
        mar.setBottom(BigInteger.valueOf(PageLayout.twipsOfMm(layout.bottomMm())));
        mar.setLeft(BigInteger.valueOf(PageLayout.twipsOfMm(layout.leftMm())));
        mar.setRight(BigInteger.valueOf(PageLayout.twipsOfMm(layout.rightMm())));
        mar.setHeader(BigInteger.valueOf(PageLayout.twipsOfMm(15)));
        mar.setFooter(BigInteger.valueOf(PageLayout.twipsOfMm(layout.footerMm())));
        mar.setGutter(BigInteger.ZERO);
        if (layout.linesPerPage() > 0) {
            // a line grid of 22 lines; the 28 characters a line come from condensing the body's characters
            // (see bodyCondense) rather than a character grid, which LibreOffice lays out differently from Word
            var grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
            grid.setType(STDocGrid.LINES);
            grid.setLinePitch(BigInteger.valueOf(Math.round(layout.linePitch() * 20)));
        }
    }

    /**
     * Character spacing (in 1/20 pt, negative condenses) that fits {@code charsPerLine} characters of the body
     * size into the type area's width: 28 characters of 16 pt into 156 mm need −0.25 pt each.
     */
    private int bodyCondense() {
        if (layout.charsPerLine() == 0) {
            return 0;
        }
        double pitchPt = layout.textWidthPoints() / layout.charsPerLine();
        return (int) Math.floor((pitchPt - layout.bodySize()) * 20);
    }

    private void footers() {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    /** "— N —" with a PAGE field, one character in from the side of the type area. */
    private void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(align);
        CTInd ind = ind(p);
        long oneChar = Math.round(layout.pageNumberSize() * 20);
        if (align == ParagraphAlignment.RIGHT) {
            ind.setRight(BigInteger.valueOf(oneChar));
        } else {
            ind.setLeft(BigInteger.valueOf(oneChar));
        }
        text(p, "— ", layout.pageNumberFont(), layout.pageNumberSize(), false);
        XWPFRun begin = run(p, layout.pageNumberFont(), layout.pageNumberSize(), false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, layout.pageNumberFont(), layout.pageNumberSize(), false);
        var t = instr.getCTR().addNewInstrText();
        t.setStringValue(" PAGE ");
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        XWPFRun sep = run(p, layout.pageNumberFont(), layout.pageNumberSize(), false);
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(p, "1", layout.pageNumberFont(), layout.pageNumberSize(), false);
        XWPFRun end = run(p, layout.pageNumberFont(), layout.pageNumberSize(), false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        text(p, " —", layout.pageNumberFont(), layout.pageNumberSize(), false);
    }

    // ---- blocks ---------------------------------------------------------------------------------------

    private void title() {
        XWPFParagraph t = doc.createParagraph();
        style(t, TITLE_STYLE);
        t.setAlignment(ParagraphAlignment.CENTER);
        spacing(t, Math.max(layout.linePitch(), layout.titleSize() * 1.35));
        text(t, content.title(), layout.titleFont(), layout.titleSize(), false);
        if (content.subtitle() != null && !content.subtitle().isBlank()) {
            XWPFParagraph s = doc.createParagraph();
            style(s, SUBTITLE_STYLE);
            s.setAlignment(ParagraphAlignment.CENTER);
            spacing(s, layout.linePitch());
            text(s, content.subtitle(), layout.subtitleFont(), layout.subtitleSize(), false);
        }
        XWPFParagraph blank = doc.createParagraph();
        spacing(blank, layout.linePitch());
    }

    private void heading(ReportDocument.Heading h) {
        int i = Math.min(h.level(), layout.headingFonts().length) - 1;
        XWPFParagraph p = bodyParagraph();
        style(p, HEADING_STYLES[Math.min(h.level(), HEADING_STYLES.length) - 1]);
        p.setKeepNext(true);
        text(p, h.number() + h.text(), layout.headingFonts()[i], layout.bodySize(), layout.headingBold()[i])
                .setCharacterSpacing(bodyCondense());
    }

    /**
     * Whether the block at {@code at} is the text's last paragraph before a line set right (a record's 签字). The
     * summary's {@link ReportDocument.Signature} keeps its last paragraph whole, as before.
     */
    private static boolean signed(List<FigureFlow.Placed> blocks, int at) {
        for (int i = at + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i).block();
            if (b instanceof ReportDocument.Note n && n.right()) {
                return true;
            }
            if (!(b instanceof ReportDocument.Note n && n.text().isBlank())) {
                return false;
            }
        }
        return false;
    }

    /**
     * A paragraph before the signature longer than this (in lines) is not kept with it whole: its last clause is. Up to
     * this many, both Word and LibreOffice move the whole paragraph to the signature's page, leaving at most this much of
     * the page before blank (a third of a record's page) and the paragraph as written.
     */
    static final double KEPT_WHOLE_LINES = 8;
    /** Marks that end a clause, in the order a paragraph's last clause is looked for after them. */
    private static final String[] CLAUSE_ENDS = {"；。", "，、："};
    /** The shortest last clause kept with the signature, in characters. */
    private static final int LEAST_TAIL = 6;

    /**
     * A body paragraph. The text's last paragraph before the lines set right ({@code signed}: 签字, 日期), when longer than
     * {@link #KEPT_WHOLE_LINES}, is written as two: up to its last clause ({@link #lastClause}), and that clause on a line
     * of its own without indent, which the signature keeps with it. LibreOffice keeps a paragraph with the next only
     * when it does not begin the page: a long one that ran over from the page before (a long 下季度打算) began it, so
     * LibreOffice dropped the whole chain and 签字 and 日期 stood alone on the last page; a clause of at most two lines
     * kept with the signature always fits on the page it goes to, in Word too, and leaves at most that much blank at the
     * foot of the page before (a long paragraph kept whole would leave up to a page).
     */
    private void paragraph(ReportDocument.Paragraph para, boolean signed) {
        String topic = para.topic() == null || para.topic().isBlank() ? "" : para.topic();
        String body = para.text() == null || para.text().isBlank() ? "" : para.text();
        int cut = signed && FigureFlow.paragraphLines(topic + body, layout) > KEPT_WHOLE_LINES
                ? lastClause(body, (int) (2 * FigureFlow.lineChars(layout)) - 1) : -1;
        if (cut > 0) {
            XWPFParagraph first = bodyParagraph();
            first.setAlignment(ParagraphAlignment.BOTH);
            if (!topic.isEmpty()) {
                text(first, topic, layout.bodyFont(), layout.bodySize(), true).setCharacterSpacing(bodyCondense());
            }
            text(first, body.substring(0, cut), layout.bodyFont(), layout.bodySize(), false).setCharacterSpacing(bodyCondense());
            XWPFParagraph tail = bodyParagraph();
            tail.setAlignment(ParagraphAlignment.BOTH);
            CTInd ind = ind(tail);
            ind.setFirstLineChars(BigInteger.ZERO);
            ind.setFirstLine(BigInteger.ZERO);
            text(tail, body.substring(cut), layout.bodyFont(), layout.bodySize(), false).setCharacterSpacing(bodyCondense());
            return;
        }
        XWPFParagraph p = bodyParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        if (!topic.isEmpty()) {
            text(p, para.topic(), layout.bodyFont(), layout.bodySize(), true).setCharacterSpacing(bodyCondense());
        }
        if (!body.isEmpty()) {
            text(p, para.text(), layout.bodyFont(), layout.bodySize(), false).setCharacterSpacing(bodyCondense());
            if (para.text().strip().endsWith("：")) {
                // a line that introduces what follows ("……存在以下不足：") is never left alone at a page's foot
                p.setKeepNext(true);
            }
        }
    }

    private void note(ReportDocument.Note n) {
        if (n.right()) {
            // a line set right (签字, 日期) goes with what it signs: never on a page of its own
            List<XWPFParagraph> before = doc.getParagraphs();
            for (int i = before.size() - 1; i >= 0; i--) {
                keepNext(before.get(i));
                if (!before.get(i).getText().isBlank()) {
                    break;
                }
            }
        }
        XWPFParagraph p = doc.createParagraph();
        spacing(p, layout.linePitch());
        p.setAlignment(n.right() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        if (n.right()) {
            ind(p).setRight(BigInteger.valueOf(Math.round(layout.bodySize() * 20 * 2)));
        }
        text(p, n.text(), layout.bodyFont(), layout.bodySize(), false);
    }

    /**
     * 发文机关署名 and 成文日期 of a document without a seal (GB/T 9704-2012 7.3.5.2): one blank line below the text,
     * the signer two characters in from the right; the date on the next line, its first character two characters
     * right of the signer's first; when the date is the longer, the signer moves right so the date keeps two
     * characters from the right.
     */
    private void signature(ReportDocument.Signature sig) {
        // the signature never stands alone on the last page: the text's last paragraph goes with it
        List<XWPFParagraph> before = doc.getParagraphs();
        if (!before.isEmpty()) {
            keepNext(before.get(before.size() - 1));
        }
        XWPFParagraph blank = doc.createParagraph();
        keepNext(blank);
        spacing(blank, layout.linePitch());
        style(blank, BODY_STYLE);
        double signer = widthInChars(sig.signer());
        double date = widthInChars(sig.date());
        double signerRight = 2;
        double dateRight = 2 + (signer - 2 - date);
        if (date > signer - 2) {
            dateRight = 2;
            signerRight = 2 + (date + 2 - signer);
        }
        if (!sig.signer().isBlank()) {
            keepNext(rightLine(sig.signer(), signerRight));
        }
        rightLine(sig.date(), sig.signer().isBlank() ? 2 : dateRight);
    }

    /**
     * Where the last clause of {@code text} begins: after the first mark of {@link #CLAUSE_ENDS} (；。 before ，、：) from
     * which at most {@code most} characters and at least {@link #LEAST_TAIL} follow; -1 when there is none.
     */
    static int lastClause(String text, int most) {
        for (String marks : CLAUSE_ENDS) {
            for (int i = Math.max(1, text.length() - most); i <= text.length() - LEAST_TAIL; i++) {
                if (marks.indexOf(text.charAt(i - 1)) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void keepNext(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
    }

    private XWPFParagraph rightLine(String text, double charsFromRight) {
        XWPFParagraph p = doc.createParagraph();
        style(p, BODY_STYLE);
        spacing(p, layout.linePitch());
        p.setAlignment(ParagraphAlignment.RIGHT);
        CTInd ind = ind(p);
        ind.setFirstLine(BigInteger.ZERO);
        ind.setRight(BigInteger.valueOf(Math.round(charsFromRight * charPitchTwips())));
        text(p, text, layout.bodyFont(), layout.bodySize(), false).setCharacterSpacing(bodyCondense());
        return p;
    }

    /** The width of a body character in twips (16 pt condensed to the 28-a-line pitch). */
    private double charPitchTwips() {
        return layout.bodySize() * 20 + bodyCondense();
    }

    /**
     * Width of text in body characters: a Chinese character is one, a digit or Latin letter half of one; the quotation
     * marks “”‘’, dashes and …, which Chinese fonts draw a character wide, one.
     */
    static double widthInChars(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += fullWidth(text.charAt(i)) ? 1 : 0.5;
        }
        return w;
    }

    /** Whether Chinese fonts draw {@code c} a character wide: Chinese text and marks, “”‘’, dashes, … and ·. */
    static boolean fullWidth(char c) {
        return c >= 0x2E80 || c >= 0x2010 && c <= 0x2027 || c == 0x00B7;
    }

    /** The lines {@code text} in {@code size} points fills across the type area (0 for none). */
    static double linesAcross(String text, double size, PageLayout layout) {
        return Math.ceil(widthInChars(text) * size / layout.textWidthPoints());
    }

    private void photo(ReportDocument.Photo photo, double scale) throws IOException {
        byte[] bytes = Files.readAllBytes(photo.file());
        java.awt.image.BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        if (img == null) {
            return;
        }
        String name = photo.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        PictureType type = name.endsWith(".png") ? PictureType.PNG : name.endsWith(".gif") ? PictureType.GIF
                : name.endsWith(".bmp") ? PictureType.BMP : PictureType.JPEG;
        double[] size = photoMm(img.getWidth(), img.getHeight());
        picture(bytes, type, name, size[0] * scale, size[1] * scale);
        caption(photo.caption());
    }

    /** A photo's width and height on the page in millimetres: 80 % of the type area's width, at most 130 by 110 mm. */
    private double[] photoMm(int widthPx, int heightPx) {
        double widthMm = Math.min(layout.textWidthMm() * 0.8, 130);
        double heightMm = widthMm * heightPx / widthPx;
        if (heightMm > 110) {
            widthMm = widthMm * 110 / heightMm;
            heightMm = 110;
        }
        return new double[] {widthMm, heightMm};
    }

    private double chartWidthMm() {
        return Math.min(layout.textWidthMm(), 150);
    }

    /**
     * The height in points a chart or photo takes with its caption, its picture at {@code scale} of its size (for
     * {@link FigureFlow}): the picture's paragraph
     * with its space before, the caption line and its space after (as measured in LibreOffice's PDF); 0 for a photo whose picture cannot be read (it is not
     * written). A photo's size is read from its file's header, without decoding the picture.
     */
    private double figurePoints(Block b, double scale) {
        double heightMm;
        String caption;
        if (b instanceof ReportDocument.Chart c) {
            heightMm = chartWidthMm() * CHART_HEIGHT_PX / CHART_WIDTH_PX;
            caption = "图10　" + c.caption();
        } else if (b instanceof ReportDocument.Photo p) {
            int[] px = pictureSize(p.file());
            if (px == null) {
                return 0;
            }
            heightMm = photoMm(px[0], px[1])[1];
            caption = p.caption() == null ? "" : p.caption();
        } else {
            return 0;
        }
        double captionLines = Math.max(1, linesAcross(caption, layout.captionSize(), layout));
        // the picture's line is as high as the picture and the font's descent below it (~5 pt in LibreOffice's PDF)
        return 6 + scale * heightMm / 25.4 * 72 + 5 + captionLines * layout.linePitch() + 6;
    }

    /** Width and height in pixels from the picture file's header; null when it cannot be read. */
    private static int[] pictureSize(java.nio.file.Path file) {
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            javax.imageio.ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void chart(ReportDocument.Chart c, double scale) throws IOException {
        byte[] png = drawn.get(c.spec());
        if (png == null) {
            png = Charts.png(c.spec(), CHART_WIDTH_PX, CHART_HEIGHT_PX);
        }
        double widthMm = chartWidthMm() * scale;
        picture(png, PictureType.PNG, "chart" + (figureNo + 1) + ".png", widthMm, widthMm * CHART_HEIGHT_PX / CHART_WIDTH_PX);
        figureNo++;
        caption("图" + figureNo + "　" + c.caption());
    }

    private void picture(byte[] bytes, PictureType type, String name, double widthMm, double heightMm) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        p.setSpacingBefore(120);
        XWPFRun r = p.createRun();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            r.addPicture(in, type, name, Units.toEMU(widthMm / 25.4 * 72), Units.toEMU(heightMm / 25.4 * 72));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("图片格式无法写入 Word：" + name, e);
        }
    }

    private void caption(String text) {
        XWPFParagraph p = doc.createParagraph();
        style(p, CAPTION_STYLE);
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, layout.linePitch());
        p.setSpacingAfter(120);
        text(p, text, layout.captionFont(), layout.captionSize(), false);
    }

    private void table(ReportDocument.Table t) {
        int cols = t.header().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        table.setTableAlignment(TableRowAlign.CENTER);
        long total = PageLayout.twipsOfMm(layout.textWidthMm());
        CTTblWidth tw = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        int weight = t.widths().stream().mapToInt(Integer::intValue).sum();
        // the column grid the schema requires of every table (without it python-docx refuses the file)
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cols; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(weight == 0 ? total / cols : total * t.widths().get(c) / weight));
        }
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = r == 0 ? t.header() : t.rows().get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            // no row alone at a page's foot or head: the header goes with the first two rows, the last row with the one
            // before it (Word and LibreOffice keep a row whose paragraphs are kept with the next)
            int last = t.rows().size();
            boolean keep = r < last && (r <= 1 || r == last - 1);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                long w = weight == 0 ? total / cols : total * t.widths().get(c) / weight;
                cell.setWidth(String.valueOf(w));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                if (r == 0) {
                    cell.setColor("EDEDED");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                spacing(p, layout.tableLine());
                if (keep) {
                    keepNext(p);
                }
                String value = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
                text(p, value, layout.tableFont(), layout.tableSize(), r == 0);
            }
        }
        XWPFParagraph after = doc.createParagraph();
        spacing(after, layout.tableLine());
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        style(p, BODY_STYLE);
        spacing(p, layout.linePitch());
        CTInd ind = ind(p);
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(Math.round(layout.bodySize() * 20 * 2)));
        return p;
    }

    private static void spacing(XWPFParagraph p, double points) {
        p.setSpacingBetween(points, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
    }

    private static CTInd ind(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
    }

    private static XWPFRun text(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = run(p, font, size, bold);
        r.setText(text);
        return r;
    }

    /** A run whose fonts are set for every script (East Asian first); Chinese is tagged zh-CN, Latin text en-US. */
    private static XWPFRun run(XWPFParagraph p, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(font, XWPFRun.FontCharRange.cs);
        r.setFontSize(size);
        if (bold) {
            r.setBold(true);
        }
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setEastAsia(LANG);
        lang.setVal(LATIN_LANG);
        return r;
    }
}
