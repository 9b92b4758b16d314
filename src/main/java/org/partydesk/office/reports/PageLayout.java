package org.partydesk.office.reports;

import org.partydesk.logic.reports.DocumentStyle;

/**
 * The measures of a document style. {@link #OFFICIAL} follows GB/T 9704-2012: A4, margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm (type area 156 × 225 mm), title 二号 方正小标宋简体, body 三号
 * 仿宋_GB2312 in 22 lines of 28 characters (fixed line pitch 225 mm / 22 = 28.95 pt), headings 黑体,
 * 楷体_GB2312 and bold 仿宋_GB2312, page numbers 四号 宋体. {@link #RECORD} ("纪实记录") is the compact
 * layout of records and quarterly reports: 四号 body with tables in 五号 宋体.
 */
record PageLayout(int topMm, int bottomMm, int leftMm, int rightMm, double footerMm,
                  String titleFont, double titleSize, String subtitleFont, double subtitleSize,
                  String bodyFont, double bodySize, double linePitch, int linesPerPage, int charsPerLine,
                  String[] headingFonts, boolean[] headingBold,
                  String captionFont, double captionSize, String tableFont, double tableSize, double tableLine,
                  String pageNumberFont, double pageNumberSize) {
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String FANGSONG = "仿宋_GB2312";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String SONGTI = "宋体";

    /**
     * The footer distance puts the dashes of "— N —" 7 mm below the type area (GB/T 9704 7.5): measured in the
     * PDF LibreOffice makes, 23 mm left them about 9.6 mm below it.
     */
    static final PageLayout OFFICIAL = new PageLayout(37, 35, 28, 26, 25.6,
            XIAOBIAOSONG, 22, KAITI, 16,
            FANGSONG, 16, 28.95, 22, 28,
            new String[] {HEITI, KAITI, FANGSONG, FANGSONG}, new boolean[] {false, false, true, false},
            KAITI, 14, SONGTI, 10.5, 16,
            SONGTI, 14);

    static final PageLayout RECORD = new PageLayout(30, 25, 26, 24, 15,
            HEITI, 18, KAITI, 14,
            FANGSONG, 14, 24, 0, 0,
            new String[] {HEITI, KAITI, FANGSONG, FANGSONG}, new boolean[] {false, false, true, false},
            KAITI, 12, SONGTI, 10.5, 15,
            SONGTI, 12);

    static PageLayout of(DocumentStyle style) {
        return style == DocumentStyle.OFFICIAL ? OFFICIAL : RECORD;
    }

    /** Width of the type area in millimetres (A4 is 210 mm wide). */
    int textWidthMm() {
        return 210 - leftMm - rightMm;
    }

    /** Width of the type area in points. */
    double textWidthPoints() {
        return textWidthMm() / 25.4 * 72;
    }

    static long twipsOfMm(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }
}
