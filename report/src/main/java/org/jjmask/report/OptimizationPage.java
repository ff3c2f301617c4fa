package org.jjmask.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jjmask.design.Evaluation;
import org.jjmask.design.Goal;
import org.jjmask.design.Numbers;
import org.jjmask.design.OptimizationOutcome;
import org.jjmask.design.OptimizationResult;
import org.jjmask.design.Optimizer;
import org.jjmask.design.Spec;
import org.jjmask.design.YieldAnalysis;
import org.jjmask.physics.Prediction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The optimisation page, only when {@code jjmask optimize} chose the design: the goals and how the
 * written design meets them, the trace (objective of every evaluated design, and where they lie in
 * pitch and hole diameter), and the yield Monte Carlo (distributions of R_N and T_BKT, the share of
 * draws meeting each goal). Charts by XChart as vectors, like {@link RtChart}.
 */
final class OptimizationPage {

    private static final int CHART_H = 200;
    private static final Color FEASIBLE = new Color(0x1f, 0x4e, 0x79);
    private static final Color INFEASIBLE = new Color(0xc0, 0x39, 0x2b);
    private static final Color BEST = new Color(0x1e, 0x6b, 0x33);
    /** Objectives are drawn on a logarithmic axis from this floor (an exact hit is 0). */
    private static final double FLOOR = 1e-6;

    private OptimizationPage() {}

    /** A goal's achieved value rounded as the summary table rounds the quantity (its interval's digits). */
    static String achieved(org.jjmask.design.DesignResult r, Goal.Quantity q, Prediction p) {
        return org.jjmask.design.Quantity.byKey(q.key()).map(k -> Shown.like(r, k, q.actual(p)))
                .orElse(Numbers.format(q.actual(p)));
    }

