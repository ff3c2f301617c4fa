package org.jjmask.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jjmask.design.Numbers;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.RtPoint;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The predicted R□(T) on a logarithmic resistance axis with T_c onset and T_BKT marked, drawn by
 * XChart into a PDF form XObject through pdfbox-graphics2d: vector paths, no raster.
 */
final class RtChart {

    static final Color CURVE = new Color(0x1f, 0x4e, 0x79);
    static final Color TC = new Color(0xc0, 0x39, 0x2b);
    static final Color TBKT = new Color(0x1e, 0x6b, 0x33);
    static final Color TBKT_FILM = new Color(0x8a, 0x8f, 0x96);
    /** The axis spans at most this many decades below the normal state; lower values sit on the floor. */
    private static final int DECADES = 6;

    private RtChart() {}

    /** What the chart could show: the curve points on the axis and the axis range. */
    record Data(double[] t, double[] r, double yMin, double yMax, boolean logarithmic, int belowAxis) {}

    static Data data(List<RtPoint> points) {
        double rMax = points.stream().mapToDouble(RtPoint::sheetResistanceOhm).filter(Double::isFinite).max()
                .orElse(0);
        double rMinPos = points.stream().mapToDouble(RtPoint::sheetResistanceOhm).filter(v -> v > 0 && Double.isFinite(v))
                .min().orElse(0);
        if (rMax <= 0) {
            return linear(points);
        }
        double top = Math.pow(10, Math.ceil(Math.log10(rMax * 1.05)));
        double floor = Math.max(Math.pow(10, Math.floor(Math.log10(rMinPos))), top / Math.pow(10, DECADES));
        List<double[]> kept = new ArrayList<>();
        int below = 0;
        for (RtPoint p : points) {
            if (p.sheetResistanceOhm() >= floor && Double.isFinite(p.sheetResistanceOhm())) {
                kept.add(new double[] {p.temperatureK(), p.sheetResistanceOhm()});
            } else {
                below++;
            }
        }
        if (kept.size() < 2) {
            return linear(points);
        }
        return new Data(kept.stream().mapToDouble(p -> p[0]).toArray(), kept.stream().mapToDouble(p -> p[1]).toArray(),
                floor, top, true, below);
    }

    private static Data linear(List<RtPoint> points) {
        double[] t = points.stream().mapToDouble(RtPoint::temperatureK).toArray();
        double[] r = points.stream().mapToDouble(RtPoint::sheetResistanceOhm).toArray();
        double max = 0;
        for (double v : r) {
            max = Math.max(max, v);
        }
        return new Data(t, r, 0, max > 0 ? max * 1.1 : 1, false, 0);
    }

    /** One line of the legend, drawn by the page as text so that it can be read and searched. */
    record Line(String label, Color color, boolean dashed) {}

    /** The curve and the marked temperatures, in the order they are drawn. */
    static List<Line> legend(org.jjmask.design.DesignResult r) {
        Prediction p = r.prediction();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("R_{□}(T), predicted", CURVE, false));
        if (marks(p.tcOnsetK())) {
            lines.add(new Line("onset T_{c} " + Shown.value(r, org.jjmask.design.Quantity.TC_ONSET) + " K", TC, false));
        }
        if (marks(p.tbktK())) {
            lines.add(new Line("T_{BKT} array " + Shown.value(r, org.jjmask.design.Quantity.TBKT) + " K", TBKT, false));
        }
        if (marks(p.tbktFilmK())) {
            lines.add(new Line("T_{BKT} film " + Shown.value(r, org.jjmask.design.Quantity.TBKT_FILM) + " K", TBKT_FILM, true));
        }
        return lines;
    }

    /**
     * The temperatures worth a closer look: from below the lower T_BKT to above T_c onset, or null
     * when the transition already fills most of the full range.
     */
    static double[] transitionWindow(Prediction p, Data d) {
        double tc = p.tcOnsetK();
        double low = tc;
        for (double t : new double[] {p.tbktK(), p.tbktFilmK()}) {
            if (marks(t)) {
                low = Math.min(low, t);
            }
        }
        double span = Math.max(tc - low, 0.1 * tc);
        double step = Viewport.niceStep(2.2 * span / 5);
        double lo = Math.max(0, Math.floor((low - 0.6 * span) / step) * step);
        double hi = Math.ceil((tc + 0.6 * span) / step) * step;
        double full = d.t()[d.t().length - 1] - Math.min(0, d.t()[0]);
        return !marks(tc) || hi - lo > 0.5 * full ? null : new double[] {lo, hi};
    }

    /**
     * Renders the chart over temperatures [tMin, tMax] as a form of {@code w × h} points; null when
     * there is no curve to draw.
     */
    static PDFormXObject render(PDDocument doc, ReportFonts fonts, Prediction p, Data d, double tMin, double tMax,
            int w, int h) throws IOException {
        if (d.t().length < 2) {
            return null;
        }
        // the points inside the range plus one on each side, so the line runs to the frame
        int i0 = 0;
        int i1 = d.t().length - 1;
        while (i0 < i1 && d.t()[i0 + 1] < tMin) {
            i0++;
        }
        while (i1 > i0 && d.t()[i1 - 1] > tMax) {
            i1--;
        }
        XYChart chart = new XYChartBuilder().width(w).height(h).xAxisTitle("temperature T (K)")
                .yAxisTitle("sheet resistance R_{□} (Ω)").build();
        style(chart.getStyler(), d, tMin, tMax);
        XYSeries curve = chart.addSeries("R", Arrays.copyOfRange(d.t(), i0, i1 + 1),
                Arrays.copyOfRange(d.r(), i0, i1 + 1));
        curve.setMarker(SeriesMarkers.NONE);
        curve.setLineColor(CURVE);
        curve.setLineStyle(new BasicStroke(1.6f));
        vertical(chart, "Tc", p.tcOnsetK(), d, TC, false, tMin, tMax);
        vertical(chart, "TBKT", p.tbktK(), d, TBKT, false, tMin, tMax);
        vertical(chart, "TBKT film", p.tbktFilmK(), d, TBKT_FILM, true, tMin, tMax);
        return Charts.render(doc, fonts, chart, w, h);
    }

    private static boolean marks(double t) {
        return Double.isFinite(t) && t > 0;
    }

    private static void vertical(XYChart chart, String name, double t, Data d, Color color, boolean dashed,
            double tMin, double tMax) {
        if (!marks(t) || t < tMin || t > tMax) {
            return;
        }
        XYSeries s = chart.addSeries(name, new double[] {t, t}, new double[] {d.yMin(), d.yMax()});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(dashed ? Charts.dashed(1.1f) : new BasicStroke(1.1f));
    }

    private static void style(XYStyler s, Data d, double tMin, double tMax) {
        Charts.style(s);
        s.setXAxisMin(tMin);
        s.setXAxisMax(tMax);
        s.setYAxisLogarithmic(d.logarithmic());
        s.setYAxisMin(d.yMin());
        s.setYAxisMax(d.yMax());
    }
}
