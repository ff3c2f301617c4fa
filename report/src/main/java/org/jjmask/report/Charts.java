package org.jjmask.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** What every XChart figure of the report shares: the house style and the vector rendering into a PDF form. */
final class Charts {

    private Charts() {}

    /** White plot, muted frame, the report's fonts, no title or legend (the page writes the key as text). */
    static void style(XYStyler s) {
        s.setLocale(Locale.ROOT);
        s.setChartTitleVisible(false);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(Style.MUTED);
        s.setChartFontColor(Style.INK);
        s.setAxisTickLabelsColor(Style.INK);
        s.setChartPadding(4);
        s.setBaseFont(ReportFonts.awt(false, 9));
        s.setAxisTitleFont(ReportFonts.awt(false, 9.5f));
        s.setAxisTickLabelsFont(ReportFonts.awt(false, 8.5f));
        s.setAnnotationTextFont(ReportFonts.awt(false, 8f));
        s.setAnnotationTextFontColor(Style.MUTED);
        s.setLegendVisible(false);
        s.setPlotGridLinesColor(new Color(0xee, 0xf0, 0xf3));
        s.setPlotGridLinesStroke(new BasicStroke(0.5f));
        s.setMarkerSize(0);
        s.setXAxisTitleVisible(true);
        s.setYAxisTitleVisible(true);
    }

    /**
     * Decade ticks of a logarithmic axis all as powers of ten (10⁻¹ … 10⁵): XChart writes 1000 but 1E4,
     * a change of notation along one axis. Used where an axis spans more than four decades.
     */
    static void powersOfTen(XYStyler s, boolean xAxis, boolean yAxis) {
        if (xAxis) {
            s.setxAxisTickLabelsFormattingFunction(Charts::powerOfTen);
        }
        if (yAxis) {
            s.setyAxisTickLabelsFormattingFunction(Charts::powerOfTen);
        }
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** 10ⁿ for a decade, the plain number otherwise (a log axis labels only decades). */
    static String powerOfTen(Double v) {
        if (v == null || !(v > 0)) {
            return "";
        }
        double e = Math.log10(v);
        long n = Math.round(e);
        if (Math.abs(e - n) > 1e-9) {
            return org.jjmask.design.Numbers.format(v);
        }
        StringBuilder b = new StringBuilder("10");
        if (n < 0) {
            b.append('⁻');
        }
        for (char c : Long.toString(Math.abs(n)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** A line series without markers. */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, boolean dashed) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(dashed ? dashed(1.1f) : new BasicStroke(1.4f));
        return s;
    }

    /** The report's dashed line, {@code width} points wide: 4 on, 3 off. */
    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0);
    }

    /** One marked point (the design), a filled diamond. */
    static void point(XYChart chart, String name, double x, double y, Color color) {
        XYSeries s = chart.addSeries(name, new double[] {x}, new double[] {y});
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(color);
        s.setLineStyle(new BasicStroke(0f));
        s.setLineColor(new Color(0, 0, 0, 0));
    }

