package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jjmask.design.PitchScan;
import org.jjmask.physics.Constants;
import org.jjmask.physics.ModelOptions;
import org.jjmask.physics.Prediction;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.XYStyler;

/**
 * Where the design sits among its neighbours ({@link PitchScan}): the transition temperatures and
 * E_J/E_C against pitch with the design marked, and the phase diagram of the model — R_N/R_Q
 * against E_J/E_C with the boundaries the predictor applies — with the scan's path and the design.
 */
final class AroundDesignCharts {

    static final Color DESIGN = new Color(0xc0, 0x39, 0x2b);
    static final Color SCAN = RtChart.CURVE;
    static final Color BOUNDARY = new Color(0x55, 0x5b, 0x66);
    /** The anomalous-metal band: light amber, its upper edge a darker line. */
    static final Color METAL = new Color(0xf6, 0xe3, 0xb4);
    static final Color METAL_EDGE = new Color(0xb7, 0x7f, 0x12);

    private AroundDesignCharts() {}

    /** T_c onset and T_BKT against pitch. */
    static PDFormXObject temperatures(PDDocument doc, ReportFonts fonts, PitchScan scan, double designPitchNm,
            Prediction design, int w, int h) throws IOException {
        List<PitchScan.Point> pts = scan.points();
        double[] a = pts.stream().mapToDouble(PitchScan.Point::pitchNm).toArray();
        XYChart chart = new XYChartBuilder().width(w).height(h).xAxisTitle("pitch a (nm), hole " + fmt(scan.holeDiameterNm())
                + " nm").yAxisTitle("temperature (K)").build();
        XYStyler s = chart.getStyler();
        Charts.style(s);
        s.setXAxisMin(a[0]);
        s.setXAxisMax(a[a.length - 1]);
        s.setYAxisMin(0.0);
        s.setYAxisMax(1.08 * Math.max(design.tcOnsetK(), pts.stream().mapToDouble(PitchScan.Point::tcOnsetK).max()
                .orElse(1)));
        // XChart restarts the dash at every segment: on 30 even segments the line reads dashed, as in the key
        double[][] tc = even(a, pts.stream().mapToDouble(PitchScan.Point::tcOnsetK).toArray(), 30);
        Charts.line(chart, "Tc", tc[0], tc[1], RtChart.TC, true);
        Charts.line(chart, "TBKT", a, pts.stream().mapToDouble(PitchScan.Point::tbktK).toArray(), RtChart.TBKT, false);
        Charts.point(chart, "design", designPitchNm, design.tbktK(), DESIGN);
        s.setMarkerSize(7);
        return Charts.render(doc, fonts, chart, w, h);
    }

    /**
     * Where charging acts, on R_N/R_Q = x for this design: the dissipation α(x) = R_th/R_S of the
     * junction's stated shunt, R_S the necks' quasiparticle resistance R_N/(σ₁/σ_n) in parallel with
     * R_env ({@link org.jjmask.physics.Dissipation}; Mattis &amp; Bardeen, Phys. Rev. 111, 412 (1958)),
     * σ₁/σ_n the design's own at ħω = 4E_C (it does not depend on R_N); charging acts as (1 − α)E_C
     * (Schmid 1983; Chakravarty et al. 1988).
     */
    record Charging(double thresholdRq, double shuntFraction, double environmentAlpha) {
        static Charging of(Prediction design, ModelOptions model) {
            double th = model.dissipativeThresholdOhm() / Constants.RQ;
            double env = Double.isFinite(model.environmentOhm()) ? model.dissipativeThresholdOhm() / model.environmentOhm() : 0;
            return new Charging(th, design.phaseModel().shuntFraction(), env);
        }

        /** 1 − α at x, at least 0. */
        double factor(double x) {
            return Math.max(0, 1 - shuntFraction * thresholdRq / x - environmentAlpha);
        }

        /** The R_N/R_Q below which the shunt screens charging entirely (α = 1); 0 when it never does. */
        double screenedBelow() {
            return environmentAlpha >= 1 ? Double.POSITIVE_INFINITY : shuntFraction * thresholdRq / (1 - environmentAlpha);
        }
    }

