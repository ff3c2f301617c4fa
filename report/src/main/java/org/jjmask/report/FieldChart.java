package org.jjmask.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A plain line chart for the field page, drawn by XChart into a PDF form XObject through
 * pdfbox-graphics2d as {@link RtChart} is: vector paths, no raster, no legend inside the plot (the
 * page sets the key as text). Series are added in drawing order; the axes are linear with fixed
 * ranges so the same numbers always give the same drawing.
 */
final class FieldChart {

    /** One line: points, colour, dashed or solid, width. */
    record Series(String name, double[] x, double[] y, Color color, boolean dashed, float width) {}

    private final String xTitle;
    private final String yTitle;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final List<Series> series = new ArrayList<>();

    FieldChart(String xTitle, String yTitle, double xMin, double xMax, double yMin, double yMax) {
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
    }

    FieldChart line(String name, double[] x, double[] y, Color color, boolean dashed, float width) {
        if (x.length >= 2) {
            series.add(new Series(name, x, y, color, dashed, width));
        }
        return this;
    }

    /** A vertical marker line at x over the whole y range, when x is inside the axis. */
    FieldChart vertical(String name, double x, Color color, boolean dashed) {
        if (Double.isFinite(x) && x >= xMin && x <= xMax) {
            series.add(new Series(name, new double[] {x, x}, new double[] {yMin, yMax}, color, dashed, 0.9f));
        }
        return this;
    }

    /** A horizontal marker line at y over the whole x range. */
    FieldChart horizontal(String name, double y, Color color, boolean dashed) {
        if (Double.isFinite(y) && y >= yMin && y <= yMax) {
            series.add(new Series(name, new double[] {xMin, xMax}, new double[] {y, y}, color, dashed, 0.9f));
        }
        return this;
    }

    PDFormXObject render(PDDocument doc, ReportFonts fonts, int w, int h) throws IOException {
        XYChart chart = new XYChartBuilder().width(w).height(h).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart.getStyler());
        for (Series s : series) {
            XYSeries xy = chart.addSeries(s.name(), s.x(), s.y());
            xy.setMarker(SeriesMarkers.NONE);
            xy.setLineColor(s.color());
            xy.setLineStyle(s.dashed() ? Charts.dashed(s.width()) : new BasicStroke(s.width()));
        }
        if (series.isEmpty()) {
            chart.addSeries("empty", new double[] {xMin, xMax}, new double[] {yMin, yMin}).setMarker(SeriesMarkers.NONE);
        }
        return Charts.render(doc, fonts, chart, w, h);
    }

    private void style(XYStyler s) {
        Charts.style(s);
        s.setXAxisMin(xMin);
        s.setXAxisMax(xMax);
        s.setYAxisMin(yMin);
        s.setYAxisMax(yMax);
    }
}
