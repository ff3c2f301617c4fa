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

    /** The chart as a vector form XObject of {@code w × h} points. */
    static PDFormXObject render(PDDocument doc, ReportFonts fonts, XYChart chart, int w, int h) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        g.setFontTextDrawer(new ChartFontDrawer(fonts));
        try {
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
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