    /**
     * The predictor's phase boundaries on R_N/R_Q (x) against E_J/E_C (y), both logarithmic, at the
     * base temperature with this design's shunt ({@link Charging}): coherence needs
     * E_J/E_C &gt; κ(1 − α(x)); where it fails the array is an insulator (Hollen et al., PRB 84, 064528
     * (2011)). With dissipative phase slips the band above the boundary is where the charge slips
     * alone keep R_sat ≥ 10⁻³ R_□,eff ({@link #metalEdge}); the vortex and normal-neck parts of R_sat
     * depend on the necks' widths, not on this plane, and only add to it.
     */
    static PDFormXObject phaseDiagram(PDDocument doc, ReportFonts fonts, PitchScan scan, Prediction design,
            ModelOptions model, int w, int h) throws IOException {
        double rq = Constants.RQ;
        Charging q = Charging.of(design, model);
        double[] x = scan.points().stream().mapToDouble(p -> p.rnOhm() / rq).toArray();
        double[] y = scan.points().stream().mapToDouble(p -> clamp(p.ejOverEc())).toArray();
        double dx = design.rnOhm() / rq;
        double dy = clamp(design.ejOverEc());
        double lo = Math.min(min(x), dx);
        double hi = Math.max(max(x), dx);
        double th = q.screenedBelow();
        // the screening edge is drawn only when it lies within three decades of the design's resistances
        boolean edgeShown = th >= 1e-6 && th > lo / 1e3 && th < hi * 1e3;
        double xMin = decadeBelow((edgeShown ? Math.min(lo, th) : lo) / 3);
        double xMax = decadeAbove((edgeShown ? Math.max(hi, th) : hi) * 3);
        boolean slips = model.anomalousMetal() instanceof org.jjmask.physics.AnomalousMetal.DissipativePhaseSlips;
        if (slips && edgeShown && metalEdge(model, q, th * 100) > 1) {
            // room for the anomalous-metal band and its label right of the edge: it is thin (under a decade)
            xMax = Math.max(xMax, decadeAbove(th * 300));
            xMin = Math.min(xMin, decadeBelow(th / 300));
        }
        double kappa = model.criticalEjOverEc();
        double yMin = decadeBelow(Math.min(min(y), Math.min(dy, Math.max(kappa, 1e-3))) / 3);
        double yMax = decadeAbove(Math.max(max(y), dy) * 3);

        XYChart chart = new XYChartBuilder().width(w).height(h).xAxisTitle("R_{N} / R_{Q}").yAxisTitle("E_{J} / E_{C}").build();
        XYStyler s = chart.getStyler();
        Charts.style(s);
        s.setXAxisLogarithmic(true);
        s.setYAxisLogarithmic(true);
        s.setXAxisMin(xMin);
        s.setXAxisMax(xMax);
        s.setYAxisMin(yMin);
        s.setYAxisMax(yMax);
        Charts.powersOfTen(s, xMax / xMin > 1e4, yMax / yMin > 1e4);
        // the coherence boundary κ(1 − α(x)); below the axis it is off the plot
        int n = 120;
        double start = edgeShown ? Math.max(xMin, th) : xMin;
        double[] bx = new double[n];
        double[] by = new double[n];
        for (int k = 0; k < n; k++) {
            bx[k] = start * Math.pow(xMax / start, (k + 1.0) / n);
            by[k] = Math.max(yMin, kappa * q.factor(bx[k]));
        }
        double[][] metal = slips ? metalBand(model, q, start, xMax) : null;
        if (metal != null) {
            // filled to the axis, then the insulator's part below E_J = E_C painted white again: the band is what is left
            org.knowm.xchart.XYSeries band = chart.addSeries("anomalous metal", metal[0], metal[1]);
            band.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Area);
            band.setFillColor(METAL);
            band.setLineColor(METAL_EDGE);
            band.setLineStyle(new java.awt.BasicStroke(0.8f));
            band.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
            org.knowm.xchart.XYSeries below = chart.addSeries("insulator area", new double[] {metal[0][0], xMax},
                    new double[] {1, 1});
            below.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Area);
            below.setFillColor(Color.WHITE);
            below.setLineColor(BOUNDARY);
            below.setLineStyle(new java.awt.BasicStroke(0.6f));
            below.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        }
        if (kappa > 0 && start < xMax) {
            Charts.line(chart, "coherence", bx, by, BOUNDARY, false);
        }
        if (edgeShown && th > xMin && th < xMax) {
            Charts.line(chart, "threshold", new double[] {th, th}, new double[] {yMin, yMax}, BOUNDARY, true);
        }
        Charts.line(chart, "scan", x, y, SCAN, false);
        Charts.point(chart, "design", dx, dy, DESIGN);
        double scLeft = edgeShown ? xMin : start;
        chart.addAnnotation(new AnnotationText("superconductor", Math.sqrt(scLeft * (edgeShown ? Math.min(th, xMax) : xMax)),
                Math.sqrt(Math.max(yMin, Math.max(1, kappa)) * yMax), false));
        double yBoundary = kappa * q.factor(xMax);
        if (start < xMax && yMin < yBoundary) {
            // in the insulator's corner, well below the coherence boundary (not on it)
            double xi = start * Math.pow(xMax / start, 0.6);
            chart.addAnnotation(new AnnotationText("insulator", xi,
                    yMin * Math.pow(Math.max(yMin, kappa * q.factor(xi)) / yMin, 0.3), false));
        }
        if (metal != null) {
            int k = metal[0].length - 1;
            double xm = metal[0][0] * Math.pow(metal[0][k] / metal[0][0], 0.6);
            double ym = Math.sqrt(Math.max(1, metalEdge(model, q, xm)));
            chart.addAnnotation(new AnnotationText("anomalous metal", xm, ym, false));
        }
        s.setMarkerSize(7);
        return Charts.render(doc, fonts, chart, w, h);
    }

    /**
     * The band of dissipative phase slips' charge part at low temperature: a coherent array
     * (E_J &gt; E_C, not an insulator) keeps A·exp(−√(8E_J/((1 − α)E_C))) ≥ 10⁻³ — the predictor's
     * superconductor criterion on R_sat/R_□,eff — while E_J/E_C &lt; (ln(10³A))²/8 · (1 − α(x))
     * [matveev-larkin-glazman-2002; kapitulnik-kivelson-spivak-2019]. Returns its upper edge from
     * where it leaves E_J = E_C to the axis' end, or null when it never rises above E_J = E_C.
     */
    static double[][] metalBand(ModelOptions model, Charging q, double from, double xMax) {
        if (!(from > 0) || from >= xMax) {
            return null;
        }
        int n = 120;
        List<double[]> pts = new java.util.ArrayList<>();
        for (int k = 0; k <= n; k++) {
            double xi = from * Math.pow(xMax / from, (double) k / n);
            double yi = metalEdge(model, q, xi);
            if (yi > 1) {
                pts.add(new double[] {xi, yi});
            }
        }
        if (pts.size() < 2) {
            return null;
        }
        // start on E_J = E_C so the band closes there
        double[][] out = new double[2][pts.size() + 1];
        out[0][0] = pts.get(0)[0];
        out[1][0] = 1;
        for (int i = 0; i < pts.size(); i++) {
            out[0][i + 1] = pts.get(i)[0];
            out[1][i + 1] = pts.get(i)[1];
        }
        return out;
    }

    /** E_J/E_C at which the charge slips alone give R_sat = 10⁻³ R_□,eff, at R_N/R_Q = {@code x} (see {@link #metalBand}). */
    static double metalEdge(ModelOptions model, Charging q, double x) {
        double s = Math.log(model.phaseSlipScale() / org.jjmask.physics.Predictor.SUPERCONDUCTOR_RSAT_FRACTION);
        return s > 0 ? s * s / 8 * q.factor(x) : 0;
    }

    /** {@code y(x)} resampled at {@code n} evenly spaced x by linear interpolation (x increasing). */
    static double[][] even(double[] x, double[] y, int n) {
        double[] ex = new double[n];
        double[] ey = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[0] + (x[x.length - 1] - x[0]) * i / (n - 1);
            while (k < x.length - 2 && x[k + 1] < xi) {
                k++;
            }
            double t = x[k + 1] == x[k] ? 0 : (xi - x[k]) / (x[k + 1] - x[k]);
            ex[i] = xi;
            ey[i] = y[k] + Math.max(0, Math.min(1, t)) * (y[k + 1] - y[k]);
        }
        return new double[][] {ex, ey};
    }

    /** E_J/E_C on a log axis: infinite (no charging) drawn at a large finite value. */
    private static double clamp(double v) {
        return Double.isFinite(v) && v > 0 ? Math.min(v, 1e12) : 1e12;
    }

    private static double min(double[] v) {
        double m = Double.MAX_VALUE;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = -Double.MAX_VALUE;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }

    private static double decadeBelow(double v) {
        return Math.pow(10, Math.floor(Math.log10(v)));
    }

    private static double decadeAbove(double v) {
        return Math.pow(10, Math.ceil(Math.log10(v)));
    }

    private static String fmt(double v) {
        return org.jjmask.design.Numbers.format(v);
    }
}