    static void draw(Pages pages, OptimizationOutcome o) throws IOException {
        OptimizationResult s = o.search();
        Spec.TargetSpec t = s.target();
        Prediction p = o.design().prediction();
        PageCanvas c = pages.newPage("Optimisation");
        Spec.FabricationSpec f = o.design().spec().fabrication();
        String limits = "min_feature_nm " + Numbers.format(f.minFeatureNm())
                + f.maxHoleNm().stream().mapToObj(m -> ", max_hole_nm " + Numbers.format(m)).findFirst().orElse("")
                + ", grid_nm " + Numbers.format(f.gridNm());
        pages.paragraph(String.format(Locale.ROOT, "%s: %d designs evaluated over %s (pitch %s to %s nm, hole "
                + "diameter %s to %s nm, lattices %s) under %s. The returned design (%s, pitch %s nm, holes %s nm) "
                + "%s; its numbers are those of the full design pass of %s.",
                o.met() ? "Every target met" : "Target not reached: the closest design that can be made is returned",
                s.trace().size(), String.join(", ", t.vary()), Numbers.format(t.pitchRangeNm().min()),
                Numbers.format(t.pitchRangeNm().max()), Numbers.format(t.holeDiameterRangeNm().min()),
                Numbers.format(t.holeDiameterRangeNm().max()), t.lattices().stream().map(org.jjmask.layout.LatticeType::specName).collect(java.util.stream.Collectors.joining(", ")), limits,
                o.design().spec().lattice().type().specName(), Numbers.format(o.design().spec().lattice().pitchNm()),
                Numbers.format(o.design().spec().lattice().holeDiameterNm()),
                o.met() ? "meets every goal" : "misses at least one goal", o.optimizedSpecName()),
                o.met() ? Style.BODY : Style.BODY.withColor(Style.BAD));
        pages.gap(4);

        QuantityTable table = new QuantityTable(pages);
        table.group("Goals (at T_base = " + Numbers.format(o.design().spec().conditions().baseTemperatureK()) + " K)");
        for (Goal g : t.goals()) {
            String yield = " · yield " + percent(o.yield().goalFraction().getOrDefault(g.key(), 0.0));
            if (g instanceof Goal.Quantity q) {
                table.row(q.key() + " " + Numbers.format(q.value()) + " ± " + Numbers.format(q.tolerance())
                        + (q.weight() != 1 ? " (weight " + Numbers.format(q.weight()) + ")" : ""),
                        achieved(o.design(), q, p), g.met(p) ? "met" : "missed", yield.substring(3),
                        !g.met(p));
            } else if (g instanceof Goal.PhaseIs ph) {
                table.row("phase " + ph.phase().jsonName(), p.phase().jsonName(), g.met(p) ? "met" : "missed", yield.substring(3),
                        !g.met(p));
            }
        }
        pages.gap(8);

        pages.need(CHART_H + 40);
        pages.canvas().text(Pages.LEFT, pages.y, "Trace", Style.SUBHEADING);
        pages.y -= Style.SUBHEADING.leading();
        int w = (int) ((Pages.WIDTH - 12) / 2);
        place(pages, c, traceChart(pages, s, w), Pages.LEFT, "objective of each evaluation (log scale)");
        place(pages, c, planeChart(pages, s, w), Pages.RIGHT - w, "the designs evaluated, pitch × hole diameter");
        pages.y -= CHART_H + 14;
        pages.rich("Blue: designs the process can make; red: a fabrication limit broken (drawn at the top of the "
                + "left panel); green: the returned design. Stages: a coarse scan, local searches (BOBYQA or Brent) "
                + "on a smooth model of the unit cell, then the written grid. Objective Σ weight × (miss / "
                + "tolerance)^{2}, 0 on every target; a wrong phase costs as much as 3 tolerances.", Style.SMALL);

        YieldAnalysis.Result y = o.yield();
        // the heading, its paragraph and the histograms stay together: a page must not end on the
        // heading and three lines with the charts overleaf (issue 12)
        pages.heading("Fabrication yield", CHART_H + 24 + 4 * Style.BODY.leading());
        pages.paragraph(String.format(Locale.ROOT, "%d seeded draws (seed %d) of the process spread: hole diameter σ "
                + "%s nm, position σ %s nm, edge damage %s ± %s nm. Yield (every goal met): %s. %d draws cut the film "
                + "apart.", y.samples(), y.seed(), Numbers.format(y.spread().diameterSigmaNm()),
                Numbers.format(y.spread().positionSigmaNm()), Numbers.format(y.spread().edgeDamageNm()),
                Numbers.format(y.spread().edgeDamageSigmaNm()), percent(y.yieldFraction()), y.disconnected()),
                Style.BODY);
        pages.gap(4);
        pages.need(CHART_H + 20);
        PageCanvas c2 = pages.canvas();
        place(pages, c2, histogram(pages, y.rnOhm(), "R_{N} per junction (Ω)", w), Pages.LEFT,
                "R_{N}: mean " + Numbers.format(y.rnOhm().mean()) + " Ω, σ " + Numbers.format(y.rnOhm().std()) + " Ω");
        place(pages, c2, histogram(pages, y.tbktK(), "T_{BKT} (K)", w), Pages.RIGHT - w,
                "T_{BKT}: mean " + Numbers.format(y.tbktK().mean()) + " K, σ " + Numbers.format(y.tbktK().std()) + " K");
        pages.y -= CHART_H + 14;
    }