    /**
     * The chart as a vector form XObject of {@code w × h} points. Axis titles in the report's markup
     * ({@code E_{J} / E_{C}}) are typeset here: XChart's titles are plain strings, and Unicode has no
     * subscript J, C, N or BKT, so the chart is drawn without titles in the space left beside and
     * under it and the titles are set with real sub- and superscripts.
     */
    static PDFormXObject render(PDDocument doc, ReportFonts fonts, XYChart chart, int w, int h) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        g.setFontTextDrawer(new ChartFontDrawer(fonts));
        String xTitle = chart.getXAxisTitle();
        String yTitle = chart.getYAxisTitle();
        boolean typeset = isMarkup(xTitle) || isMarkup(yTitle);
        try {
            if (!typeset) {
                chart.paint(g, w, h);
            } else {
                float size = 9.5f;
                int left = Math.round(size * 1.6f);
                int bottom = Math.round(size * 1.6f);
                chart.getStyler().setXAxisTitleVisible(false);
                chart.getStyler().setYAxisTitleVisible(false);
                java.awt.Graphics2D inner = (java.awt.Graphics2D) g.create();
                inner.translate(left, 0);
                chart.paint(inner, w - left, h - bottom);
                inner.dispose();
                g.setColor(Style.INK);
                // centred on the plot, which starts after the y tick labels (about 3 em) and ends at the padding
                float plotLeft = left + 3 * size;
                float xCentre = (plotLeft + w) / 2;
                drawMarkup(g, xTitle, xCentre - markupWidth(g, xTitle, size) / 2, h - size * 0.45f, size);
                java.awt.geom.AffineTransform t = g.getTransform();
                g.rotate(-Math.PI / 2);
                float yCentre = (h - bottom - 2 * size) / 2f;
                drawMarkup(g, yTitle, -yCentre - markupWidth(g, yTitle, size) / 2, size * 1.05f, size);
                g.setTransform(t);
            }
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    private static boolean isMarkup(String s) {
        return s != null && (s.contains("_{") || s.contains("^{"));
    }

    /** Draws {@code markup}'s runs from (x, y): sub- and superscripts smaller and shifted, as on the page. */
    private static void drawMarkup(java.awt.Graphics2D g, String markup, float x, float y, float size) {
        for (String[] run : runs(markup)) {
            float s = run[1].isEmpty() ? size : size * 0.72f;
            float rise = run[1].equals("_") ? 0.22f * size : run[1].equals("^") ? -0.38f * size : 0;
            g.setFont(ReportFonts.awt(false, s));
            g.drawString(run[0], x, y + rise);
            x += g.getFontMetrics().getStringBounds(run[0], g).getWidth();
        }
    }

    private static float markupWidth(java.awt.Graphics2D g, String markup, float size) {
        float w = 0;
        for (String[] run : runs(markup)) {
            java.awt.Font f = ReportFonts.awt(false, run[1].isEmpty() ? size : size * 0.72f);
            w += (float) f.getStringBounds(run[0], g.getFontRenderContext()).getWidth();
        }
        return w;
    }

    /** {@code markup} as runs of {text, "" | "_" | "^"}. */
    private static java.util.List<String[]> runs(String markup) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            int close = markup.indexOf('}', i);
            if ((c == '_' || c == '^') && i + 1 < markup.length() && markup.charAt(i + 1) == '{' && close > i) {
                if (plain.length() > 0) {
                    out.add(new String[] {plain.toString(), ""});
                    plain.setLength(0);
                }
                out.add(new String[] {markup.substring(i + 2, close), String.valueOf(c)});
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (plain.length() > 0) {
            out.add(new String[] {plain.toString(), ""});
        }
        return out;
    }

    /** The key under a chart, as page text that can be read and searched: a line sample and a label per series. */
    static void key(PageCanvas c, Pages pages, java.util.List<RtChart.Line> lines) throws IOException {
        float x = Pages.LEFT + 30;
        for (RtChart.Line line : lines) {
            float w = 22 + c.width(line.label(), Style.BODY);
            if (x + w > Pages.RIGHT) {  // next row
                x = Pages.LEFT + 30;
                pages.y -= Style.BODY.leading() + 2;
            }
            c.cs.saveGraphicsState();
            c.cs.setStrokingColor(line.color());
            c.cs.setLineWidth(1.6f);
            if (line.dashed()) {
                c.cs.setLineDashPattern(new float[] {4, 3}, 0);
            }
            c.cs.moveTo(x, pages.y + 3);
            c.cs.lineTo(x + 18, pages.y + 3);
            c.cs.stroke();
            c.cs.restoreGraphicsState();
            c.text(x + 22, pages.y, line.label(), Style.BODY);
            x += w + 16;
        }
        pages.y -= Style.BODY.leading() + 6;
    }
}
