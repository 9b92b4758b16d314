package org.partydesk.office.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.partydesk.logic.reports.ChartSpec;

/**
 * Bar charts for reports, drawn with JFreeChart into PNG images (flat bars, a CJK font that the machine
 * has, integer ticks). Rendering runs headless; it needs no window.
 */
public final class Charts {
    private static final Color[] PALETTE = {new Color(0xC8, 0x10, 0x2E), new Color(0xE8, 0x8A, 0x1A),
            new Color(0x2E, 0x7D, 0x32), new Color(0x15, 0x65, 0xC0), new Color(0x6A, 0x1B, 0x9A),
            new Color(0x00, 0x83, 0x8F), new Color(0x8D, 0x6E, 0x63), new Color(0x54, 0x6E, 0x7A),
            new Color(0xAD, 0x14, 0x57)};
    private static final String FONT = cjkFont();

    private Charts() {
    }

    /** The chart as PNG bytes of {@code width} × {@code height} pixels. */
    public static byte[] png(ChartSpec spec, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, List<Integer>> s : spec.series().entrySet()) {
            for (int i = 0; i < spec.categories().size(); i++) {
                data.addValue(s.getValue().get(i), s.getKey(), spec.categories().get(i));
            }
        }
        boolean legend = spec.series().size() > 1;
        JFreeChart chart = spec.stacked()
                ? ChartFactory.createStackedBarChart(null, null, spec.valueAxis(), data, PlotOrientation.VERTICAL, legend, false, false)
                : ChartFactory.createBarChart(null, null, spec.valueAxis(), data, PlotOrientation.VERTICAL, legend, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        for (int i = 0; i < spec.series().size(); i++) {
            renderer.setSeriesPaint(i, i < spec.colors().size() ? Color.decode("#" + spec.colors().get(i))
                    : PALETTE[i % PALETTE.length]);
        }
        Font axisFont = new Font(FONT, Font.PLAIN, 24);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(axisFont);
        domain.setMaximumCategoryLabelLines(2);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(axisFont);
        range.setLabelFont(axisFont);
        // upright: a unit (个, 次, 人（个）次) turned on its side reads as a stray symbol
        range.setLabelAngle(Math.PI / 2);
        LegendTitle lt = chart.getLegend();
        if (lt != null) {
            lt.setItemFont(new Font(FONT, Font.PLAIN, 24));
            lt.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A font family with Chinese glyphs, if the machine has one (else the logical SansSerif). */
    private static String cjkFont() {
        String[] wanted = {"Noto Sans CJK SC", "Microsoft YaHei", "SimHei", "WenQuanYi Micro Hei", "Source Han Sans SC",
                "PingFang SC", "Noto Serif CJK SC"};
        try {
            java.util.Set<String> have = java.util.Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames());
            for (String f : wanted) {
                if (have.contains(f)) {
                    return f;
                }
            }
        } catch (java.awt.HeadlessException | Error e) {
            return Font.SANS_SERIF;
        }
        return Font.SANS_SERIF;
    }
}