    private static String percent(double f) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * f);
    }

    private static void place(Pages pages, PageCanvas c, PDFormXObject chart, float x, String caption)
            throws IOException {
        c.text(x + 4, pages.y, caption, Style.SMALL);
        c.cs.saveGraphicsState();
        c.cs.transform(Matrix.getTranslateInstance(x, pages.y - 6 - CHART_H));
        c.cs.drawForm(chart);
        c.cs.restoreGraphicsState();
    }

    private static PDFormXObject traceChart(Pages pages, OptimizationResult s, int w) throws IOException {
        XYChart chart = new XYChartBuilder().width(w).height(CHART_H).xAxisTitle("evaluation")
                .yAxisTitle("objective").build();
        style(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(true);
        double top = FLOOR * 10;
        for (Evaluation e : s.trace()) {
            if (e.feasible()) {
                top = Math.max(top, e.objective());
            }
        }
        top = Math.pow(10, Math.ceil(Math.log10(top * 10)));
        List<double[]> ok = new ArrayList<>();
        List<double[]> bad = new ArrayList<>();
        for (Evaluation e : s.trace()) {
            if (e.feasible() && e.objective() < Optimizer.INFEASIBLE) {
                ok.add(new double[] {e.index(), Math.max(FLOOR, e.objective())});
            } else {
                bad.add(new double[] {e.index(), top});
            }
        }
        chart.getStyler().setYAxisMin(FLOOR);
        chart.getStyler().setYAxisMax(top);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax((double) Math.max(1, s.trace().size()));
        scatter(chart, "feasible", ok, FEASIBLE, 3);
        scatter(chart, "infeasible", bad, INFEASIBLE, 3);
        s.best().ifPresent(b -> scatter(chart, "best", List.<double[]>of(new double[] {b.index(),
            Math.max(FLOOR, b.objective())}), BEST, 8));
        return render(pages, chart, w);
    }

    private static PDFormXObject planeChart(Pages pages, OptimizationResult s, int w) throws IOException {
        XYChart chart = new XYChartBuilder().width(w).height(CHART_H).xAxisTitle("pitch (nm)")
                .yAxisTitle("hole diameter (nm)").build();
        style(chart.getStyler());
        List<double[]> ok = new ArrayList<>();
        List<double[]> bad = new ArrayList<>();
        for (Evaluation e : s.trace()) {
            (e.feasible() ? ok : bad).add(new double[] {e.pitchNm(), e.holeDiameterNm()});
        }
        scatter(chart, "feasible", ok, FEASIBLE, 3);
        scatter(chart, "infeasible", bad, INFEASIBLE, 3);
        s.best().ifPresent(b -> scatter(chart, "best", List.<double[]>of(new double[] {b.pitchNm(),
            b.holeDiameterNm()}), BEST, 8));
        return render(pages, chart, w);
    }

    private static PDFormXObject histogram(Pages pages, YieldAnalysis.Distribution d, String axis, int w)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(w).height(CHART_H).xAxisTitle(axis).yAxisTitle("draws").build();
        style(chart.getStyler());
        double[] e = d.binEdges();
        int[] n = d.counts();
        double lo = e[0];
        double hi = e[e.length - 1];
        if (!(hi > lo)) {  // every draw the same: one bar a little wide
            double half = Math.max(Math.abs(lo) * 0.01, 1e-3);
            e = new double[] {lo - half, lo + half};
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        xs.add(e[0]);
        ys.add(0.0);
        for (int i = 0; i < n.length; i++) {
            xs.add(e[i]);
            ys.add((double) n[i]);
            xs.add(e[i + 1]);
            ys.add((double) n[i]);
        }
        xs.add(e[e.length - 1]);
        ys.add(0.0);
        XYSeries bars = chart.addSeries("draws", xs, ys);
        bars.setMarker(SeriesMarkers.NONE);
        bars.setLineColor(FEASIBLE);
        bars.setLineStyle(new BasicStroke(1.2f));
        chart.getStyler().setYAxisMin(0.0);
        // round axis ends and as many decimals as the tick step needs, not the bin edges' digits
        double step = Viewport.niceStep((e[e.length - 1] - e[0]) / 4);
        chart.getStyler().setXAxisMin(Math.floor(e[0] / step) * step);
        chart.getStyler().setXAxisMax(Math.ceil(e[e.length - 1] / step) * step);
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step)));
        chart.getStyler().setXAxisDecimalPattern(decimals == 0 ? "0" : "0." + "0".repeat(decimals));
        return render(pages, chart, w);
    }

    private static void scatter(XYChart chart, String name, List<double[]> points, Color color, int size) {
        if (points.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, points.stream().mapToDouble(q -> q[0]).toArray(),
                points.stream().mapToDouble(q -> q[1]).toArray());
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        // the returned design as a diamond: one marker size serves every series in this XChart
        s.setMarker(size > 3 ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
    }

    private static void style(XYStyler s) {
        Charts.style(s);
        s.setMarkerSize(5);
    }

    private static PDFormXObject render(Pages pages, XYChart chart, int w) throws IOException {
        return Charts.render(pages.doc, pages.fonts, chart, w, CHART_H);
    }
}
